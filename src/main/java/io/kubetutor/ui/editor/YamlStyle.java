package io.kubetutor.ui.editor;

/** What a piece of YAML text is, for colouring; each kind has its own CSS style class. */
public enum YamlStyle {
    KEY("yaml-key"),
    /** A quoted or block scalar: always a string, whatever it looks like. */
    STRING("yaml-string"),
    NUMBER("yaml-number"),
    /** A plain scalar that YAML 1.1 (as Kubernetes reads it) turns into a boolean or null. */
    CONSTANT("yaml-constant"),
    /** Any other plain scalar: a string, unquoted. */
    SCALAR("yaml-scalar"),
    COMMENT("yaml-comment"),
    ANCHOR("yaml-anchor"),
    ALIAS("yaml-alias"),
    TAG("yaml-tag"),
    /** {@code ---} and {@code ...}: where one document ends and the next starts. */
    DOCUMENT("yaml-document"),
    /** A {@code %YAML} or {@code %TAG} line. */
    DIRECTIVE("yaml-directive"),
    /** The {@code -} of a block sequence entry. */
    DASH("yaml-dash"),
    /** {@code : , [ ] { } ? | >} and block scalar modifiers. */
    PUNCTUATION("yaml-punctuation");

    private final String styleClass;

    YamlStyle(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
