package io.kubetutor.lesson;

/** A text of a lesson in both languages it ships in; neither is ever null or missing. */
public record Localized(String en, String ko) {
    public Localized {
        if (en == null || ko == null) {
            throw new IllegalArgumentException("a lesson text has both English and Korean");
        }
    }

    /** The text in {@code language} ("ko" for Korean; anything else gives English). */
    public String in(String language) {
        return "ko".equals(language) ? ko : en;
    }

    /** The same words in both languages: names, addresses, commands. */
    public static Localized same(String text) {
        return new Localized(text, text);
    }
}
