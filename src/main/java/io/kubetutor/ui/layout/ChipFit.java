package io.kubetutor.ui.layout;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Which label chips fit on a card: as many as fit in the width, at most {@code max}, in order;
 * the rest are counted in a "+n" chip that itself needs room.
 */
public final class ChipFit {
    public record Fit(List<String> visible, int hidden) {
    }

    private ChipFit() {
    }

    /** {@code width} measures a chip with its padding; {@code gap} separates chips. */
    public static Fit fit(List<String> labels, double room, int max, double gap, ToDoubleFunction<String> width) {
        int n = labels.size();
        int take = 0;
        double used = 0;
        for (int i = 0; i < n && take < max; i++) {
            double w = width.applyAsDouble(labels.get(i)) + (take > 0 ? gap : 0);
            int restAfter = n - i - 1;
            double moreChip = restAfter > 0 ? gap + width.applyAsDouble("+" + restAfter) : 0;
            if (used + w + moreChip > room) {
                break;
            }
            used += w;
            take++;
        }
        if (take == 0 && n > 0) {
            // Even one chip does not fit beside the "+n": show the first anyway (the view elides it).
            take = 1;
        }
        return new Fit(labels.subList(0, take), n - take);
    }
}
