package io.kubetutor.manifest.decode;

/**
 * kubectl's {@code --validate} choice, passed to the server as {@code fieldValidation}: what
 * becomes of unknown and duplicate fields. kubectl's own default is STRICT (the object is
 * refused); the tutor's default is WARN, so a learner's typo is reported without losing the object.
 */
public enum FieldValidation {
    /** Refuse the object: {@code strict decoding error: unknown field "spec.foo"}. */
    STRICT,
    /** Keep the object; one {@code Warning: unknown field "spec.foo"} per field. */
    WARN,
    /** Keep the object and say nothing. */
    IGNORE
}
