package io.kubetutor.ui.editor;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * The editor's keys. Text keys (Enter, Tab, Ctrl+/, undo, Ctrl+Enter, Ctrl+Space) act on the
 * text area; window-wide keys of the editor (find, zoom) work from the find bar too.
 */
final class EditorKeys {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination APPLY = KeyCombination.keyCombination("Shortcut+Enter");
    private static final KeyCombination COMMENT = KeyCombination.keyCombination("Shortcut+Slash");
    private static final KeyCombination COMPLETE = KeyCombination.keyCombination("Shortcut+Space");
    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    private static final KeyCombination REPLACE = KeyCombination.keyCombination("Shortcut+H");
    private static final KeyCombination ZOOM_RESET = KeyCombination.keyCombination("Shortcut+0");
    private static final KeyCombination ZOOM_RESET_PAD = KeyCombination.keyCombination("Shortcut+Numpad0");

    private EditorKeys() {
    }

    static void install(YamlEditor editor, CodeArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // The completion list's filter runs first; what it took is not typed again.
            if (!e.isConsumed() && textKey(editor, area, e)) {
                e.consume();
            }
        });
        // The area would type a tab on KEY_TYPED; YAML forbids tabs in indentation.
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("\t".equals(e.getCharacter()) || (e.isShortcutDown() && " ".equals(e.getCharacter()))) {
                e.consume();
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (editorKey(editor, e)) {
                e.consume();
            }
        });
        editor.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                if (e.getDeltaY() > 0) {
                    editor.zoomIn();
                } else {
                    editor.zoomOut();
                }
                e.consume();
            }
        });
    }

    private static boolean textKey(YamlEditor editor, CodeArea area, KeyEvent e) {
        if (UNDO.match(e)) {
            editor.undo();
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            editor.redo();
        } else if (APPLY.match(e)) {
            editor.applyNow();
        } else if (COMMENT.match(e) || (e.isShortcutDown() && e.getCode() == KeyCode.DIVIDE)) {
            editor.toggleComment();
        } else if (COMPLETE.match(e)) {
            editor.showCompletion();
        } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
            if (e.isShiftDown()) {
                editor.applyEdit(YamlEdits.outdent(area.getText(), area.getAnchor(), area.getCaretPosition()));
            } else if (YamlEdits.spansLines(area.getText(), area.getAnchor(), area.getCaretPosition())) {
                editor.applyEdit(YamlEdits.indent(area.getText(), area.getAnchor(), area.getCaretPosition()));
            } else {
                area.replaceSelection(YamlEdits.INDENT);
            }
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            int paragraph = area.getCurrentParagraph();
            area.replaceSelection(YamlEdits.newline(area.getParagraph(paragraph).getText(), area.getCaretColumn()));
            area.requestFollowCaret();
        } else {
            return false;
        }
        return true;
    }

    private static boolean editorKey(YamlEditor editor, KeyEvent e) {
        if (FIND.match(e)) {
            editor.showFind();
        } else if (REPLACE.match(e)) {
            editor.showReplace();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS
                || e.getCode() == KeyCode.ADD)) {
            editor.zoomIn();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            editor.zoomOut();
        } else if (ZOOM_RESET.match(e) || ZOOM_RESET_PAD.match(e)) {
            editor.zoomReset();
        } else if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown()) {
            // The innermost thing open closes first: the suggestions, then the find bar.
            return editor.closePopupOrFind();
        } else {
            return false;
        }
        return true;
    }
}
