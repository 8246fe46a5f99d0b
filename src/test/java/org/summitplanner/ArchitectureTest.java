package org.summitplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, checked on the compiled classes rather than hoped for. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.summitplanner");

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.summitplanner.ui..", "org.summitplanner.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreUsesJooqOrJdbc() {
        noClasses().that().resideOutsideOfPackage("org.summitplanner.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..",
                        "org.flywaydb..", "org.postgresql..", "com.zaxxer..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.summitplanner.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.summitplanner.store..",
                        "org.summitplanner.service..", "org.summitplanner.ui..", "org.summitplanner.app..",
                        "org.summitplanner.summitfile..", "org.summitplanner.schedule..",
                        "org.summitplanner.importing..", "org.summitplanner.printing..")
                .check(CLASSES);
    }

    /** The output rule sits below everything that writes files, so it may use nothing of ours. */
    @Test
    void theFilesPackageDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.summitplanner.files..")
                .should().dependOnClassesThat().resideInAnyPackage("org.summitplanner.model..",
                        "org.summitplanner.store..", "org.summitplanner.service..", "org.summitplanner.ui..",
                        "org.summitplanner.app..", "org.summitplanner.summitfile..", "org.summitplanner.schedule..",
                        "org.summitplanner.importing..", "org.summitplanner.printing..")
                .check(CLASSES);
    }

    @Test
    void dependenciesPointDown() {
        noClasses().that().resideOutsideOfPackages("org.summitplanner.ui..", "org.summitplanner.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.summitplanner.ui..", "org.summitplanner.app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.summitplanner.store..", "org.summitplanner.summitfile..",
                        "org.summitplanner.schedule..", "org.summitplanner.importing..", "org.summitplanner.printing..")
                .should().dependOnClassesThat().resideInAPackage("org.summitplanner.service..")
                .check(CLASSES);
    }

    @Test
    void theUiNeverTouchesGeneratedTables() {
        noClasses().that().resideOutsideOfPackage("org.summitplanner.store..")
                .should().dependOnClassesThat().resideInAPackage("org.summitplanner.store.jooq..")
                .check(CLASSES);
    }
}
