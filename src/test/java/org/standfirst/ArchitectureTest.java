package org.standfirst;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md section 2. Main is the entry point and may see both faces. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.standfirst");
    }

    @Test
    void nothingButTheEntryPointDependsOnUiOrCli() {
        noClasses().that().resideOutsideOfPackages("org.standfirst.ui..", "org.standfirst.cli..")
                .and().doNotHaveFullyQualifiedName("org.standfirst.Main")
                .should().dependOnClassesThat().resideInAnyPackage("org.standfirst.ui..", "org.standfirst.cli..")
                .check(classes);
    }

    @Test
    void uiAndCliDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.standfirst.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.standfirst.cli..").check(classes);
        noClasses().that().resideInAPackage("org.standfirst.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.standfirst.ui..").check(classes);
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.standfirst.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyStoreImportsJdbc() {
        noClasses().that().resideOutsideOfPackage("org.standfirst.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void modelImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("org.standfirst.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.standfirst.store..", "org.standfirst.render..", "org.standfirst.workflow..",
                        "org.standfirst.check..", "org.standfirst.publish..", "org.standfirst.app..",
                        "org.standfirst.cli..", "org.standfirst.ui..")
                .check(classes);
    }

    @Test
    void modelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("org.standfirst.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.standfirst.model..")
                .check(classes);
    }

    // Empty layers are allowed so the rules stand before each layer has classes.
    @Test
    void lowerLayersKeepToTheirOwnDependencies() {
        noClasses().that().resideInAPackage("org.standfirst.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standfirst.render..", "org.standfirst.workflow..",
                        "org.standfirst.check..", "org.standfirst.publish..", "org.standfirst.app..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.standfirst.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standfirst.store..", "org.standfirst.workflow..",
                        "org.standfirst.check..", "org.standfirst.publish..", "org.standfirst.app..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.standfirst.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standfirst.render..",
                        "org.standfirst.check..", "org.standfirst.publish..", "org.standfirst.app..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.standfirst.check..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standfirst.store..", "org.standfirst.workflow..",
                        "org.standfirst.publish..", "org.standfirst.app..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.standfirst.publish..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standfirst.app..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void viewsNeverTalkToTheStore() {
        noClasses().that().resideInAPackage("org.standfirst.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.standfirst.store..")
                .check(classes);
    }

    @Test
    void noSystemOutOutsideTheCli() {
        noClasses().that().resideOutsideOfPackage("org.standfirst.cli..")
                .and().doNotHaveFullyQualifiedName("org.standfirst.Main")
                .should().accessField(System.class, "out")
                .check(classes);
    }
}
