package vn.sotreem.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.shell.AppWindow;

/**
 * "Nhập từ Excel…" in a commune that took in old communes in 2025 (07918 Phường Vân Phú took Vân
 * Phú, Phượng Lâu, Kim Đức and Hùng Lô): the officer says whose register the file is, as the
 * command line's {@code --old-commune}, and each imported child records that old commune.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeOldCommuneUiTest {

    static final RegisterInfo VAN_PHU = new RegisterInfo("07918", "Phường Vân Phú", "25", "Tỉnh Phú Thọ",
            UiTestSupport.INFO.officerName());

    @TempDir
    Path dir;
    private AppWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private volatile Path fileToOpen;

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (RegisterStore store = RegisterStore.create(folder, VAN_PHU, UiTestSupport.PASSWORD.toCharArray(), List.of("Khu 1"))) {
            store.saveChild(UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Khu 1"));
        }
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> workbookToOpen(Window owner) {
                return Optional.ofNullable(fileToOpen);
            }

            @Override
            public Optional<Path> workbookToSave(Window owner, String suggestedName) {
                return Optional.of(dir.resolve(suggestedName));
            }
        };
        UiServices standard = UiServices.standard();
        window = new AppWindow(stage, folder, new UiServices(dialogs, picker, standard.runner(), standard.today()));
        window.start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Path workbook(String name, String[]... rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("TreEm");
            String[] header = {"Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static Button button(FxRobot robot, String text) {
        UiTestSupport.waitUntil(() -> robot.lookup(n -> n instanceof Button b && text.equals(b.getText())).tryQuery().isPresent());
        return robot.lookup(n -> n instanceof Button b && text.equals(b.getText())).queryButton();
    }

    private Optional<Child> inList(String name) {
        return window.main().children().model().all().stream().filter(c -> c.getFullName().equals(name)).findFirst();
    }

    @Test
    void theOfficerSaysTheFileIsAnOldCommunesAndItsChildrenRecordIt(FxRobot robot) throws Exception {
        UiTestSupport.login(robot, VAN_PHU.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);

        // Cancelled: nothing is checked or imported.
        fileToOpen = workbook("phuong-lau.xlsx", new String[] {"Lò Thị Mây", "01/06/2020", "Nữ", "Khu 1"});
        robot.clickOn("#importButton");
        UiTestSupport.waitFor(robot, "#oldCommuneChoiceBox");
        robot.clickOn(button(robot, "Hủy"));
        assertTrue(robot.lookup("#importIssues").tryQuery().isEmpty());
        assertTrue(inList("Lò Thị Mây").isEmpty());

        robot.clickOn("#importButton");
        UiTestSupport.waitFor(robot, "#oldCommuneChoiceBox");
        @SuppressWarnings("unchecked")
        ComboBox<OldCommuneDialog.Choice> box = robot.lookup("#oldCommuneChoiceBox").queryAs(ComboBox.class);
        assertEquals(java.util.Arrays.asList(null, "07918", "07921", "08281", "08287"), box.getItems().stream().map(OldCommuneDialog.Choice::code).toList());
        assertEquals("Sổ của Phường Vân Phú (không phải của xã cũ)", box.getValue().text());
        OldCommuneDialog.Choice phuongLau = box.getItems().get(2);
        assertTrue(phuongLau.text().startsWith("Sổ của xã cũ: Xã Phượng Lâu"), phuongLau.text());
        robot.interact(() -> box.getSelectionModel().select(phuongLau));
        robot.clickOn(button(robot, "Tiếp tục"));
        robot.clickOn(button(robot, "Nhập"));
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty());
        assertEquals("Đã nhập xong: 1 trẻ mới, 0 trẻ được cập nhật.", dialogs.infos.get(0));
        UiTestSupport.waitUntil(() -> inList("Lò Thị Mây").isPresent());
        assertEquals("07921", inList("Lò Thị Mây").orElseThrow().getOriginCommuneCode(), "the old commune chosen");
        assertNull(inList("Trần Thị Hoà").orElseThrow().getOriginCommuneCode(), "a child already there is untouched");
    }
}
