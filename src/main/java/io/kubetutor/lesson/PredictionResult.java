package io.kubetutor.lesson;

import io.kubetutor.sim.net.Trace;

/** A prediction answered: the learner's choice, the answer the trace gave, and the trace itself. */
public record PredictionResult(String chosen, String actual, boolean correct, Trace trace) {
}
