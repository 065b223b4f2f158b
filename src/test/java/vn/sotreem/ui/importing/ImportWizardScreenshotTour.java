package vn.sotreem.ui.importing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/**
 * Not a test: PNGs of the import wizard in /tmp/ui-shots, on a messy two-sheet workbook (run like
 * {@link ScreenshotTour}: {@code xvfb-run -a mvn -o test -Dtest=ImportWizardScreenshotTour -Dui.shots=true -Dtestfx.headless=false}).
 */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ImportWizardScreenshotTour {

    @TempDir
    Path dir;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Hà Thị Mai", LocalDate.of(2018, 7, 9), Sex.FEMALE, "Thôn Đông")));
        file = workbook(dir.resolve("DS tre em xa An Binh 2025.xlsx"));
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(new RecordingDialogs(), UiTestSupport.opening(() -> file), standard.runner(),
                () -> ImportWizardModelTest.TODAY)).start();
    }

    private static Path workbook(Path path) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ImportWizardModelTest.fill(wb.createSheet("Hướng dẫn"), List.of("Số liệu do trạm y tế cung cấp"));
            ImportWizardModelTest.fill(wb.createSheet("DS 2025"),
                    List.of("UBND XÃ AN BÌNH"), List.of("DANH SÁCH TRẺ EM DƯỚI 16 TUỔI NĂM 2025"), List.of(),
                    List.of("STT", "HỌ VÀ TÊN TRẺ", "Ngày", "Tháng", "Năm", "GT", "Dân tộc", "Thôn", "Họ tên mẹ", "SĐT", "Ghi chú"),
                    List.of("1", "Hà Thị Mai", "9", "7", "2018", "0", "Tày", "Thôn Đông", "Lương Thị Hiền", "0912345678", ""),
                    List.of("2", "Hà Văn Nam", "", "", "2016", "1", "Kinh", "Thôn Đông", "Vi Thị Lụa", "", "chuyển từ xã khác"),
                    List.of("3", "Nông Thị Hoa", "31", "2", "2019", "0", "Nùng", "Thôn Tây", "", "", ""),
                    List.of("4", "Lò Văn Tường", "15", "10", "2021", "1", "Thai", "Bản Mới", "Lò Thị Ơn", "", ""),
                    List.of("5", "Triệu Thị Mỹ", "2", "1", "2012", "0", "Dao", "Thôn Tây", "", "", ""));
            try (OutputStream out = Files.newOutputStream(path)) {
                wb.write(out);
            }
        }
        return path;
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void wizardScreens(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        ScreenshotTour.shoot(robot, stage, "wiz-0-children");
        robot.clickOn("#importListButton");
        UiTestSupport.waitFor(robot, "#chooseFileButton");
        Window wizard = robot.lookup("#stepTitle").query().getScene().getWindow();
        ScreenshotTour.shoot(robot, wizard, "wiz-1-file-empty");
        robot.clickOn("#chooseFileButton");
        ScreenshotTour.shoot(robot, wizard, "wiz-1-file");
        ImportWizardUiTest.next(robot, 2);
        ScreenshotTour.shoot(robot, wizard, "wiz-2-sheet");
        ImportWizardUiTest.next(robot, 3);
        ScreenshotTour.shoot(robot, wizard, "wiz-3-columns");
        robot.interact(() -> robot.lookup("#col_thon").queryAs(ComboBox.class).getSelectionModel().select(0));
        ScreenshotTour.shoot(robot, wizard, "wiz-3-columns-missing");
        robot.interact(() -> robot.lookup("#col_thon").queryAs(ComboBox.class).getSelectionModel().select(8));
        ImportWizardUiTest.next(robot, 4);
        ScreenshotTour.shoot(robot, wizard, "wiz-4-values");
        ImportWizardUiTest.next(robot, 5);
        ScreenshotTour.shoot(robot, wizard, "wiz-5-check-errors");
        robot.clickOn("#backButton");
        UiTestSupport.waitFor(robot, "#valuesBox");
        robot.interact(() -> {
            robot.lookup("#val_gioi_tinh_0").queryAs(ComboBox.class).getSelectionModel().select(1);
            robot.lookup("#val_gioi_tinh_1").queryAs(ComboBox.class).getSelectionModel().select(0);
        });
        ScreenshotTour.shoot(robot, wizard, "wiz-4-values-translated");
        ImportWizardUiTest.next(robot, 5);
        robot.clickOn("#mappingNameField").write("Danh sách trạm y tế");
        robot.clickOn("#saveMappingButton");
        ScreenshotTour.shoot(robot, wizard, "wiz-5-check");
    }
}
