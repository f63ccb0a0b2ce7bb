package io.kubetutor.ui.editor;

import static io.kubetutor.ui.editor.EditorFx.fx;
import static io.kubetutor.ui.editor.EditorFx.fxRun;
import static io.kubetutor.ui.editor.EditorFx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.SourcePos;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.theme.Fonts;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Replace, comment toggling, the Problems list's keyboard, and switching language in place. */
@ExtendWith(ApplicationExtension.class)
class YamlEditorCommandsTest {
    private YamlEditor editor;

    @Start
    void start(Stage stage) {
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        editor = new YamlEditor(Messages.of(Locale.ENGLISH));
        VBox root = new VBox(editor, editor.problemsView());
        VBox.setVgrow(editor, Priority.ALWAYS);
        stage.setScene(new Scene(root, 900, 640));
        stage.show();
    }

    @AfterEach
    void stop() {
        fxRun(editor::dispose);
    }

    @Test
    void replaceAllIsOneUndoableStep(FxRobot robot) {
        fxRun(() -> editor.setText("app: web\nname: web\n"));
        fxRun(editor::showReplace);
        robot.clickOn("#find-query").write("web");
        robot.clickOn("#replace-text").write("shop");
        Button all = robot.lookup(".find-bar .button").queryAllAs(Button.class).stream()
                .filter(b -> "Replace all".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(all);
        assertEquals("app: shop\nname: shop\n", fx(editor::getText));
        fxRun(editor::undo);
        assertEquals("app: web\nname: web\n", fx(editor::getText));
    }

    @Test
    void ctrlSlashCommentsTheCaretLineOutAndBackIn(FxRobot robot) {
        fxRun(() -> editor.setText("spec:\n  type: NodePort\n"));
        robot.clickOn("#yaml-text");
        fxRun(() -> editor.area().moveTo(1, 4));
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        assertEquals("spec:\n  # type: NodePort\n", fx(editor::getText));
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        assertEquals("spec:\n  type: NodePort\n", fx(editor::getText));
        assertEquals(4, fx(() -> editor.area().getCaretColumn()));
    }

    @Test
    void enterOnAProblemRowMovesTheCaretThere(FxRobot robot) {
        fxRun(() -> {
            editor.setText("a: 1\nb: 2\nc: 3\n");
            editor.showDiagnostics(List.of(Diagnostic.warning("editor.yaml", new SourcePos(3, 4), "c is odd")), false);
        });
        ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
        fxRun(() -> {
            problems.requestFocus();
            problems.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        assertEquals(2, fx(() -> editor.area().getCurrentParagraph()));
        assertEquals(3, fx(() -> editor.area().getCaretColumn()));
    }

    @Test
    void switchingLanguageRelabelsWhatIsOnScreenAndKeepsTheText(FxRobot robot) {
        fxRun(() -> {
            editor.setText("kind: Service\n");
            editor.showFind();
        });
        TextField query = robot.lookup("#find-query").queryAs(TextField.class);
        assertEquals("Find", query.getPromptText());
        fxRun(() -> editor.setMessages(Messages.of(Locale.KOREAN)));
        assertEquals("찾기", query.getPromptText());
        assertEquals("kind: Service\n", fx(editor::getText));
        waitUntil(() -> ((javafx.scene.control.Label) editor.lookup("#caret-position")).getText().startsWith("1행"));
    }
}
