package io.kubetutor.ui.topology;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.layout.CardForm;
import io.kubetutor.ui.layout.ChipFit;
import io.kubetutor.ui.layout.LayoutMetrics;
import io.kubetutor.ui.layout.PodItem;
import io.kubetutor.ui.theme.Fonts;
import io.kubetutor.ui.theme.StyleClasses;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A pod as a rounded card: in full, its state symbol and short name, kubectl's READY and STATUS,
 * its IP and a few label chips; compact, the symbol and name only. System pods are small and muted.
 */
final class PodCard extends StackPane {
    private static final double CHIP_PAD = 14;
    private static final double CHIP_GAP = 4;
    private static final int MAX_CHIPS = 3;
    private static final Text MEASURE = new Text();

    private final StackPane badge;
    private final Label name = new Label();
    private final Label status = new Label();
    private final Label ip = new Label();
    private final HBox chips = new HBox(CHIP_GAP);
    private Tooltip tooltip;
    private String tooltipText = "";
    private PodItem item;
    private CardForm form;
    private List<String> chipsFor;
    private double chipsWidth;

    PodCard(PodItem item) {
        this.item = item;
        badge = Icons.health(item.health());
        getStyleClass().add("pod-card");
        name.getStyleClass().add("pod-name");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        status.getStyleClass().add("pod-status");
        ip.getStyleClass().addAll("pod-ip", "address");
        chips.getStyleClass().add("pod-chips");
        // A tooltip per card is made on first hover: a hundred made up front cost a frame.
        setOnMouseEntered(e -> {
            if (tooltip == null) {
                tooltip = new Tooltip(tooltipText);
                Tooltip.install(this, tooltip);
            }
        });
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    PodItem item() {
        return item;
    }

    CardForm form() {
        return form;
    }

    /** Shows {@code p} in {@code form} at the given size; rebuilds only what changed. */
    void show(PodItem p, CardForm newForm, double w, double h, Messages m) {
        boolean rebuild = newForm != form;
        item = p;
        form = newForm;
        setPrefSize(w, h);
        StyleClasses.replace(this, List.of("form-", "role-", "state-"), List.of(
                "form-" + form.name().toLowerCase(java.util.Locale.ROOT),
                "role-" + p.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "state-" + Icons.healthClass(p.health()).substring("health-".length())));
        Icons.setHealth(badge, p.health());
        name.setText(p.name());
        status.setText(p.ready() + " " + p.status());
        ip.setText(p.ip().isEmpty() ? m.text("topology.pod.noIp") : p.ip());
        if (rebuild) {
            getChildren().setAll(form == CardForm.FULL ? full() : line());
        }
        if (form == CardForm.FULL && (rebuild || !p.labels().equals(chipsFor) || w != chipsWidth)) {
            chipsFor = p.labels();
            chipsWidth = w;
            // Chips keep clear of the right end, where endpoint lines arrive with their port pills.
            fillChips(p.labels(), w - 16 - LayoutMetrics.PORT_PILL_INSET - LayoutMetrics.PORT_PILL_W / 2);
        }
        tooltipText = tooltipText(p, m);
        if (tooltip != null) {
            tooltip.setText(tooltipText);
        }
    }

    private VBox full() {
        HBox top = line();
        VBox box = new VBox(3, top, status, ip, chips);
        box.getStyleClass().add("pod-body");
        return box;
    }

    private HBox line() {
        HBox top = new HBox(6, badge, name);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        top.getStyleClass().add("pod-line");
        return top;
    }

    private void fillChips(List<String> labels, double room) {
        ChipFit.Fit fit = ChipFit.fit(labels, room, MAX_CHIPS, CHIP_GAP, PodCard::chipWidth);
        chips.getChildren().clear();
        for (String l : fit.visible()) {
            Label chip = new Label(l);
            chip.getStyleClass().add("label-chip");
            chip.setTextOverrun(OverrunStyle.ELLIPSIS);
            chip.setMinWidth(0);
            chips.getChildren().add(chip);
        }
        if (fit.hidden() > 0) {
            Label more = new Label("+" + fit.hidden());
            more.getStyleClass().addAll("label-chip", "more-chip");
            more.setMinWidth(USE_PREF_SIZE);
            chips.getChildren().add(more);
        }
    }

    /** A chip's width: its text in the chips' font plus the padding the stylesheet gives it. */
    private static double chipWidth(String text) {
        MEASURE.setFont(Font.font(Fonts.TEXT, 13));
        MEASURE.setText(text);
        return Math.ceil(MEASURE.getLayoutBounds().getWidth()) + CHIP_PAD;
    }

    static String tooltipText(PodItem p, Messages m) {
        StringBuilder b = new StringBuilder(p.id());
        b.append('\n').append(m.format("topology.pod.tooltip.state", p.ready(), p.status(), p.restarts()));
        b.append('\n').append(p.ip().isEmpty() ? m.text("topology.pod.noIp") : p.ip());
        b.append('\n').append(p.scheduled() ? m.format("topology.pod.tooltip.node", p.node())
                : m.text("topology.pod.tooltip.unscheduled"));
        if (!p.allLabels().isEmpty()) {
            b.append('\n');
            p.allLabels().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> b.append('\n').append(e.getKey()).append('=').append(e.getValue()));
        }
        return b.toString();
    }
}
