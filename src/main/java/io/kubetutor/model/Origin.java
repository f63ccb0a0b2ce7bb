package io.kubetutor.model;

/**
 * Where an object came from: file (or editor buffer name), the document's index in it (0-based),
 * the position of the document's first line, and a locator for its fields.
 */
public record Origin(String file, int documentIndex, SourcePos start, FieldLocator locator) {
    /** Objects made by the simulation itself (the kubernetes Service, controllers' pods). */
    public static final Origin SYSTEM = new Origin("<cluster>", -1, SourcePos.START, FieldLocator.NOWHERE);

    public SourcePos locate(String fieldPath) {
        return locator.locate(fieldPath);
    }
}
