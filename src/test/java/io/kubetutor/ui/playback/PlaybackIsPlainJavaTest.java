package io.kubetutor.ui.playback;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What a packet shows at time t is decided without JavaFX, so it is tested without a toolkit. */
class PlaybackIsPlainJavaTest {
    @Test
    void thePlaybackModelDoesNotDependOnJavaFx() {
        noClasses().that().resideInAPackage("io.kubetutor.ui.playback..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.kubetutor.ui.playback"));
    }
}
