package io.kubetutor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The engine must run headless: only ui and app may touch JavaFX. */
class LayeringTest {
    private final JavaClasses mainClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kubetutor");

    @Test
    void onlyUiAndAppDependOnJavaFx() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackages("io.kubetutor.ui..", "io.kubetutor.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("model, manifest, sim, kubectl, session, lesson and cli run headless (DESIGN.md)");
        rule.check(mainClasses);
    }

    @Test
    void theModelDependsOnNothingElseOfTheProject() {
        noClasses().that().resideInAPackage("io.kubetutor.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.kubetutor.manifest..", "io.kubetutor.sim..", "io.kubetutor.kubectl..",
                        "io.kubetutor.lesson..", "io.kubetutor.cli..", "io.kubetutor.ui..", "io.kubetutor.app..")
                .check(mainClasses);
    }

    @Test
    void lessonsTheEngineSessionScenariosAndExportsNeverReachTheWindow() {
        noClasses().that().resideInAnyPackage("io.kubetutor.lesson..", "io.kubetutor.session..",
                        "io.kubetutor.scenario..", "io.kubetutor.export..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kubetutor.ui..", "io.kubetutor.app..")
                .because("the lesson core, the engine session, scenario files and exports are headless; the window uses them, not the reverse")
                .check(mainClasses);
    }
}
