package io.kubetutor.lesson;

/**
 * One answer offered by a prediction. {@code id} is what {@link LessonRunner#answer} takes: a
 * pod as {@code NS/NAME}, an address, an outcome's name, or {@code none}.
 */
public record Choice(String id, Localized label) {
    public static final String NONE = "none";
}
