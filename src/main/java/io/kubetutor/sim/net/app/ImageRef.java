package io.kubetutor.sim.net.app;

import java.util.Locale;

/**
 * A container image reference split the way the tutor needs it: the repository without the
 * default registry (so {@code docker.io/library/nginx:1.27} and {@code nginx:1.27} are both
 * {@code nginx}) and the tag ({@code latest} when none is given; {@code ""} when only a digest pins
 * the image, whose version the tutor cannot know).
 */
public record ImageRef(String repository, String tag) {
    private static final String[] DEFAULT_REGISTRY_PREFIXES = {
        "docker.io/library/", "index.docker.io/library/", "docker.io/", "index.docker.io/", "library/"};

    public static ImageRef parse(String image) {
        String s = image == null ? "" : image.trim().toLowerCase(Locale.ROOT);
        boolean digest = false;
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
            digest = true;
        }
        String tag = digest ? "" : "latest";
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        if (colon > slash) {
            tag = s.substring(colon + 1);
            s = s.substring(0, colon);
        }
        for (String prefix : DEFAULT_REGISTRY_PREFIXES) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
                break;
            }
        }
        return new ImageRef(s, tag);
    }
}
