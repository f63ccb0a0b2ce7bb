package io.kubetutor.lesson;

import io.kubetutor.model.SourcePos;

/**
 * A question asked before a packet moves: which pod the request reaches, what source address the
 * pod sees, or how the request ends. {@code among} names the pods offered for {@link Ask#POD}
 * (null: every pod with an address in {@code default}).
 */
public record Prediction(Localized question, Ask ask, Traffic send, PodRef among, SourcePos pos) {
    public enum Ask {
        POD("pod"), SOURCE_IP("sourceIp"), OUTCOME("outcome");

        private final String text;

        Ask(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
