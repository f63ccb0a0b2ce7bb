package io.kubetutor.ui.shell;

import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.panels.BurstChart;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The burst chart beside the topology: hidden until a burst is sent (the topology keeps the room),
 * shown with a title and a close button after one.
 */
final class BurstSide extends BorderPane {
    private final Label title = new Label();
    private final Button close = new Button("✕");
    private Messages messages;

    BurstSide(BurstChart chart, Messages messages) {
        this.messages = messages;
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(4, 6, 4, 10));
        title.getStyleClass().add("burst-side-title");
        close.getStyleClass().add("flat");
        close.setId("burst-close");
        close.setOnAction(e -> {
            setVisible(false);
            setManaged(false);
        });
        setTop(head);
        setCenter(chart);
        setPrefWidth(270);
        setMinWidth(240);
        setMaxWidth(340);
        getStyleClass().add("burst-side");
        setId("burst-side");
        relabel();
    }

    void setMessages(Messages m) {
        messages = m;
        relabel();
    }

    private void relabel() {
        title.setText(messages.text("shell.burst.title"));
        close.setAccessibleText(messages.text("shell.burst.close"));
    }
}
