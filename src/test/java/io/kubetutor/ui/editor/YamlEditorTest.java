package io.kubetutor.ui.editor;

import static io.kubetutor.ui.editor.EditorFx.fx;
import static io.kubetutor.ui.editor.EditorFx.fxRun;
import static io.kubetutor.ui.editor.EditorFx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubetutor.model.Diagnostic;
import io.kubetutor.model.Severity;
import io.kubetutor.model.SourcePos;
import io.kubetutor.ui.i18n.Messages;
import io.kubetutor.ui.theme.Fonts;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class YamlEditorTest {
    static final String EXTERNAL_NAME = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: ExternalName
              externalName: web_shop.example.com
            """;
    /** What the simulated API server says about EXTERNAL_NAME (Session, v1.33 wording). */
    static final String INVALID_NAME = "The Service \"web\" is invalid: spec.externalName: Invalid value: "
            + "\"web_shop.example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
            + "characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', "
            + "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    private YamlEditor editor;

    @Start
    void start(Stage stage) {
        Fonts.load();
        // The shell's theme: the stylesheet's colours are AtlantaFX's looked-up colours.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        editor = new YamlEditor(Messages.of(Locale.ENGLISH));
        VBox root = new VBox(editor, editor.problemsView());
        VBox.setVgrow(editor, Priority.ALWAYS);
        stage.setScene(new Scene(root, 900, 640));
        stage.show();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(editor::dispose);
    }

    private Collection<String> styleAt(int offset) {
        return fx(() -> editor.area().getStyleOfChar(offset));
    }

    private static Diagnostic invalidName() {
        SourcePos pos = new SourcePos(7, 17);
        String field = INVALID_NAME.substring(INVALID_NAME.indexOf("spec.externalName"));
        return new Diagnostic(Severity.ERROR, "editor.yaml", pos, INVALID_NAME,
                List.of(new Diagnostic.Detail(pos, "spec.externalName", field)));
    }

    @Test
    void typingHandsTheWholeTextOverOnceAfterThePause(FxRobot robot) throws InterruptedException {
        List<String> applied = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        fxRun(() -> editor.setOnApply(text -> {
            applied.add(text);
            first.countDown();
        }));
        robot.clickOn("#yaml-text");
        robot.write("kind: Service");
        assertTrue(first.await(20, TimeUnit.SECONDS));
        // Nothing more is typed, so nothing more is handed over (two pauses' worth of waiting).
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS);
        assertEquals(List.of("kind: Service"), applied);
    }

    @Test
    void ctrlEnterHandsTheTextOverAtOnceEvenIfUnchanged(FxRobot robot) throws InterruptedException {
        List<String> applied = new CopyOnWriteArrayList<>();
        CountDownLatch paused = new CountDownLatch(1);
        fxRun(() -> {
            editor.setOnApply(text -> {
                applied.add(text);
                paused.countDown();
            });
            editor.setText("a: 1\n");
        });
        assertTrue(paused.await(20, TimeUnit.SECONDS));
        robot.clickOn("#yaml-text");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("a: 1\n", "a: 1\n"), applied);
    }

    @Test
    void anErrorAtLine7Column17UnderlinesThatWholeTokenAndListsIt(FxRobot robot) {
        fxRun(() -> {
            editor.setText(EXTERNAL_NAME);
            editor.showDiagnostics(List.of(invalidName()), false);
        });
        int start = EXTERNAL_NAME.indexOf("web_shop");
        int end = EXTERNAL_NAME.indexOf("\n", start);
        waitUntil(() -> editor.area().getStyleOfChar(start).contains("diag-error"));
        for (int i = start; i < end; i++) {
            assertTrue(styleAt(i).contains("diag-error"), "offset " + i);
        }
        assertFalse(styleAt(start - 1).contains("diag-error"));
        assertFalse(styleAt(start - 3).contains("diag-error"));
        assertTrue(styleAt(start).contains("yaml-scalar"), "the syntax colour stays under the underline");
        assertTrue(fx(() -> editor.hover().textAt(start + 3)).contains(INVALID_NAME));

        ListCell<?> row = robot.lookup(".problem-row").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow();
        assertEquals(new Problem(Severity.ERROR, 7, 17, invalidName().details().get(0).text(), INVALID_NAME), row.getItem());
        waitUntil(() -> editor.lookupAll(".marker").stream().anyMatch(n -> "✗".equals(((Label) n).getText())));
        fxRun(() -> editor.area().moveTo(0));
        robot.clickOn(row);
        assertEquals(6, fx(() -> editor.area().getCurrentParagraph()));
        assertEquals(16, fx(() -> editor.area().getCaretColumn()));
    }

    @Test
    void theStaleBannerShowsOnlyWhileTheClusterRunsAnOlderText(FxRobot robot) {
        Label banner = robot.lookup("#stale-banner").queryAs(Label.class);
        fxRun(() -> editor.showDiagnostics(List.of(invalidName()), true));
        assertTrue(banner.isVisible());
        assertEquals("The cluster shows the last valid YAML — fix the errors to apply.", banner.getText());
        assertEquals("✗ Not applied", robot.lookup("#apply-state").queryAs(Label.class).getText());
        fxRun(() -> editor.showDiagnostics(List.of(), false));
        assertFalse(banner.isVisible());
        assertEquals("✓ Applied", robot.lookup("#apply-state").queryAs(Label.class).getText());
        fxRun(() -> editor.setMessages(Messages.of(Locale.KOREAN)));
        fxRun(() -> editor.showDiagnostics(List.of(), true));
        assertTrue(banner.getText().startsWith("클러스터에는"));
    }

    @Test
    void undoTakesBackAWholeProgrammaticEditAndTypedText(FxRobot robot) {
        fxRun(() -> editor.setText("replicas: 3\n"));
        fxRun(() -> editor.replaceText("replicas: 5\n"));
        fxRun(editor::undo);
        assertEquals("replicas: 3\n", fx(editor::getText));
        fxRun(editor::redo);
        assertEquals("replicas: 5\n", fx(editor::getText));

        robot.clickOn("#yaml-text");
        fxRun(() -> editor.area().moveTo(editor.area().getLength()));
        robot.write("x");
        assertEquals("replicas: 5\nx", fx(editor::getText));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals("replicas: 5\n", fx(editor::getText));
    }

    @Test
    void aProgrammaticEditKeepsTheCaretWhereItWas() {
        fxRun(() -> {
            editor.setText("a: 1\nreplicas: 3\nz: 9\n");
            editor.area().moveTo(2, 1);
            editor.replaceText("a: 1\nreplicas: 12\nz: 9\n");
        });
        assertEquals(2, fx(() -> editor.area().getCurrentParagraph()));
        assertEquals(1, fx(() -> editor.area().getCaretColumn()));
    }

    @Test
    void findHighlightsEveryMatchAndStepsThroughThem(FxRobot robot) {
        String text = "app: web\nname: web\nimage: nginx\n";
        fxRun(() -> editor.setText(text));
        robot.clickOn("#yaml-text");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("web");
        waitUntil(() -> editor.area().getStyleOfChar(5).contains("find-match")
                && editor.area().getStyleOfChar(15).contains("find-match"));
        assertFalse(styleAt(20).contains("find-match"));
        waitUntil(() -> "1 of 2".equals(((Label) editor.lookup("#find-count")).getText()));
        robot.type(KeyCode.ENTER);
        assertEquals("2 of 2", robot.lookup("#find-count").queryAs(Label.class).getText());
        assertEquals("web", fx(() -> editor.area().getSelectedText()));
        assertEquals(15, fx(() -> editor.area().getSelection().getStart()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !editor.area().getStyleOfChar(5).contains("find-match"));
    }

    @Test
    void enterKeepsTheIndentationAndTabTypesTwoSpaces(FxRobot robot) {
        robot.clickOn("#yaml-text");
        robot.write("spec:");
        robot.type(KeyCode.ENTER);
        robot.write("ports:");
        robot.type(KeyCode.ENTER);
        robot.write("- port: 80");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        assertEquals("spec:\n  ports:\n    - port: 80\n        ", fx(editor::getText));
    }

    @Test
    void zoomChangesTheTextSizeWithinLimits(FxRobot robot) {
        assertEquals(15, fx(() -> editor.fontSizeProperty().get()));
        robot.clickOn("#yaml-text");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertEquals(16, fx(() -> editor.fontSizeProperty().get()));
        assertTrue(fx(() -> editor.area().getStyle()).contains("-fx-font-size: 16px"));
        for (int i = 0; i < 60; i++) {
            fxRun(editor::zoomOut);
        }
        assertEquals(YamlEditor.MIN_FONT_SIZE, fx(() -> editor.fontSizeProperty().get()));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(15, fx(() -> editor.fontSizeProperty().get()));
    }

    @Test
    void aHundredThousandLinesAreColouredWithoutHoldingTheFxThread() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            big.append("  - name: item-").append(i).append("   # ").append(i).append('\n');
        }
        String text = big.toString();
        fxRun(() -> editor.setText(text));
        waitUntil(() -> editor.styler().current());
        int last = text.lastIndexOf("name");
        assertTrue(styleAt(last).contains("yaml-key"));
        fxRun(() -> editor.area().insertText(last, "x"));
        waitUntil(() -> editor.styler().current() && editor.area().getStyleOfChar(last).contains("yaml-key"));
    }

    @Test
    void aProgrammaticEditFarFromTheViewKeepsTheScrollPosition() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append("key").append(i).append(": ").append(i).append('\n');
        }
        String text = lines.toString();
        fxRun(() -> editor.setText(text));
        fxRun(() -> {
            editor.area().moveTo(200, 0);
            editor.area().showParagraphAtTop(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int firstBefore = fx(() -> editor.area().firstVisibleParToAllParIndex());
        fxRun(() -> editor.replaceText(text.replace("key5: 5\n", "key5: 55\n")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(firstBefore, fx(() -> editor.area().firstVisibleParToAllParIndex()));
        assertEquals(200, fx(() -> editor.area().getCurrentParagraph()));
    }

    @Test
    void ctrlSpaceSuggestsTheFieldsOfTheCaretsPlaceAndThenTheirValues(FxRobot robot) {
        fxRun(() -> {
            editor.setText("kind: Service\nspec:\n  type: NodePort\n  ");
            editor.area().moveTo(editor.area().getLength());
        });
        robot.clickOn("#yaml-text");
        fxRun(() -> editor.area().moveTo(editor.area().getLength()));
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        robot.write("sessionAf");
        waitUntil(() -> {
            var list = (javafx.scene.control.ListView<?>) robot.lookup("#completion-list").query();
            return list.getItems().size() == 2;
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> editor.getText().endsWith("sessionAffinity: "));
        waitUntil(() -> {
            var list = (javafx.scene.control.ListView<?>) robot.lookup("#completion-list").query();
            return list.getScene().getWindow().isShowing() && list.getItems().size() == 2
                    && list.getItems().get(0).toString().contains("None");
        });
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        assertEquals("kind: Service\nspec:\n  type: NodePort\n  sessionAffinity: ClientIP", fx(editor::getText));
    }

    @Test
    void escapeInTheTextClosesTheFindBar(FxRobot robot) {
        fxRun(editor::showFind);
        assertTrue(robot.lookup(".find-bar").query().isVisible());
        robot.clickOn("#yaml-text");
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup(".find-bar").query().isVisible());
    }
}
