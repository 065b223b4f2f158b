package vn.sotreem.ui.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.sotreem.storage.RegisterStore;

/**
 * In the shell, the Today page, the settings and the shared UI, only view-models (classes named
 * …Model, and the record {@link OpenedRegister} that carries an opened register) hold the register:
 * controllers ask their model. {@link Pages} still hands the register to the feature views that take
 * it, until each takes a view-model of its own.
 */
class ViewsWithoutStorageTest {

    @Test
    void onlyViewModelsOfTheShellTodaySettingsAndCommonSeeTheRegister() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.sotreem.ui");
        noClasses().that().resideInAnyPackage("vn.sotreem.ui.shell..", "vn.sotreem.ui.today..",
                        "vn.sotreem.ui.settings..", "vn.sotreem.ui.common..")
                .and().haveSimpleNameNotEndingWith("Model")
                .and().doNotBelongToAnyOf(OpenedRegister.class, Pages.class)
                .should().dependOnClassesThat().belongToAnyOf(RegisterStore.class)
                .check(classes);
    }
}
