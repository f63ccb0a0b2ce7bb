package io.kubetutor.ui.panels;

import io.kubetutor.sim.net.Trace;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.model.Candidate;
import io.kubetutor.ui.panels.model.WhyThisPod;
import io.kubetutor.ui.panels.model.WhyThisPodExplainer;
import io.kubetutor.session.SessionState;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Why this pod?": for one request, the Service and port matched, the candidate endpoints (the
 * chosen one marked ➜), the policy that filtered them, how the pick was made and what source the
 * pod saw; or why no Service was involved. The words come from {@link WhyThisPodExplainer}. Until
 * a request is picked it explains the newest one.
 */
public final class WhyThisPodPane extends BorderPane {
    private Messages messages;
    private final VBox box = new VBox();
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label none = new Label();
    private Trace trace;
    private boolean picked;

    public WhyThisPodPane(Messages messages) {
        this.messages = messages;
        getStyleClass().addAll("kt-panel", "why-this-pod");
        getStylesheets().add(WhyThisPodPane.class.getResource(EndpointsPane.STYLESHEET).toExternalForm());
        box.getStyleClass().add("why-box");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        none.getStyleClass().add("empty-state");
        none.setWrapText(true);
        none.setId("why-none");
        setMessages(messages);
    }

    public void setMessages(Messages m) {
        this.messages = m;
        none.setText(m.text("panels.why.none"));
        redraw();
    }

    /** Until the user picks a request, explains the newest one of each state. */
    public void show(SessionState s) {
        if (!picked && !s.newTraces().isEmpty()) {
            trace = s.newTraces().get(s.newTraces().size() - 1);
            redraw();
        }
    }

    /** Explains {@code t} (null empties the panel). */
    public void show(Trace t) {
        this.trace = t;
        this.picked = t != null;
        redraw();
    }

    /** The request explained now, or null. */
    public Trace shown() {
        return trace;
    }

    private void redraw() {
        box.getChildren().clear();
        if (trace == null) {
            setCenter(none);
            return;
        }
        setCenter(scroll);
        WhyThisPod w = WhyThisPodExplainer.of(trace, messages);
        Label headline = wrapped(w.headline(), "why-headline");
        headline.setId("why-headline");
        box.getChildren().add(headline);
        for (WhyThisPod.Section s : w.sections()) {
            VBox section = new VBox(3);
            section.setId("why-" + s.titleKey().substring(s.titleKey().lastIndexOf('.') + 1));
            section.getChildren().add(wrapped(messages.text(s.titleKey()), "why-section-title"));
            boolean words = s.titleKey().equals(WhyThisPodExplainer.PROXY_WORDS)
                    || s.titleKey().equals(WhyThisPodExplainer.INGRESS) && s.lines().size() > 2;
            for (int i = 0; i < s.lines().size(); i++) {
                boolean quoted = words && (s.titleKey().equals(WhyThisPodExplainer.PROXY_WORDS)
                        || i == s.lines().size() - 1);
                section.getChildren().add(wrapped(s.lines().get(i), quoted ? "why-words" : "why-line"));
            }
            if (s.titleKey().equals(WhyThisPodExplainer.CANDIDATES)) {
                for (Candidate c : w.candidates()) {
                    section.getChildren().add(candidate(c));
                }
            }
            box.getChildren().add(section);
        }
    }

    /** One candidate: ➜ when chosen, its state symbol, the pod, node (local or not), address, and why it was left out. */
    private Node candidate(Candidate c) {
        Label arrow = new Label(c.chosen() ? "➜" : "");
        arrow.getStyleClass().add("why-arrow");
        Label state = EndpointRowView.stateLabel(c.state(), messages);
        Label name = new Label(c.label());
        name.getStyleClass().add("why-candidate-label");
        name.setMinWidth(0);
        String where = c.node().isEmpty() ? "" : c.node() + (c.local() ? " · " + messages.text("panels.why.local") : "");
        Label node = new Label(where);
        node.getStyleClass().add("muted");
        node.setMinWidth(Label.USE_PREF_SIZE);
        HBox line1 = new HBox(8, name, node);
        line1.setAlignment(Pos.BASELINE_LEFT);
        Label address = new Label(c.address());
        address.getStyleClass().addAll("code", "muted");
        VBox text = new VBox(1, line1, address);
        if (!c.note().isEmpty()) {
            text.getChildren().add(wrapped(c.note(), "muted"));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(6, arrow, state, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("why-candidate");
        if (c.chosen()) {
            row.getStyleClass().add("chosen");
        } else if (!c.eligible()) {
            row.getStyleClass().add("left-out");
        }
        return row;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add(style);
        return l;
    }

    /** The explanation's text as shown, for tests. */
    String text() {
        StringBuilder b = new StringBuilder();
        collect(box, b);
        return b.toString();
    }

    private static void collect(Node n, StringBuilder b) {
        if (n instanceof Label l) {
            b.append(l.getText()).append('\n');
        } else if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, b));
        }
    }
}
