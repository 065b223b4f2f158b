package vn.sotreem.ui.child;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Not a test: PNGs of the duplicates queue in /tmp/ui-shots (run like {@link ScreenshotTour}). */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class DuplicatesScreenshotTour {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        DuplicatesUiTest.seed(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(new RecordingDialogs(), standard.files(), standard.runner(),
                () -> DuplicatesUiTest.TODAY)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void duplicatesScreens(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        ScreenshotTour.shoot(robot, stage, "trung-1-children");
        robot.clickOn("#duplicatesButton");
        UiTestSupport.waitFor(robot, "#newer_thon");
        robot.clickOn("#newer_thon");
        ScreenshotTour.shoot(robot, robot.lookup("#compareGrid").query().getScene().getWindow(), "trung-2-compare");
    }
}
