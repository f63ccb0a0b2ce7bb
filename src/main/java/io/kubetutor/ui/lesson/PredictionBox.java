package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.Choice;
import io.kubetutor.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * "Predict, then see": the question, the choices as buttons, and once the packet has gone, right
 * or wrong with what really happened. The picked choice keeps a ▶ so the learner sees what they
 * said next to what happened.
 */
final class PredictionBox extends VBox {
    private final Consumer<String> onChoose;

    PredictionBox(Consumer<String> onChoose) {
        this.onChoose = onChoose;
        getStyleClass().add("lesson-predict");
        setId("lesson-predict");
    }

    void show(PredictionView p, Messages m) {
        getChildren().clear();
        boolean asking = p.phase() != PredictionView.Phase.NONE;
        setVisible(asking);
        setManaged(asking);
        if (!asking) {
            return;
        }
        String lang = m.locale().getLanguage();
        Label title = new Label(m.text("lesson.predict.title"));
        title.getStyleClass().add("lesson-section-title");
        getChildren().addAll(title, MarkdownView.inline(p.question().in(lang), "lesson-predict-question"));
        if (p.phase() == PredictionView.Phase.LOADING) {
            getChildren().add(muted(m.text("lesson.predict.loading")));
            return;
        }
        for (Choice c : p.choices()) {
            boolean picked = c.id().equals(p.chosen());
            Button b = new Button((picked ? "▶ " : "") + c.label().in(lang));
            b.getStyleClass().add("lesson-choice");
            if (picked) {
                b.getStyleClass().add("picked");
            }
            b.setUserData(c.id());
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setDisable(!p.choosing());
            b.setOnAction(e -> onChoose.accept(c.id()));
            getChildren().add(b);
        }
        if (p.phase() == PredictionView.Phase.ASKING) {
            getChildren().add(muted(m.text("lesson.predict.pick")));
        } else if (p.phase() == PredictionView.Phase.SENDING) {
            getChildren().add(muted(m.text("lesson.predict.sending")));
        } else {
            Label verdict = new Label(p.verdict(m));
            verdict.setWrapText(true);
            verdict.setId("lesson-predict-verdict");
            verdict.getStyleClass().addAll("lesson-verdict", p.result().correct() ? "right" : "wrong");
            getChildren().addAll(verdict, muted(p.scoreNote(m)));
        }
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("lesson-muted");
        return l;
    }
}
