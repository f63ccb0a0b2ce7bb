package io.kubetutor.ui.shell;

import io.kubetutor.ui.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The small example a session starts from when nothing else opens, in the window's language. */
public final class Starter {
    private Starter() {
    }

    public static String text(Messages messages) {
        String name = messages.korean() ? "starter_ko.yaml" : "starter.yaml";
        try (InputStream in = Starter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the starter example " + name + " is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the starter example cannot be read", e);
        }
    }
}
