package vn.sotreem.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.AppIcons;
import vn.sotreem.ui.today.TodayModel;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** First start on an empty folder: the setup form, driven through the real window. */
@ExtendWith(ApplicationExtension.class)
class FirstStartUiTest {

    @TempDir
    Path dir;
    private DataFolder folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        new AppWindow(stage, folder, UiServices.standard()).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void setupCreatesTheRegisterAndOpensTheMainWindow(FxRobot robot) throws Exception {
        assertEquals("Sổ Trẻ Em — Thiết lập sổ", stage.getTitle());
        // The icons are set one frame after the window shows (they cost a tenth of its first frame).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertEquals(AppIcons.SIZES, stage.getIcons().stream().map(icon -> (int) icon.getWidth()).toList(),
                "the window carries the application icon in every size");
        robot.clickOn("#provinceBox");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Thành phố Hà Nội")).queryLabeled());
        robot.clickOn("#communeSearch").write("ba dinh");
        ListView<?> communes = robot.lookup("#communeList").queryListView();
        assertTrue(communes.getItems().stream().anyMatch(m -> m.toString().equals("Phường Ba Đình")), communes.getItems().toString());
        robot.clickOn(robot.lookup("#communeList .list-cell").match(LabeledMatchers.hasText("Phường Ba Đình")).queryLabeled());

        robot.interact(() -> robot.lookup("#officerField").queryTextInputControl().setText("Nguyễn Thị Lan"));
        robot.clickOn("#passwordField").write("ngan");
        assertEquals("Mật khẩu cần ít nhất 8 ký tự (mới có 4).", UiTestSupport.text(robot, "#passwordMessage"));
        robot.interact(() -> {
            robot.lookup("#passwordField").queryTextInputControl().setText("mat-khau-dai-1");
            robot.lookup("#passwordRepeatField").queryTextInputControl().setText("mat-khau-dai-2");
        });
        assertEquals("Hai lần gõ mật khẩu chưa giống nhau.", UiTestSupport.text(robot, "#repeatMessage"));
        robot.interact(() -> robot.lookup("#passwordRepeatField").queryTextInputControl().setText("mat-khau-dai-1"));
        assertEquals("", UiTestSupport.text(robot, "#repeatMessage"));

        robot.clickOn("#createButton");
        assertEquals("Cần ít nhất một thôn/tổ dân phố.", UiTestSupport.text(robot, "#villagesMessage"));
        robot.interact(() -> robot.lookup("#villageField").queryTextInputControl().setText("Thôn Đông"));
        robot.clickOn("#addVillageButton");
        robot.clickOn("#villageField").write("Na");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(List.of("Thôn Đông", "Na"), robot.lookup("#villageList").queryListView().getItems());

        robot.clickOn("#createButton");
        UiTestSupport.waitFor(robot, "#recoveryKeyText");
        assertEquals("Sổ Trẻ Em — Mã khôi phục", stage.getTitle());
        String key = UiTestSupport.text(robot, "#recoveryKeyText");
        assertTrue(key.matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}"), key);
        assertTrue(robot.lookup("#continueButton").queryButton().isDisabled(), "continue needs the checkbox");
        robot.clickOn("#continueButton");
        assertFalse(robot.lookup("#navRail").tryQuery().isPresent());
        robot.clickOn("#keptSafeBox");
        robot.clickOn("#continueButton");
        UiTestSupport.waitFor(robot, "#taskTable");
        assertEquals("Sổ Trẻ Em — Phường Ba Đình", stage.getTitle());
        assertEquals("Phường Ba Đình, Thành phố Hà Nội", UiTestSupport.text(robot, "#statusCommune"));
        assertEquals("Người dùng: Nguyễn Thị Lan (Quản trị)", UiTestSupport.text(robot, "#statusUser"));
        assertTrue(UiTestSupport.text(robot, "#statusPeriod").startsWith("Tháng "));
        assertEquals(TodayModel.NO_TASKS, ((javafx.scene.control.Label) robot.lookup("#taskTable").queryTableView()
                .getPlaceholder()).getText(), "the Today page comes first, with nothing to do in a new register");
        assertFalse(UiTestSupport.shown(robot, "#recoveryKeyWarning"), "setup made a recovery key");
        UiTestSupport.openChildren(robot);
        assertEquals("Đang hiện 0 / 0 trẻ", UiTestSupport.text(robot, "#countLabel"));
        assertTrue(folder.hasRegister());
        // The key shown once really opens the register.
        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, key.toCharArray())) {
            assertTrue(store.openedWithRecoveryKey());
        }
    }
}
