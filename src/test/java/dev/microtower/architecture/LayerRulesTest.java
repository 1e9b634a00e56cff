package dev.microtower.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain and engine code stays free of UI and database types, so it can be tested and reused alone. */
class LayerRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.microtower");

    @Test
    void domainAndEnginePackagesImportNoJavaFxJooqOrJdbc() {
        noClasses()
                .that()
                .resideInAnyPackage("..domain..", "..engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jooq..", "java.sql..")
                .because("domain records and engines must run without a toolkit or a database")
                .check(CLASSES);
    }
}
