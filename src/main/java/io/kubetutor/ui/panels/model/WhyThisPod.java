package io.kubetutor.ui.panels.model;

import java.util.List;

/**
 * "Why this pod?" for one request: a headline, then short sections (the Service and port matched,
 * the candidates, the policy, how the pick was made, what source the pod saw), in the window's
 * language. Built by {@link WhyThisPodExplainer}.
 *
 * @param kase       which kind of story this is
 * @param headline   one sentence: who answered, or why nobody did
 * @param sections   the explanation, in reading order
 * @param candidates the Service port's endpoints (empty without a Service hop), the chosen one marked
 */
public record WhyThisPod(Case kase, String headline, List<Section> sections, List<Candidate> candidates) {
    public WhyThisPod {
        sections = List.copyOf(sections);
        candidates = List.copyOf(candidates);
    }

    public enum Case {
        /** kube-proxy picked an endpoint of a Service. */
        SERVICE,
        /** kube-proxy found the Service but sent the packet nowhere (no endpoints, Local policy, source ranges). */
        SERVICE_REFUSED,
        /** Sent to a pod IP: no Service on the way. */
        DIRECT_TO_POD,
        /** A headless Service: DNS answered with pod addresses. */
        HEADLESS,
        /** Only a DNS lookup. */
        DNS_ONLY,
        /** Stopped before any kube-proxy rule. */
        STOPPED_BEFORE_PROXY,
        /** Reached something that is not a pod behind a Service (a node, an outside server). */
        NO_SERVICE
    }

    /** A titled part of the explanation. {@code titleKey} is a bundle key. */
    public record Section(String titleKey, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** The section with {@code titleKey}, or null. */
    public Section section(String titleKey) {
        return sections.stream().filter(s -> s.titleKey().equals(titleKey)).findFirst().orElse(null);
    }
}
