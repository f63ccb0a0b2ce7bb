package io.kubetutor.ui.lesson;

import io.kubetutor.lesson.Choice;
import io.kubetutor.lesson.Localized;
import io.kubetutor.lesson.PredictionResult;
import io.kubetutor.ui.i18n.Messages;
import java.util.List;

/**
 * "Predict, then see" as the pane shows it: the question, then its choices (taken from the
 * cluster), then — once one is picked and the request has gone — whether it was right and what
 * really happened. Immutable: each step of the exchange gives a new view.
 *
 * @param counted whether this answer was the step's first, the one that scores
 */
public record PredictionView(Phase phase, Localized question, List<Choice> choices, String chosen,
                             PredictionResult result, boolean counted) {
    public enum Phase {
        /** The step asks nothing. */
        NONE,
        /** The question is shown; its choices are being read from the cluster. */
        LOADING,
        /** The learner picks one. */
        ASKING,
        /** Picked; the request is on its way. */
        SENDING,
        /** The request came back: right or wrong. */
        ANSWERED
    }

    public static final PredictionView NONE = new PredictionView(Phase.NONE, null, List.of(), null, null, false);

    public PredictionView {
        choices = List.copyOf(choices);
    }

    /** A step opened with this question; the choices come next. */
    public static PredictionView asking(Localized question) {
        return new PredictionView(Phase.LOADING, question, List.of(), null, null, false);
    }

    public PredictionView withChoices(List<Choice> offered) {
        return phase == Phase.LOADING ? new PredictionView(Phase.ASKING, question, offered, null, null, false) : this;
    }

    /** The learner picked {@code choiceId}; picking again after that changes nothing. */
    public PredictionView choose(String choiceId) {
        return phase == Phase.ASKING ? new PredictionView(Phase.SENDING, question, choices, choiceId, null, false)
                : this;
    }

    public PredictionView answered(PredictionResult r, boolean firstAnswer) {
        return phase == Phase.SENDING ? new PredictionView(Phase.ANSWERED, question, choices, chosen, r, firstAnswer)
                : this;
    }

    /** Whether the choice buttons take a click now. */
    public boolean choosing() {
        return phase == Phase.ASKING;
    }

    public boolean answered() {
        return phase == Phase.ANSWERED;
    }

    /** A choice's words in {@code language}; an answer the choices do not hold is shown as it is. */
    public String label(String choiceId, String language) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst().map(c -> c.label().in(language))
                .orElse(choiceId);
    }

    /** "✓ Right: …" or "✗ Not this time: you said …; it was …" — the mark and the words, never colour alone. */
    public String verdict(Messages m) {
        if (result == null) {
            return "";
        }
        String lang = m.locale().getLanguage();
        return result.correct() ? "✓ " + m.format("lesson.predict.right", label(result.actual(), lang))
                : "✗ " + m.format("lesson.predict.wrong", label(chosen, lang), label(result.actual(), lang));
    }

    /** Whether the answer scored, or why it did not: an earlier answer to this step already counted. */
    public String scoreNote(Messages m) {
        if (result == null) {
            return "";
        }
        return counted ? m.text(result.correct() ? "lesson.predict.scored" : "lesson.predict.noPoint")
                : m.text("lesson.predict.notCounted");
    }
}
