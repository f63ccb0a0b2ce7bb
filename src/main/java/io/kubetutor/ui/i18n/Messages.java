package io.kubetutor.ui.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words in one language. Each part of the UI keeps its strings in its own bundle
 * ({@code io/kubetutor/ui/i18n/AREA.properties} in English, {@code AREA_ko.properties} in Korean),
 * so parts can grow their words without touching each other's files; keys start with the area
 * ({@code editor.problems}). A test checks both languages hold every key.
 */
public final class Messages {
    /** Every bundle the UI uses. */
    public static final List<String> AREAS = List.of("shell", "editor", "topology", "playback", "panels", "console",
            "reasons", "lesson", "files");
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private final Locale locale;
    private final Map<String, String> texts = new HashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        for (String area : AREAS) {
            ResourceBundle b = bundle(area, locale);
            for (String k : b.keySet()) {
                texts.put(k, b.getString(k));
            }
        }
    }

    /** The words for {@code locale}: Korean for any Korean locale, English otherwise. */
    public static Messages of(Locale locale) {
        boolean korean = locale != null && "ko".equals(locale.getLanguage());
        return new Messages(korean ? Locale.KOREAN : Locale.ENGLISH);
    }

    /** The bundle of one area in one language, without falling back to another language's file. */
    public static ResourceBundle bundle(String area, Locale locale) {
        return ResourceBundle.getBundle("io.kubetutor.ui.i18n." + area, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean korean() {
        return "ko".equals(locale.getLanguage());
    }

    /**
     * The text for {@code key}. Every text is a MessageFormat pattern, with or without arguments, so
     * writers follow one rule: {@code ''} for an apostrophe. A missing key is a bug the bundle test catches.
     */
    public String text(String key) {
        return format(key);
    }

    /** The text for {@code key} with {0}, {1}… filled in (MessageFormat rules: '' for a quote). */
    public String format(String key, Object... args) {
        String t = texts.get(key);
        if (t == null) {
            throw new MissingResourceException("no text for " + key + " in " + locale, "Messages", key);
        }
        if (t.indexOf('\'') < 0 && t.indexOf('{') < 0) {
            return t;
        }
        return new MessageFormat(t, locale).format(args);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }
}
