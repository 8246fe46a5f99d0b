package org.summitplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /**
     * The layers as the code is (issue 12 item 7): the launcher and commands (app) on the window (ui),
     * both on the services; only the services open and use the store; the pure logic packages below
     * the services; the exceptions callers catch (errors), the output rule (files) and the model at
     * the bottom. Services.open is the composition root: nothing above service builds a store.
     */
    @Test
    void theLayersAreRespected() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("org.summitplanner.app..")
                .layer("Ui").definedBy("org.summitplanner.ui..")
                .layer("Service").definedBy("org.summitplanner.service..")
                .layer("Store").definedBy("org.summitplanner.store..")
                .layer("Logic").definedBy("org.summitplanner.schedule..", "org.summitplanner.seating..",
                        "org.summitplanner.importing..", "org.summitplanner.printing..", "org.summitplanner.summitfile..")
                .layer("Files").definedBy("org.summitplanner.files..")
                .layer("Errors").definedBy("org.summitplanner.errors..")
                .layer("Model").definedBy("org.summitplanner.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "App")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("Service", "Ui", "App")
                .whereLayer("Errors").mayOnlyBeAccessedByLayers("Store", "Service", "Ui", "App")
                .whereLayer("Files").mayOnlyBeAccessedByLayers("Store", "Logic", "Service", "Ui", "App")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Store", "Logic", "Service", "Ui", "App")
                .check(CLASSES);
    }

    /** No cycle between the top-level packages (app and ui, store and service, ...). */
    @Test
    void thePackagesAreFreeOfCycles() {
        slices().matching("org.summitplanner.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The window and the commands reach the database only through the services (Services.open). */
    @Test
    void uiAndAppNeverUseTheStore() {
        noClasses().that().resideInAnyPackage("org.summitplanner.ui..", "org.summitplanner.app..")
                .should().dependOnClassesThat().resideInAPackage("org.summitplanner.store..")
                .check(CLASSES);
    }

    /** The exceptions everybody catches sit below the store and the services: they depend on nothing of ours. */
    @Test
    void theErrorsPackageDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.summitplanner.errors..")
                .should().dependOnClassesThat().resideInAnyPackage("org.summitplanner.model..", "org.summitplanner.files..",
                        "org.summitplanner.store..", "org.summitplanner.service..", "org.summitplanner.ui..",
                        "org.summitplanner.app..", "org.summitplanner.summitfile..", "org.summitplanner.schedule..",
                        "org.summitplanner.seating..", "org.summitplanner.importing..", "org.summitplanner.printing..")
                .check(CLASSES);
    }
}
