package vn.sotreem.ui.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** The duplicates queue from the children list: compare, pick the right-hand value, merge. */
@ExtendWith(ApplicationExtension.class)
class DuplicatesUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();

    /** Two records of Lò Thị Mây in different villages, queued as a pair, and one other child. */
    static void seed(DataFolder folder) {
        Child older = UiTestSupport.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Đông");
        older.setFatherName("Lò Văn Páo");
        Child newer = UiTestSupport.child("Lo Thi May", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Tây");
        newer.setFatherName("Lò Văn Pao");
        newer.setMotherName("Giàng Thị Dợ");
        newer.setPhone("0912 345 678");
        UiTestSupport.createRegister(folder, List.of(older, newer,
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2016, 9, 12), Sex.MALE, "Thôn Tây")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            store.write(tx -> tx.queueDuplicate(tx.childByCode("TE000002").orElseThrow().getId(),
                    tx.childByCode("TE000001").orElseThrow().getId(), DuplicateReason.SAME_NAME_AND_BIRTH_DATE));
        }
    }

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        seed(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), () -> TODAY)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRightHandVillageIsKeptAndOneChildIsLeft(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        assertEquals("Có thể trùng (1)", UiTestSupport.text(robot, "#duplicatesButton"));
        robot.clickOn("#duplicatesButton");
        UiTestSupport.waitFor(robot, "#newer_thon");
        assertTrue(robot.lookup("#older_thon").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        robot.clickOn("#newer_thon");
        robot.clickOn("#mergeButton");
        TableView<Child> table = robot.lookup("#childTable").queryAs(TableView.class);
        UiTestSupport.waitUntil(() -> table.getItems().size() == 2);

        Child mây = table.getItems().stream().filter(c -> c.getCode().equals("TE000001")).findFirst().orElseThrow();
        assertEquals("Thôn Tây", mây.getVillage());
        assertEquals("Lò Thị Mây", mây.getFullName());
        assertEquals("Giàng Thị Dợ", mây.getMotherName());
        assertEquals(1, dialogs.questions.size());
        assertTrue(UiTestSupport.text(robot, "#message").startsWith("Đã gộp hồ sơ TE000002 vào TE000001"));
        assertTrue(robot.lookup("#pairList").queryListView().getItems().isEmpty());
        robot.clickOn("Đóng");
        assertFalse(UiTestSupport.shown(robot, "#duplicatesButton"));
    }
}
