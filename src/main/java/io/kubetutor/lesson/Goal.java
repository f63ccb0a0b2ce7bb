package io.kubetutor.lesson;

/** What the learner must make true: the visible words ("Goal: ...") and the condition that checks them. */
public record Goal(Localized text, Condition check) {
}
