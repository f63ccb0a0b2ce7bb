package io.kubetutor.kubectl;

import java.util.HexFormat;

/**
 * Container image references as the container runtime normalises them (distribution/reference's
 * ParseNormalizedNamed): {@code nginx} is {@code docker.io/library/nginx:latest}, {@code user/app:1}
 * is {@code docker.io/user/app:1}, a first component with a dot or a colon, or {@code localhost},
 * names a registry.
 */
final class ImageNames {
    /** The repository (registry included), the tag ("latest" when neither tag nor digest) and the digest. */
    record Parsed(String repository, String tag, String digest) {
        /** What the kubelet reports as the running image: repository:tag, or repository@digest. */
        String reported() {
            return tag.isEmpty() ? repository + "@" + digest : repository + ":" + tag;
        }

        /**
         * The image id the runtime reports: repository@sha256 digest. Without a pinned digest the
         * tutor derives one from the reference (a real registry's digest cannot be known offline).
         */
        String imageId() {
            if (!digest.isEmpty()) {
                return repository + "@" + digest;
            }
            return repository + "@sha256:" + HexFormat.of().formatHex(Hashes.sha256(repository + ":" + tag));
        }
    }

    private ImageNames() {
    }

    static Parsed parse(String image) {
        String name = image;
        String digest = "";
        int at = name.indexOf('@');
        if (at >= 0) {
            digest = name.substring(at + 1);
            name = name.substring(0, at);
        }
        String tag = "";
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        if (tag.isEmpty() && digest.isEmpty()) {
            tag = "latest";
        }
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        boolean hasRegistry = slash >= 0 && (first.contains(".") || first.contains(":") || first.equals("localhost"));
        if (!hasRegistry) {
            name = (slash < 0 ? "docker.io/library/" : "docker.io/") + name;
        }
        return new Parsed(name, tag, digest);
    }
}
