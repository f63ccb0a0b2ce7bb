package io.kubetutor.ui.lesson;

import io.kubetutor.ui.i18n.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The course outline, the drawer the pane opens over its step: one row per lesson in course
 * order, its title and its progress in words and a symbol; the open lesson marked ▶. A lesson
 * that does not load is a row that cannot be pressed, with the file's located error to read.
 */
final class OutlineView extends VBox {
    private final Consumer<String> onOpen;
    private final Label title = new Label();
    private final Button close = new Button();
    private final VBox rows = new VBox();

    OutlineView(Consumer<String> onOpen, Runnable onClose) {
        this.onOpen = onOpen;
        getStyleClass().add("lesson-outline");
        setId("lesson-outline");
        title.getStyleClass().add("lesson-section-title");
        close.getStyleClass().add("lesson-outline-close");
        close.setOnAction(e -> onClose.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("lesson-outline-head");
        rows.getStyleClass().add("lesson-outline-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
    }

    void show(List<OutlineRows.Row> outline, String courseProblem, Messages m) {
        title.setText(m.text("lesson.outline.title"));
        close.setText(m.text("lesson.outline.close"));
        rows.getChildren().clear();
        if (courseProblem != null) {
            rows.getChildren().add(problem(m.format("lesson.outline.courseProblem", courseProblem)));
        }
        for (OutlineRows.Row r : outline) {
            rows.getChildren().add(r.openable() ? lessonRow(r, m) : brokenRow(r, m));
        }
    }

    private Button lessonRow(OutlineRows.Row r, Messages m) {
        Label heading = new Label((r.current() ? "▶ " : "") + r.heading());
        heading.getStyleClass().add("lesson-outline-title");
        heading.setWrapText(true);
        Label progress = new Label(r.progress(m));
        progress.getStyleClass().addAll("lesson-outline-progress", r.complete() ? "complete" : "open");
        // the progress under the title: both read whole however narrow the column is
        VBox lines = new VBox(2, heading, progress);
        Button b = new Button();
        b.setGraphic(lines);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        b.getStyleClass().add("lesson-outline-row");
        b.setUserData(r.id());
        b.setAccessibleText(r.heading() + ", " + r.progress(m));
        b.setOnAction(e -> onOpen.accept(r.id()));
        return b;
    }

    private static VBox brokenRow(OutlineRows.Row r, Messages m) {
        Label heading = new Label("⚠ " + r.heading() + " — " + m.text("lesson.outline.broken"));
        heading.getStyleClass().add("lesson-outline-title");
        heading.setWrapText(true);
        Label error = new Label(r.problem());
        error.setWrapText(true);
        error.getStyleClass().add("lesson-outline-error");
        VBox box = new VBox(2, heading, error);
        box.getStyleClass().add("lesson-outline-broken");
        return box;
    }

    private static Label problem(String text) {
        Label l = new Label("⚠ " + text);
        l.setWrapText(true);
        l.getStyleClass().add("lesson-outline-error");
        return l;
    }
}
