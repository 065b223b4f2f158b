package vn.sotreem.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies: domain ← storage ← exchange ← (ui | cli) ← app, and domain ←
 * report ← (ui | cli) for printed documents; files (safe and durable writing of files) serves
 * storage, exchange and report, the last two of which do not know each other. The benchmark (bench) uses them all but the screen, and
 * only the command line uses it. Inside the domain and the window, one package per feature: the
 * features form no cycle, and what they share ({@code common}) knows none of them
 * (docs/decisions/0010-feature-packages.md).
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.sotreem");
    }

    @Test
    void domainKnowsNoScreenDatabaseOrExcel() {
        noClasses().that().resideInAPackage("vn.sotreem.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.sotreem.storage..", "vn.sotreem.exchange..", "vn.sotreem.report..", "vn.sotreem.files..",
                        "vn.sotreem.office..",
                        "vn.sotreem.ui..", "vn.sotreem.cli..", "vn.sotreem.app..", "javafx..", "java.sql..", "org.h2..",
                        "org.flywaydb..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void storageKnowsNoScreenNorExcel() {
        noClasses().that().resideInAPackage("vn.sotreem.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.sotreem.exchange..", "vn.sotreem.report..", "vn.sotreem.ui..", "vn.sotreem.cli..",
                        "vn.sotreem.app..", "javafx..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void exchangeKnowsNoScreenNorCommandLine() {
        noClasses().that().resideInAPackage("vn.sotreem.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.sotreem.report..", "vn.sotreem.ui..", "vn.sotreem.cli..", "vn.sotreem.app..", "javafx..")
                .check(classes);
    }

    @Test
    void reportKnowsNoScreenNorWorkbookExchange() {
        noClasses().that().resideInAPackage("vn.sotreem.report..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.sotreem.exchange..", "vn.sotreem.ui..", "vn.sotreem.cli..",
                        "vn.sotreem.app..", "javafx..")
                .check(classes);
    }

    @Test
    void officeKnowsOnlyTheDomainAndPoi() {
        noClasses().that().resideInAPackage("vn.sotreem.office..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.sotreem.storage..", "vn.sotreem.exchange..", "vn.sotreem.report..", "vn.sotreem.files..",
                        "vn.sotreem.ui..", "vn.sotreem.cli..", "vn.sotreem.app..", "javafx..")
                .check(classes);
    }

    @Test
    void filesKnowOnlyTheDomain() {
        noClasses().that().resideInAPackage("vn.sotreem.files..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.sotreem.storage..", "vn.sotreem.exchange..", "vn.sotreem.report..", "vn.sotreem.ui..",
                        "vn.sotreem.cli..", "vn.sotreem.app..", "javafx..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void windowAndCommandLineDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("vn.sotreem.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sotreem.cli..", "vn.sotreem.app..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.sotreem.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sotreem.ui..", "vn.sotreem.app..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineKnowsTheBenchmark() {
        noClasses().that().resideOutsideOfPackages("vn.sotreem.bench..", "vn.sotreem.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.sotreem.bench..")
                .check(classes);
    }

    @Test
    void benchmarkKnowsNoScreen() {
        noClasses().that().resideInAPackage("vn.sotreem.bench..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.sotreem.ui..", "vn.sotreem.cli..", "vn.sotreem.app..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyStorageTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackage("vn.sotreem.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    /** The benchmark too: its baselines are bare POI writing and reading (docs/performance.md). */
    @Test
    void onlyExchangeAndReportTouchOfficeFiles() {
        noClasses().that().resideOutsideOfPackages("vn.sotreem.exchange..", "vn.sotreem.report..", "vn.sotreem.office..",
                        "vn.sotreem.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(classes);
    }

    /** And the benchmark's start probe, whose output the benchmark reads. */
    @Test
    void nothingPrintsToTheConsoleButTheLauncher() {
        noClasses().that().doNotHaveFullyQualifiedName("vn.sotreem.app.Launcher")
                .and().doNotHaveFullyQualifiedName("vn.sotreem.app.StartProbe")
                // The crash loop's writer is a process of its own whose standard output is its report to the loop.
                .and().doNotHaveFullyQualifiedName("vn.sotreem.bench.CrashWriter")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void domainFeaturesFormNoCycle() {
        slices().matching("vn.sotreem.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void windowFeaturesFormNoCycle() {
        slices().matching("vn.sotreem.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void domainCommonKnowsNoFeature() {
        noClasses().that().resideInAPackage("vn.sotreem.domain.common..")
                .should().dependOnClassesThat(resideInAPackage("vn.sotreem.domain..")
                        .and(resideOutsideOfPackage("vn.sotreem.domain.common..")))
                .check(classes);
    }

    @Test
    void windowCommonKnowsNoFeature() {
        noClasses().that().resideInAPackage("vn.sotreem.ui.common..")
                .should().dependOnClassesThat(resideInAPackage("vn.sotreem.ui..")
                        .and(resideOutsideOfPackage("vn.sotreem.ui.common..")))
                .check(classes);
    }

    /** The shell joins the features; a feature that needs another's page asks through a callback. */
    @Test
    void noWindowFeatureKnowsTheShell() {
        noClasses().that().resideInAPackage("vn.sotreem.ui..").and().resideOutsideOfPackage("vn.sotreem.ui.shell..")
                .should().dependOnClassesThat().resideInAPackage("vn.sotreem.ui.shell..")
                .check(classes);
    }

    /** The layers' own folders hold only their feature packages, so every class has a room. */
    @Test
    void everyClassOfDomainWindowAndExchangeIsInAFeaturePackage() {
        noClasses().that().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage("vn.sotreem.domain", "vn.sotreem.ui", "vn.sotreem.exchange")
                .check(classes);
    }
}
