package dev.microtower.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of docs/architecture.md, checked on the compiled classes: no package cycles, a
 * shell that knows no feature, user interfaces that reach data only through the application layer,
 * and toolkit-free cores, domains, engines and services.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.microtower");

    /** The folders a newcomer sees, one per feature. */
    private static final String[] FEATURES = {
        "dev.microtower.network..",
        "dev.microtower.inventory..",
        "dev.microtower.orders..",
        "dev.microtower.allocation..",
        "dev.microtower.forecasting..",
        "dev.microtower.rebalancing..",
        "dev.microtower.simulation..",
        "dev.microtower.design..",
        "dev.microtower.zones..",
        "dev.microtower.heatmaps..",
        "dev.microtower.scenarios..",
        "dev.microtower.importexport..",
        "dev.microtower.whatif..",
        "dev.microtower.compare..",
        "dev.microtower.planning..",
        "dev.microtower.presentation..",
        "dev.microtower.demo.."
    };

    @Test
    void topLevelPackagesFormNoCycles() {
        slices().matching("dev.microtower.(*)..")
                .should()
                .beFreeOfCycles()
                .because("a cycle ties packages together so that none can change alone")
                .check(CLASSES);
    }

    @Test
    void featurePackagesFormNoCyclesInside() {
        slices().matching("dev.microtower.(*).(*)..")
                .should()
                .beFreeOfCycles()
                .because("a feature's domain, engine, store and ui depend one way")
                .check(CLASSES);
    }

    @Test
    void theShellImportsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("dev.microtower.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .because("features plug into the window through the Workbench; the window knows none of them")
                .check(CLASSES);
    }

    @Test
    void featuresNeverReachTheMainWindow() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.microtower.shell..", "dev.microtower.cli..", "dev.microtower")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.microtower.shell..")
                .because("a feature gets the Workbench, never the main window")
                .check(CLASSES);
    }

    @Test
    void userInterfacesReachNoStoreImplementationOrDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "dev.microtower.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.microtower.store..", "..store.jooq..", "org.jooq..", "java.sql..")
                .because("screens read and write through the application services and store ports")
                .check(CLASSES);
    }

    @Test
    void coreDomainAndEnginesImportNoJavaFxJooqOrJdbc() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.microtower.core..", "..domain..", "..engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jooq..", "java.sql..")
                .because("ids, domain records and engines must run without a toolkit or a database")
                .check(CLASSES);
    }

    @Test
    void theApplicationLayerIsToolkitFree() {
        noClasses()
                .that()
                .resideInAPackage("dev.microtower.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "dev.microtower.ui..", "dev.microtower.shell..", "..ui..")
                .because("the command line and the window share the application services")
                .check(CLASSES);
    }
}
