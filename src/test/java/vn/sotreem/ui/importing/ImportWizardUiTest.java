package vn.sotreem.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.ComboBox;
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
import org.testfx.util.WaitForAsyncUtils;
import vn.sotreem.domain.child.Child;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** The "Nhập danh sách của xã" wizard from the children list: a messy CSV, then a saved mapping reused. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {

    @TempDir
    Path dir;
    private DataFolder folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private volatile Path fileToOpen;

    @Start
    void start(Stage stage) {
        folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of());
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(dialogs, UiTestSupport.opening(() -> fileToOpen), standard.runner(),
                () -> ImportWizardModelTest.TODAY)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownNames(FxRobot robot) {
        return robot.lookup("#childTable").queryAs(TableView.class).getItems().stream()
                .map(c -> ((Child) c).getFullName()).toList();
    }

    static void next(FxRobot robot, int toStep) {
        robot.clickOn("#nextButton");
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#stepTitle").startsWith("Bước " + toStep + "/5"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<Choice<T>> box(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static void choose(FxRobot robot, String id, String code) {
        ComboBox<Choice<String>> box = box(robot, id);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(c -> c.value().equals(code)).findFirst().orElseThrow()));
    }

    private void openWizard(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#importListButton");
        UiTestSupport.waitFor(robot, "#chooseFileButton");
    }

    private void importAndExpect(FxRobot robot, List<String> names) {
        robot.clickOn("#runImportButton");
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty());
        assertTrue(dialogs.infos.get(0).startsWith("Đã nhập xong: " + names.size() + " trẻ mới, 0 trẻ được cập nhật."),
                dialogs.infos.get(0));
        UiTestSupport.waitUntil(() -> shownNames(robot).size() == names.size());
        assertEquals(names, shownNames(robot));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aMessyCsvIsMappedTranslatedCheckedAndImported(FxRobot robot) throws Exception {
        fileToOpen = ImportWizardModelTest.messyCsv(dir);
        openWizard(robot);
        robot.clickOn("#chooseFileButton");
        next(robot, 2);
        assertEquals(2, robot.lookup("#headerRowBox").queryComboBox().getValue(), "the title row is skipped");
        assertTrue(UiTestSupport.text(robot, "#proposalLabel").contains("Giới tính ← Cột C “GT”"));
        next(robot, 3);
        assertEquals("Cột C “GT”", box(robot, "#col_gioi_tinh").getValue().label());
        assertEquals("Cột D “Thôn”", box(robot, "#col_thon").getValue().label());
        next(robot, 4);
        assertTrue(UiTestSupport.text(robot, "#valuesMessage").startsWith("Còn 2 giá trị chưa hiểu"));
        choose(robot, "#val_gioi_tinh_0", "nam"); // "1", the first value in the file
        choose(robot, "#val_gioi_tinh_1", "nu");
        assertEquals("Mọi giá trị đều đã hiểu.", UiTestSupport.text(robot, "#valuesMessage"));
        next(robot, 5);
        assertEquals("Sẽ thêm 3 trẻ mới, cập nhật 0 trẻ đã có trong sổ.", UiTestSupport.text(robot, "#checkHeadline"));
        assertTrue(!robot.lookup("#runImportButton").queryButton().isDisabled());
        importAndExpect(robot, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"));
    }

    @Test
    void aSavedMappingIsReusedOnNextMonthsList(FxRobot robot) throws Exception {
        ImportWizardModel earlier = new ImportWizardModel();
        earlier.open(ImportWizardModelTest.messyCsv(dir));
        earlier.translate("gioi_tinh", "1", "nam");
        earlier.translate("gioi_tinh", "0", "nu");
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            earlier.save("DS thôn", store.importMappings(), LocalDateTime.of(2026, 2, 1, 8, 0));
        }
        fileToOpen = dir.resolve("thang-4.csv");
        Files.writeString(fileToOpen, """
                DANH SÁCH THÁNG 4
                Thôn;GT;Họ và tên;Ngày sinh
                Thôn Tây;0;Lò Thị Dung;02/02/2021
                Thôn Đông;1;Vàng A Páo;12/12/2017
                """);
        openWizard(robot);
        robot.interact(() -> robot.lookup("#savedBox").queryComboBox().getSelectionModel().select("DS thôn"));
        robot.clickOn("#chooseFileButton");
        next(robot, 2);
        next(robot, 3);
        assertEquals("Cột C “Họ và tên”", box(robot, "#col_ho_ten").getValue().label(), "found again by its header");
        next(robot, 4);
        assertEquals("Mọi giá trị đều đã hiểu.", UiTestSupport.text(robot, "#valuesMessage"));
        next(robot, 5);
        assertEquals("Sẽ thêm 2 trẻ mới, cập nhật 0 trẻ đã có trong sổ.", UiTestSupport.text(robot, "#checkHeadline"));
        assertEquals("DS thôn", robot.lookup("#mappingNameField").queryTextInputControl().getText());
        importAndExpect(robot, List.of("Lò Thị Dung", "Vàng A Páo"));
    }
}
