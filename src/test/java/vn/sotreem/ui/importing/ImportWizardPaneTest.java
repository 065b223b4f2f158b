package vn.sotreem.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
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
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.UiServices;

/**
 * The "Nhập danh sách của xã" wizard opened alone with its model on an empty register (no login, no
 * children list), its reads of the file, check and import run by the same-thread runner.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardPaneTest {

    @TempDir
    Path dir;
    private RegisterStore store;
    private Path fileToOpen;
    private int imports;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of());
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        fileToOpen = ImportWizardModelTest.messyCsv(dir);
        UiServices services = new UiServices(dialogs, UiTestSupport.opening(() -> fileToOpen), BackgroundRunner.SAME_THREAD,
                () -> ImportWizardModelTest.TODAY);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        ListImportModel list = new ExchangeModel(store).listImport();
        new ImportWizard(services, list, () -> imports++).show(stage, list.start());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, String code) {
        ComboBox<Choice<String>> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(c -> c.value().equals(code)).findFirst().orElseThrow()));
    }

    @Test
    void aMessyListIsCheckedThenImportedIntoTheRegister(FxRobot robot) {
        assertFalse(UiTestSupport.shown(robot, "#savedBox"), "no mapping saved in this register yet");
        robot.clickOn("#chooseFileButton");
        ImportWizardUiTest.next(robot, 2);
        ImportWizardUiTest.next(robot, 3);
        ImportWizardUiTest.next(robot, 4);
        choose(robot, "#val_gioi_tinh_0", "nam");
        choose(robot, "#val_gioi_tinh_1", "nu");
        ImportWizardUiTest.next(robot, 5);
        assertEquals("Sẽ thêm 3 trẻ mới, cập nhật 0 trẻ đã có trong sổ.", UiTestSupport.text(robot, "#checkHeadline"));
        assertEquals(List.of(), store.allChildren(), "the check writes nothing");

        robot.clickOn("#runImportButton");
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty());
        assertEquals(1, imports, "the children list is told");
        assertEquals(List.of("Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"),
                store.allChildren().stream().map(Child::getFullName).sorted().toList());
    }

    @Test
    void aMappingSavedAtTheCheckIsOfferedWhenTheWizardComesBackToTheFirstStep(FxRobot robot) {
        robot.clickOn("#chooseFileButton");
        ImportWizardUiTest.next(robot, 2);
        ImportWizardUiTest.next(robot, 3);
        ImportWizardUiTest.next(robot, 4);
        ImportWizardUiTest.next(robot, 5);
        robot.interact(() -> robot.lookup("#mappingNameField").queryTextInputControl().setText("DS trạm y tế"));
        robot.clickOn("#saveMappingButton");
        assertEquals(List.of("DS trạm y tế"), store.importMappings().names());
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#backButton");
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("(không dùng — để phần mềm tự đề xuất)", "DS trạm y tế"),
                robot.lookup("#savedBox").queryComboBox().getItems());
    }
}
