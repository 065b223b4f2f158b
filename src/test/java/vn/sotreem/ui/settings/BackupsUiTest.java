package vn.sotreem.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.ManualIdleTimer;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** "Sao lưu ngay", then a restore that takes the register back, after backing up the current state. */
@ExtendWith(ApplicationExtension.class)
class BackupsUiTest {

    @TempDir
    Path dir;
    private DataFolder folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông")));
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, standard.withDialogs(dialogs).withIdleTimers(ManualIdleTimer::new)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(FxRobot robot) {
        return ((TableView<Child>) robot.lookup("#childTable").queryAs(TableView.class)).getItems().stream()
                .map(Child::getFullName).toList();
    }

    @Test
    void backupNowThenRestoreBringsTheOldStateBack(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        robot.clickOn("#navBackup");
        UiTestSupport.waitFor(robot, "#backupNowButton");
        @SuppressWarnings("unchecked")
        TableView<BackupInfo> backups = robot.lookup("#backupTable").queryAs(TableView.class);
        assertEquals(0, backups.getItems().size());
        robot.clickOn("#backupNowButton");
        UiTestSupport.waitUntil(() -> backups.getItems().size() == 1);
        assertTrue(UiTestSupport.text(robot, "#backupMessage").startsWith("Đã sao lưu lúc "));
        BackupInfo first = backups.getItems().get(0);
        assertEquals(1, first.counts().get("tre_em"));
        assertTrue(BackupText.counts(first).startsWith("1 trẻ em, 2 thôn, 1 người dùng"), BackupText.counts(first));

        // A change after the backup: a second child.
        robot.clickOn("#navChildren");
        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#fullNameField");
        robot.interact(() -> {
            robot.lookup("#fullNameField").queryTextInputControl().setText("Lò Thị Mây");
            robot.lookup("#birthDateField").queryTextInputControl().setText("01/06/2020");
        });
        robot.clickOn("#sexFemale");
        UiTestSupport.chooseVillage(robot, "Thôn Tây");
        robot.clickOn("#phoneField");
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitUntil(() -> names(robot).size() == 2);

        robot.clickOn("#navBackup");
        UiTestSupport.waitUntil(() -> backups.getItems().size() == 1);
        robot.interact(() -> backups.getSelectionModel().select(0));
        robot.clickOn("#restoreButton");
        UiTestSupport.waitFor(robot, "#restorePasswordField");
        robot.clickOn("#restorePasswordField").write(UiTestSupport.PASSWORD);
        robot.clickOn("Khôi phục");
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty());
        assertTrue(dialogs.infos.get(0).startsWith("Đã khôi phục sổ về bản sao lưu ngày"), dialogs.infos.get(0));
        assertEquals(List.of(), dialogs.errors);

        // The current state was backed up first; then back to the login screen.
        List<BackupInfo> after = Backups.list(folder);
        assertTrue(after.stream().anyMatch(b -> Backups.BEFORE_RESTORE.equals(b.reason())
                && b.counts().get("tre_em") == 2), after.toString());
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        assertEquals(List.of("Trần Thị Hoà"), names(robot), "the child added after the backup is gone");
    }
}
