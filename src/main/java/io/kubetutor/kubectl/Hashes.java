package io.kubetutor.kubectl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a text, for values a real cluster draws at random (volume suffixes, container ids):
 * the tutor derives them from what identifies the object, so they stay the same in every run.
 */
final class Hashes {
    private Hashes() {
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
