package io.kubetutor.sim.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The simulator's English sentences for {@link Reason} keys, from {@code reasons.properties} next to
 * this class. Every template is a MessageFormat pattern ({@code ''} for an apostrophe), the same rule
 * the window's bundles follow, so the window's English file can be this file under its own keys.
 */
public final class ReasonTemplates implements Reason.Wording {
    /** Where the English templates live on the class path. */
    public static final String RESOURCE = "/io/kubetutor/sim/net/reasons.properties";
    static final ReasonTemplates ENGLISH = new ReasonTemplates(load());

    private final Map<String, String> templates;

    private ReasonTemplates(Map<String, String> templates) {
        this.templates = templates;
    }

    /** Every key with its English template, sorted by key. */
    public static Map<String, String> english() {
        return ENGLISH.templates;
    }

    @Override
    public String format(String key, Object... args) {
        String t = templates.get(key);
        if (t == null) {
            throw new IllegalStateException("no English template for reason " + key);
        }
        return new MessageFormat(t, Locale.ROOT).format(args);
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = ReasonTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return Collections.unmodifiableMap(out);
    }
}
