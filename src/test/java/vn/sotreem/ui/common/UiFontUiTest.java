package vn.sotreem.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.UiTestSupport;

/**
 * The real first-start window, a drop-down's pop-up and a message box all draw their text in the
 * bundled font. (On a machine that has Noto Sans installed the family alone cannot tell the
 * bundled file from the system's; NoSystemFontsTest runs the window where fontconfig knows no font at all.)
 */
@ExtendWith(ApplicationExtension.class)
class UiFontUiTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new AppWindow(stage, new DataFolder(dir.resolve("data")), UiServices.standard()).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowThePopUpAndTheMessageBoxUseTheBundledFont(FxRobot robot) {
        assertEquals(Set.of(UiFont.FAMILY), UiTestSupport.fontFamilies(stage.getScene().getRoot()));
        Label title = robot.lookup(".page-title").queryAs(Label.class);
        assertEquals("Thiết lập sổ trẻ em lần đầu", title.getText());
        assertEquals(UiFont.FAMILY + " Bold", title.getFont().getName(), "the bold file is loaded too");

        robot.clickOn("#provinceBox");
        Labeled cell = robot.lookup(".list-cell").queryLabeled();
        UiTestSupport.waitUntil(() -> !cell.getText().isEmpty());
        assertEquals(UiFont.FAMILY, cell.getFont().getFamily(), cell.getText());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        robot.interact(() -> Platform.runLater(() -> new FxDialogs().showInfo(stage, "Đã lưu hồ sơ của Đặng Văn Ửng.")));
        UiTestSupport.waitFor(robot, "#dialogMessage");
        Label message = robot.lookup("#dialogMessage").queryAs(Label.class);
        Window dialog = message.getScene().getWindow();
        assertFalse(dialog == stage, "the message is in its own window");
        assertEquals(Set.of(UiFont.FAMILY), UiTestSupport.fontFamilies(message.getScene().getRoot()));
        robot.clickOn("Đóng");
    }
}
