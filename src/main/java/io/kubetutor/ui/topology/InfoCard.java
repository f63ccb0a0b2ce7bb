package io.kubetutor.ui.topology;

import io.kubetutor.ui.layout.CardLines;
import io.kubetutor.ui.theme.StyleClasses;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A card with a title row (optional icon and title) and text lines under it, the first led by an
 * optional chip (a Service's type): a
 * Service, an Ingress, the load balancer, a client. The layout gave it its height from the
 * same lines ({@link CardLines}), so nothing is cut off.
 */
final class InfoCard extends VBox {
    private final Label title = new Label();
    private final Label chip = new Label();
    private final HBox head;
    private final VBox lines = new VBox(0);
    private Tooltip tip;

    InfoCard(String styleClass, Node icon) {
        getStyleClass().addAll("info-card", styleClass);
        title.getStyleClass().add("card-title");
        title.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        chip.getStyleClass().add("card-chip");
        chip.setMinWidth(USE_PREF_SIZE);
        head = icon == null ? new HBox(6, title) : new HBox(6, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("card-head");
        head.setMinHeight(24);
        getChildren().addAll(head, lines);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    void show(String titleText, String chipText, List<CardLines.Line> text, double w, double h) {
        setPrefSize(w, h);
        title.setText(titleText);
        chip.setText(chipText == null ? "" : chipText);
        if (lines.getChildren().size() != text.size()) {
            lines.getChildren().clear();
            for (int i = 0; i < text.size(); i++) {
                Label l = new Label();
                l.getStyleClass().add("card-line");
                l.setTextOverrun(OverrunStyle.ELLIPSIS);
                l.setMinHeight(20);
                l.setPrefHeight(20);
                lines.getChildren().add(l);
            }
        }
        boolean chipped = chipText != null && !chipText.isEmpty();
        for (int i = 0; i < text.size(); i++) {
            Label l = (Label) lines.getChildren().get(i);
            // The chip leads the first line (TYPE then CLUSTER-IP, as kubectl get svc has them).
            l.setGraphic(i == 0 && chipped ? chip : null);
            l.setGraphicTextGap(6);
            l.setText(text.get(i).text());
            StyleClasses.replace(l, List.of("line-"), List.of("line-" + text.get(i).style().name().toLowerCase(Locale.ROOT)));
        }
    }

    /** A tooltip over the whole card (full names the title may shorten). */
    void tooltip(String text) {
        if (tip == null) {
            tip = new Tooltip();
            Tooltip.install(this, tip);
        }
        tip.setText(text);
    }
}
