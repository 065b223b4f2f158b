package vn.sotreem.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.Dialogs;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Import and export from the window: background work, the dry-run summary, and the result. */
@ExtendWith(ApplicationExtension.class)
class ExchangeUiTest {

    @TempDir
    Path dir;
    private DataFolder folder;
    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile Path fileToOpen;

    @Start
    void start(Stage stage) {
        folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2016, 9, 12), Sex.MALE, "Thôn Tây")));
        Dialogs recording = new Dialogs() {
            @Override
            public void showError(Window owner, String message) {
                errors.add(message);
            }

            @Override
            public void showInfo(Window owner, String message) {
                infos.add(message);
            }

            @Override
            public boolean confirm(Window owner, String message, String yes) {
                return true;
            }
        };
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
        new AppWindow(stage, folder, new UiServices(recording, picker, standard.runner(), standard.today())).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void openList(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
    }

    @SuppressWarnings("unchecked")
    private List<String> shownNames(FxRobot robot) {
        return robot.lookup("#childTable").queryAs(TableView.class).getItems().stream()
                .map(c -> ((Child) c).getFullName()).toList();
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

    private Button button(FxRobot robot, String text) {
        UiTestSupport.waitUntil(() -> robot.lookup(n -> n instanceof Button b && text.equals(b.getText())).tryQuery().isPresent());
        return robot.lookup(n -> n instanceof Button b && text.equals(b.getText())).queryButton();
    }

    @Test
    void exportWritesTheRegisterAndSaysWhere(FxRobot robot) throws Exception {
        openList(robot);
        robot.clickOn("#exportButton");
        UiTestSupport.waitUntil(() -> !infos.isEmpty());
        assertTrue(infos.get(0).startsWith("Đã xuất 2 trẻ ra tệp:"), infos.get(0));
        Path written;
        try (var files = Files.list(dir)) {
            written = files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(written.toFile())) {
            Sheet sheet = wb.getSheet("TreEm");
            assertEquals(2, sheet.getLastRowNum());
            assertEquals("Nguyễn Văn Đức", sheet.getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void importShowsTheCheckThenAddsTheChildren(FxRobot robot) throws Exception {
        fileToOpen = workbook("moi.xlsx",
                new String[] {"Lò Thị Mây", "01/06/2020", "Nữ", "Thôn Đông"},
                new String[] {"Vàng A Páo", "12/12/2017", "Nam", "Bản Mới"});
        openList(robot);
        robot.clickOn("#importButton");
        robot.clickOn(button(robot, "Tiếp tục")); // Ba Đình took in old wards: the file is its own
        robot.clickOn(button(robot, "Nhập"));
        UiTestSupport.waitUntil(() -> !infos.isEmpty());
        assertEquals("Đã nhập xong: 2 trẻ mới, 0 trẻ được cập nhật. Thôn mới: Bản Mới.", infos.get(0));
        UiTestSupport.waitUntil(() -> shownNames(robot).size() == 4);
        assertEquals(List.of("Nguyễn Văn Đức", "Trần Thị Hoà", "Lò Thị Mây", "Vàng A Páo"), shownNames(robot));
    }

    @Test
    void importWithAnErrorShowsWhereAndChangesNothing(FxRobot robot) throws Exception {
        fileToOpen = workbook("loi.xlsx",
                new String[] {"Lò Thị Mây", "01/06/2020", "Nữ", "Thôn Đông"},
                new String[] {"Vàng A Páo", "31/02/2017", "Nam", "Thôn Đông"});
        openList(robot);
        robot.clickOn("#importButton");
        robot.clickOn(button(robot, "Tiếp tục"));
        Button close = button(robot, "Đóng");
        String shown = robot.lookup("#importIssues").queryAs(TextArea.class).getText();
        assertTrue(shown.contains("Lỗi — Sheet TreEm, dòng 3, cột Ngày sinh: “31/02/2017” không phải ngày hợp lệ."), shown);
        assertTrue(robot.lookup(n -> n instanceof Button b && "Nhập".equals(b.getText())).tryQuery().isEmpty(),
                "no Nhập button when the file has errors");
        robot.clickOn(close);
        assertEquals(List.of(), infos);
        assertEquals(List.of("Nguyễn Văn Đức", "Trần Thị Hoà"), shownNames(robot));
    }
}
