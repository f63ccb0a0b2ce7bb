package io.kubetutor.lesson;

import io.kubetutor.sim.net.Target;

/** Whether a lesson's {@code to} is something the traffic bar would take. */
final class Targets {
    private Targets() {
    }

    static boolean valid(String to, Traffic.Kind kind) {
        if (kind == Traffic.Kind.NSLOOKUP) {
            return !to.isBlank() && !to.contains("://") && !to.contains(" ");
        }
        return problem(to) == null;
    }

    /** The traffic bar's own words for what is wrong with {@code to}, or null when nothing is. */
    static String problem(String to) {
        try {
            Target.parse(to);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
