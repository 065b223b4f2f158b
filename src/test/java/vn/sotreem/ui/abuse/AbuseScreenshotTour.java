package vn.sotreem.ui.abuse;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Not a test: PNGs of the abuse screens in /tmp/ui-shots (run like {@link ScreenshotTour}). */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class AbuseScreenshotTour {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        AbuseUiTest.seed(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(new RecordingDialogs(), standard.files(), standard.runner(),
                () -> AbuseUiTest.TODAY)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static Window windowOf(FxRobot robot, String query) {
        return robot.lookup(query).query().getScene().getWindow();
    }

    private static void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    @SuppressWarnings("unchecked")
    void abuseScreens(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#navAbuse");
        UiTestSupport.waitFor(robot, "#caseTable");
        ScreenshotTour.shoot(robot, stage, "abuse-1-list");

        robot.clickOn("#newCaseButton");
        UiTestSupport.waitFor(robot, "#codeField");
        ScreenshotTour.shoot(robot, windowOf(robot, "#codeField"), "abuse-2-intake-new");
        robot.clickOn("#caseSaveButton");
        ScreenshotTour.shoot(robot, windowOf(robot, "#codeField"), "abuse-3-intake-errors");
        robot.clickOn("#receivedTimeField").write("8:30");
        robot.interact(() -> robot.lookup("#occurredDatePicker").queryAs(DatePicker.class).getEditor().setText("20/11/2026"));
        tab(robot, 1);
        robot.clickOn("#victimSearchField").write("hoa");
        ScreenshotTour.shoot(robot, windowOf(robot, "#codeField"), "abuse-4-victim-search");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#form_SEXUAL_ABUSE");
        robot.clickOn("#form_EXPLOITATION");
        ScreenshotTour.shoot(robot, windowOf(robot, "#codeField"), "abuse-5-victim-forms");
        tab(robot, 2);
        robot.clickOn("#addPerpetratorButton");
        UiTestSupport.waitFor(robot, "#handlingBox");
        robot.interact(() -> robot.lookup("#handlingBox").queryAs(ComboBox.class).setValue(HandlingRoute.ADMINISTRATIVE));
        ScreenshotTour.shoot(robot, windowOf(robot, "#handlingBox"), "abuse-6-perpetrator");
        robot.clickOn("#fineField").write("2,5 triệu");
        ScreenshotTour.shoot(robot, windowOf(robot, "#handlingBox"), "abuse-6-perpetrator-fine");
        robot.interact(() -> robot.lookup("#fineField").queryTextInputControl().setText("2.500.000"));
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#handlingBox").tryQuery().isEmpty());
        ScreenshotTour.shoot(robot, windowOf(robot, "#codeField"), "abuse-7-perpetrators");
        robot.clickOn("#caseCancelButton");

        robot.doubleClickOn(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("XH-2026-001")).queryLabeled());
        UiTestSupport.waitFor(robot, "#codeField");
        ScreenshotTour.shoot(robot, windowOf(robot, "#codeField"), "abuse-8-opened");
        robot.clickOn("#caseCancelButton");

        robot.clickOn("#navChildren");
        UiTestSupport.waitUntil(() -> robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText("Nguyễn Văn Đức"))
                .tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText("Nguyễn Văn Đức")).queryLabeled());
        UiTestSupport.waitFor(robot, "#abuseCasesLabel");
        ScreenshotTour.shoot(robot, windowOf(robot, "#abuseCasesLabel"), "abuse-9-child-record-link");
    }
}
