package io.kubetutor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
                .because("model, manifest, sim, kubectl, lesson and cli run headless (DESIGN.md)");
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
    void lessonsReachTheWindowOnlyThroughItsPlainJavaSession() {
        noClasses().that().resideInAPackage("io.kubetutor.lesson..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("io.kubetutor.ui..",
                        "io.kubetutor.app..").and(DescribedPredicate.not(
                        JavaClass.Predicates.resideInAPackage("io.kubetutor.ui.session.."))))
                .because("the lesson core is headless: the window's engine is io.kubetutor.ui.session.Session")
                .check(mainClasses);
    }
}
