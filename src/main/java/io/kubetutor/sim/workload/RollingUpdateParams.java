package io.kubetutor.sim.workload;

import io.kubetutor.model.IntOrString;

/**
 * A Deployment's spec.strategy.rollingUpdate. The model's Deployment carries only the strategy
 * type, so the caller passes these; {@link #DEFAULT} is what defaulting gives (25% and 25%), and a
 * null field means that default too.
 */
public record RollingUpdateParams(IntOrString maxSurge, IntOrString maxUnavailable) {
    private static final IntOrString DEFAULT_PERCENT = IntOrString.of("25%");
    public static final RollingUpdateParams DEFAULT = new RollingUpdateParams(DEFAULT_PERCENT, DEFAULT_PERCENT);

    public RollingUpdateParams {
        maxSurge = maxSurge == null ? DEFAULT_PERCENT : maxSurge;
        maxUnavailable = maxUnavailable == null ? DEFAULT_PERCENT : maxUnavailable;
    }

    public static RollingUpdateParams of(int maxSurge, int maxUnavailable) {
        return new RollingUpdateParams(IntOrString.of(maxSurge), IntOrString.of(maxUnavailable));
    }

    /** maxSurge as a pod count: percentages of the desired replicas round up. */
    public int surge(int replicas) {
        return scaled(maxSurge, replicas, true);
    }

    /**
     * deploymentutil.ResolveFenceposts' maxUnavailable: percentages round down, and when both
     * resolve to 0 it becomes 1 so the rollout can progress.
     */
    public int unavailable(int replicas) {
        int surge = surge(replicas);
        int unavailable = scaled(maxUnavailable, replicas, false);
        return surge == 0 && unavailable == 0 ? 1 : unavailable;
    }

    /**
     * intstr.GetScaledValueFromIntOrPercent. A string that is not a percentage is refused by
     * validation before it reaches a controller; here it counts as 0.
     */
    static int scaled(IntOrString value, int total, boolean roundUp) {
        if (value.isInt()) {
            return value.intValue();
        }
        String s = value.stringValue();
        if (!s.endsWith("%")) {
            return 0;
        }
        int percent;
        try {
            percent = Integer.parseInt(s.substring(0, s.length() - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
        double exact = (double) percent * (double) total / 100;
        return (int) (roundUp ? Math.ceil(exact) : Math.floor(exact));
    }
}
