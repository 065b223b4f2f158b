package vn.sotreem.ui.hcdb;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Not a test: PNGs of the HCĐB screens in /tmp/ui-shots (run like {@link ScreenshotTour}). */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class HcdbScreenshotTour {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        HcdbUiTest.seed(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(new RecordingDialogs(), standard.files(), standard.runner(),
                () -> HcdbUiTest.TODAY)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static Window windowOf(FxRobot robot, String query) {
        return robot.lookup(query).query().getScene().getWindow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hcdbScreens(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        robot.clickOn("#navSpecial");
        UiTestSupport.waitFor(robot, "#hcdbTable");
        robot.interact(() -> {
            TableView<HcdbListModel.Row> t = robot.lookup("#hcdbTable").queryAs(TableView.class);
            t.getSelectionModel().select(1);
            t.getSelectionModel().select(2);
        });
        ScreenshotTour.shoot(robot, stage, "hcdb-1-list");
        robot.clickOn("#bulkButton");
        UiTestSupport.waitFor(robot, "#supportTypeBox");
        robot.interact(() -> robot.lookup("#supportTypeBox").queryAs(ComboBox.class).setValue(SupportType.ALTERNATIVE_CARE));
        robot.clickOn("#amountField").write("1.5");
        robot.clickOn("#providerField");
        ScreenshotTour.shoot(robot, windowOf(robot, "#supportTypeBox"), "hcdb-2-bulk");
        robot.clickOn("#dialogCancel");
        robot.interact(() -> robot.lookup("#hcdbTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        ScreenshotTour.shoot(robot, stage, "hcdb-3-age-out");

        robot.clickOn("#navChildren");
        UiTestSupport.waitUntil(() -> robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText("Lê Văn Hòa"))
                .tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText("Lê Văn Hòa")).queryLabeled());
        UiTestSupport.waitFor(robot, "#formTitle");
        ScreenshotTour.shoot(robot, windowOf(robot, "#formTitle"), "hcdb-4-form-record");
        robot.interact(() -> robot.lookup("#formTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        ScreenshotTour.shoot(robot, windowOf(robot, "#formTitle"), "hcdb-5-form-hcdb");
        robot.clickOn("#addMembershipButton");
        UiTestSupport.waitFor(robot, "#groupBox");
        robot.interact(() -> robot.lookup("#groupBox").queryAs(ComboBox.class).setValue(HcdbGroup.DISABLED));
        robot.clickOn("#fromField").write("31/02/2024");
        robot.clickOn("#dialogSave");
        ScreenshotTour.shoot(robot, windowOf(robot, "#groupBox"), "hcdb-6-membership");
        robot.clickOn("#dialogCancel");
    }
}
