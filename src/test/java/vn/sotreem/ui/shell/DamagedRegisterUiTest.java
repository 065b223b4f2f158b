package vn.sotreem.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** A data file cut short by a power cut: the login explains it and restores the newest good backup. */
@ExtendWith(ApplicationExtension.class)
class DamagedRegisterUiTest {

    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lê Văn Hòa", LocalDate.of(2020, 6, 1), Sex.MALE, "Thôn Tây")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            Backups.createInRotation(store, Backups.DAILY, Progress.NONE);
        }
        byte[] whole = Files.readAllBytes(folder.databaseFile());
        Files.write(folder.databaseFile(), Arrays.copyOf(whole, whole.length / 3));
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), standard.today())).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theLoginOffersTheNewestGoodBackupAndRestoresIt(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#restoreBackupButton");
        String message = UiTestSupport.text(robot, "#loginMessage");
        assertTrue(message.contains("bị hỏng"), message);
        Button restore = robot.lookup("#restoreBackupButton").queryButton();
        assertTrue(restore.getText().startsWith("Khôi phục từ bản sao lưu ngày "), restore.getText());

        robot.clickOn(restore);
        UiTestSupport.openChildren(robot);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#childTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
    }
}
