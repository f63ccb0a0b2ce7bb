package io.kubetutor.ui.traffic;

import io.kubetutor.sim.net.RequestKind;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.session.SessionState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The toolbar's traffic row: who sends, where to, what kind of request, how many, and Send (each
 * request traced, up to 20) or Burst (all at once, counted). The target field suggests what the
 * cluster offers, those that work from the chosen sender first, the others marked with where they
 * do work. Enter in the target field sends. The controls only ask: the window's callbacks do it.
 */
public final class TrafficControls extends HBox {
    /** Above this many requests, Send would draw too many packets: Burst counts them instead. */
    public static final int MAX_TRACED = 20;
    /** AtlantaFX's state for a field that holds a mistake (a red outline, in both themes). */
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Label fromLabel = new Label();
    private final ComboBox<String> client = new ComboBox<>();
    private final Label toLabel = new Label();
    private final ComboBox<String> target = new ComboBox<>();
    private final ComboBox<RequestKind> kind = new ComboBox<>(FXCollections.observableArrayList(RequestKind.values()));
    private final Spinner<Integer> count = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10_000, 1));
    private final Button send = new Button();
    private final Button burst = new Button();
    private final CheckBox manyClients = new CheckBox();
    private final Button closeConnections = new Button();
    /** Why the last Send or Burst was refused, shown under the target field (never widening the row). */
    private final Tooltip problem = new Tooltip();
    private Messages messages;
    private SessionState state;
    private List<ClientChoice> clients = List.of();
    private List<TargetSuggestion> suggestions = List.of();
    private final Map<String, TargetSuggestion> suggestionByTarget = new HashMap<>();
    private final Map<String, ClientChoice> clientById = new HashMap<>();
    private SendHandler onSend = (f, t, k, c) -> { };
    private BurstHandler onBurst = (f, t, k, c, s) -> { };
    private Runnable onCloseConnections = () -> { };
    private boolean prefilled;

    public TrafficControls(Messages messages) {
        this.messages = messages;
        getStyleClass().add("traffic-controls");
        getStylesheets().add(TrafficControls.class.getResource("/io/kubetutor/ui/css/console.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        client.setId("traffic-client");
        client.setPrefWidth(180);
        client.setVisibleRowCount(16);
        client.setCellFactory(v -> new ClientCell());
        client.setButtonCell(new ClientCell());
        client.valueProperty().addListener((o, was, now) -> resortSuggestions());

        target.setId("traffic-target");
        target.setEditable(true);
        target.setPrefWidth(290);
        target.setVisibleRowCount(16);
        target.setCellFactory(v -> new TargetCell(this::noteFor));
        target.getEditor().textProperty().addListener((o, was, now) -> showProblem(SendCheck.Problem.NONE));
        // Enter sends; while the list is open, Enter only picks the suggestion
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !target.isShowing()) {
                if (countValue() <= MAX_TRACED) {
                    fireSend();
                } else {
                    fireBurst();
                }
            }
        });

        kind.setId("traffic-kind");
        kind.setValue(RequestKind.CURL);
        kind.valueProperty().addListener((o, was, now) -> updateCloseButton());

        count.setId("traffic-count");
        count.setEditable(true);
        count.setPrefWidth(96);
        count.valueProperty().addListener((o, was, now) -> updateSendButton());
        count.getEditor().textProperty().addListener((o, was, now) -> updateSendButton());

        send.setId("traffic-send");
        send.getStyleClass().add("accent");
        send.setDefaultButton(false);
        send.setOnAction(e -> fireSend());
        burst.setId("traffic-burst");
        burst.setOnAction(e -> fireBurst());
        manyClients.setId("traffic-many-clients");
        closeConnections.setId("traffic-close");
        closeConnections.setOnAction(e -> onCloseConnections.run());
        problem.getStyleClass().add("traffic-problem");
        problem.setAutoHide(true);

        fromLabel.getStyleClass().add("traffic-label");
        toLabel.getStyleClass().add("traffic-label");
        HBox.setHgrow(target, Priority.SOMETIMES);
        getChildren().addAll(fromLabel, client, toLabel, target, kind, count, send, burst, manyClients,
                closeConnections);
        client.setOnShowing(e -> fillClients());
        target.setOnShowing(e -> fillTargets());
        setMessages(messages);
        updateCloseButton();
    }

    /** The senders and targets the closed lists will show when they open. */
    private List<String> clientIds = List.of();
    private List<String> targetItems = List.of();

    private void fillClients() {
        if (!clientIds.equals(client.getItems())) {
            String chosen = client.getValue();
            client.getItems().setAll(clientIds);
            client.setValue(chosen);
        }
    }

    private void fillTargets() {
        if (!targetItems.equals(target.getItems())) {
            String typed = target.getEditor().getText();
            target.getItems().setAll(targetItems);
            target.getEditor().setText(typed);
        }
    }

    /** Refreshes the senders and the suggestions; what the learner picked or typed stays. */
    public void show(SessionState s) {
        this.state = s;
        List<ClientChoice> newClients = ClientChoices.of(s);
        if (!newClients.equals(clients)) {
            clients = newClients;
            clientById.clear();
            newClients.forEach(c -> clientById.put(c.id(), c));
            String chosen = client.getValue();
            List<String> ids = newClients.stream().map(ClientChoice::id).toList();
            // The list itself is filled when it opens (fillClients): every new pod is a new sender,
            // and refilling a closed list on every state cost milliseconds of each edit.
            clientIds = ids;
            String keep = chosen != null && ids.contains(chosen) ? chosen : ids.isEmpty() ? null : ids.get(0);
            if (!java.util.Objects.equals(keep, chosen)) {
                client.setValue(keep);
            }
        }
        List<TargetSuggestion> all = TargetSuggestions.of(s);
        if (!all.equals(suggestions)) {
            suggestions = all;
            suggestionByTarget.clear();
            all.forEach(t -> suggestionByTarget.put(t.target(), t));
            resortSuggestions();
        }
        updateCloseButton();
    }

    /** Re-labels every word in place; the choices stay. */
    public void setMessages(Messages m) {
        this.messages = m;
        fromLabel.setText(m.text("console.traffic.from"));
        toLabel.setText(m.text("console.traffic.to"));
        target.setPromptText(m.text("console.traffic.target.prompt"));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(RequestKind k) {
                return k == null ? "" : m.text("console.traffic.kind." + k.name());
            }

            @Override
            public RequestKind fromString(String s) {
                return kind.getValue();
            }
        });
        // the list's cells keep the old converter's text until they are rebuilt
        RequestKind k = kind.getValue();
        kind.setValue(null);
        kind.setValue(k);
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(RequestKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : m.text("console.traffic.kind." + item.name()));
            }
        });
        send.setText(m.text("console.traffic.send"));
        burst.setText(m.text("console.traffic.burst"));
        manyClients.setText(m.text("console.traffic.manyClients"));
        closeConnections.setText(m.text("console.traffic.close"));
        client.setTooltip(new Tooltip(m.text("console.traffic.from.tooltip")));
        target.setTooltip(new Tooltip(m.text("console.traffic.to.tooltip")));
        kind.setTooltip(new Tooltip(m.text("console.traffic.kind.tooltip")));
        count.setTooltip(new Tooltip(m.text("console.traffic.count.tooltip")));
        burst.setTooltip(new Tooltip(m.text("console.traffic.burst.tooltip")));
        manyClients.setTooltip(new Tooltip(m.text("console.traffic.manyClients.tooltip")));
        closeConnections.setTooltip(new Tooltip(m.text("console.traffic.close.tooltip")));
        showProblem(SendCheck.Problem.NONE);
        updateSendButton();
        // rebuild the cells so their notes are in the new language
        client.setButtonCell(new ClientCell());
        resortSuggestions();
    }

    public void setOnSend(SendHandler handler) {
        this.onSend = handler == null ? (f, t, k, c) -> { } : handler;
    }

    public void setOnBurst(BurstHandler handler) {
        this.onBurst = handler == null ? (f, t, k, c, s) -> { } : handler;
    }

    /** Closes the kept-alive connections as the button does (the menu's item comes here too). */
    public void closeConnections() {
        onCloseConnections.run();
    }

    public void setOnCloseConnections(Runnable handler) {
        this.onCloseConnections = handler == null ? () -> { } : handler;
    }

    /** Puts {@code text} in the target field (the topology's "send a request here"). */
    public void selectTarget(String text) {
        prefilled = true;
        target.getEditor().setText(text);
        target.setValue(text);
    }

    /** Picks the sender {@code id} when the cluster has it; false when it does not. */
    public boolean selectClient(String id) {
        if (!clientById.containsKey(id)) {
            return false;
        }
        client.setValue(id);
        return true;
    }

    /** The target as it stands in the field. */
    public String targetText() {
        return target.getEditor().getText() == null ? "" : target.getEditor().getText().strip();
    }

    private void resortSuggestions() {
        ClientChoice from = client.getValue() == null ? null : clientById.get(client.getValue());
        List<String> items = TargetSuggestions.sortedFor(suggestions, from).stream().map(TargetSuggestion::target)
                .toList();
        // Filled when the list opens (fillTargets), not on every state while it is closed.
        targetItems = items;
        if (target.isShowing()) {
            fillTargets();
        }
        String typed = target.getEditor().getText();
        if (!prefilled && (typed == null || typed.isBlank()) && from != null) {
            // once, a first target that works from the sender, so the first Send already shows
            // something; later an emptied field stays empty for the learner to type in
            suggestions.stream().filter(t -> t.worksFrom(from) && !t.system()).findFirst().ifPresent(t -> {
                selectTarget(t.target());
                prefilled = true;
            });
        }
        // the list's cells show notes that depend on the sender: new cells when it changed (not on
        // every state, which rebuilt the list's cells at each edit and tick)
        if (from != cellsFor) {
            cellsFor = from;
            target.setCellFactory(v -> new TargetCell(this::noteFor));
        }
    }

    /** The sender the target list's cells were made for. */
    private ClientChoice cellsFor;

    private int countValue() {
        try {
            int n = Integer.parseInt(count.getEditor().getText().strip());
            return Math.max(1, Math.min(10_000, n));
        } catch (NumberFormatException e) {
            return count.getValue();
        }
    }

    private void updateSendButton() {
        boolean tooMany = countValue() > MAX_TRACED;
        send.setDisable(tooMany);
        send.setTooltip(new Tooltip(messages.text(tooMany ? "console.traffic.send.tooMany" : "console.traffic.send.tooltip")));
    }

    private void updateCloseButton() {
        boolean show = kind.getValue() == RequestKind.KEEP_ALIVE || (state != null && !state.keptAlive().isEmpty());
        closeConnections.setVisible(show);
        closeConnections.setManaged(show);
    }

    private boolean ready() {
        commitCount();
        SendCheck.Problem p = SendCheck.check(clients, client.getValue(), targetText());
        showProblem(p);
        return p == SendCheck.Problem.NONE;
    }

    /** The refusal's words, or "" when the last attempt was fine. */
    public String problemText() {
        return problem.getText() == null ? "" : problem.getText();
    }

    private void showProblem(SendCheck.Problem p) {
        boolean bad = p != SendCheck.Problem.NONE;
        target.pseudoClassStateChanged(DANGER, bad && (p == SendCheck.Problem.NO_TARGET || p == SendCheck.Problem.BAD_TARGET));
        client.pseudoClassStateChanged(DANGER, bad && (p == SendCheck.Problem.NO_CLIENT
                || p == SendCheck.Problem.CLIENT_HAS_NO_IP));
        if (!bad) {
            problem.setText("");
            problem.hide();
            return;
        }
        problem.setText("⚠ " + messages.text("console.traffic.problem." + p.name()));
        Node anchor = p == SendCheck.Problem.NO_TARGET || p == SendCheck.Problem.BAD_TARGET ? target : client;
        if (anchor.getScene() != null && anchor.getScene().getWindow() != null) {
            Point2D at = anchor.localToScreen(0, anchor.getBoundsInLocal().getHeight() + 2);
            if (at != null) {
                problem.show(anchor, at.getX(), at.getY());
            }
        }
    }

    private void commitCount() {
        count.getValueFactory().setValue(countValue());
    }

    /** The chosen sender's id (a client name, a node name or NAMESPACE/POD), or null. */
    public String clientId() {
        return client.getValue();
    }

    /** Sends as the Send button does (the menu's Ctrl+R, a context menu's "send a request here"). */
    public void send() {
        fireSend();
    }

    private void fireSend() {
        if (ready() && countValue() <= MAX_TRACED) {
            onSend.send(client.getValue(), targetText(), kind.getValue(), countValue());
        }
    }

    private void fireBurst() {
        if (ready()) {
            onBurst.burst(client.getValue(), targetText(), kind.getValue(), countValue(), manyClients.isSelected());
        }
    }

    /** A sender: its name, muted for the cluster's own pods, noted when it has no IP yet. */
    private final class ClientCell extends ListCell<String> {
        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            getStyleClass().remove("traffic-system");
            if (empty || id == null) {
                setText(null);
                return;
            }
            ClientChoice c = clientById.get(id);
            boolean noIp = c != null && !c.canSend();
            setText(noIp ? id + "  (" + messages.text("console.traffic.client.noIp") + ")" : id);
            if (c != null && c.system()) {
                getStyleClass().add("traffic-system");
            }
        }
    }

    /** A suggestion: the target, and where it works when that is not from the chosen sender. */
    /** The note beside a target in the list: empty when it works from the chosen sender, else why not. */
    private String noteFor(String target) {
        TargetSuggestion t = suggestionByTarget.get(target);
        ClientChoice from = client.getValue() == null ? null : clientById.get(client.getValue());
        return t == null || from == null || t.worksFrom(from) ? "" : reachNote(t);
    }

    private String reachNote(TargetSuggestion t) {
        String ns = t.owner().contains("/") ? t.owner().substring(0, t.owner().indexOf('/')) : "";
        return messages.format("console.traffic.reach." + t.reach().name(), ns);
    }
}
