package vn.sotreem.exchange.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Confidentiality;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.exchange.workbook.TestWorkbooks;

/** The audit log written to Excel by a real register, read back with POI. */
class AuditWorkbookExporterTest {

    @TempDir
    Path dir;

    private RegisterStore registerWithSomeHistory() {
        RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông");
        Child c = new Child();
        c.setFullName("Trần Thị Hoà");
        c.setBirthDate(LocalDate.of(2018, 3, 5));
        c.setSex(Sex.FEMALE);
        c.setVillage("Thôn Đông");
        store.saveChild(c);
        store.audit(AuditAction.UPDATE, "ghi_chu", "=1+1", "+ một dòng\nvà dòng thứ hai");
        return store;
    }

    @Test
    void writesEveryEntryWithRealTimesLabelsAndTheMark() throws Exception {
        Path file = dir.resolve("nhat-ky.xlsx");
        List<AuditEntry> expected;
        try (RegisterStore store = registerWithSomeHistory()) {
            expected = store.auditEntries(AuditFilter.all(), 1000);
            int written = new AuditWorkbookExporter(store).export(file, AuditFilter.all(), "tất cả", Progress.NONE);
            assertEquals(expected.size(), written);
            // The export itself is in the log: what, the filter and the file name.
            AuditEntry export = store.auditEntries(new AuditFilter(null, AuditAction.EXPORT, null, null, null), 10).get(0);
            assertEquals("nhat_ky", export.entity());
            assertTrue(export.details().contains(written + " dòng"), export.details());
            assertTrue(export.details().contains("lọc: tất cả"), export.details());
            assertTrue(export.details().contains("nhat-ky.xlsx"), export.details());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheet("NhatKy");
            Row header = sheet.getRow(0);
            assertEquals(List.of("Thời gian", "Người dùng", "Thao tác", "Đối tượng", "Mã", "Chi tiết"),
                    Stream.iterate(0, i -> i + 1).limit(6).map(i -> header.getCell(i).getStringCellValue()).toList());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertEquals(1, pane.getHorizontalSplitTopRow());
            assertEquals(Confidentiality.MARK, sheet.getHeader().getCenter());
            assertEquals(expected.size(), sheet.getLastRowNum());

            for (int r = 1; r <= expected.size(); r++) {
                AuditEntry entry = expected.get(r - 1);
                Row row = sheet.getRow(r);
                Cell at = row.getCell(0);
                assertEquals(CellType.NUMERIC, at.getCellType());
                assertTrue(DateUtil.isCellDateFormatted(at));
                assertEquals("dd/mm/yyyy hh:mm", at.getCellStyle().getDataFormatString());
                assertEquals(entry.at().withNano(0), at.getLocalDateTimeCellValue().withNano(0));
                assertEquals(entry.userName(), row.getCell(1).getStringCellValue());
                assertEquals(entry.action().label(), row.getCell(2).getStringCellValue());
            }
            Row custom = sheet.getRow(1); // newest first
            assertEquals("Sửa", custom.getCell(2).getStringCellValue());
            assertEquals("ghi_chu", custom.getCell(3).getStringCellValue());
            assertEquals("=1+1", custom.getCell(4).getStringCellValue());
            assertTrue(custom.getCell(4).getCellStyle().getQuotePrefixed(), "formula-like text stays text");
            assertEquals("+ một dòng\nvà dòng thứ hai", custom.getCell(5).getStringCellValue());
            assertTrue(custom.getCell(5).getCellStyle().getWrapText());
            assertTrue(Stream.iterate(1, i -> i + 1).limit(expected.size()).map(sheet::getRow)
                    .filter(row -> "Tạo".equals(row.getCell(2).getStringCellValue())).count() >= 2,
                    "the register's and the child's creation");
            assertTrue(Stream.iterate(1, i -> i + 1).limit(expected.size()).map(sheet::getRow)
                    .anyMatch(row -> "Trẻ em".equals(row.getCell(3).getStringCellValue())), "kinds of record in words");
        }
    }

    @Test
    void writesOnlyWhatTheFilterSelects() throws Exception {
        Path file = dir.resolve("dang-nhap.xlsx");
        try (RegisterStore store = registerWithSomeHistory()) {
            store.audit(AuditAction.LOGIN, "dang_nhap", "Nguyễn Thị Lan", "Đăng nhập");
            AuditFilter logins = new AuditFilter(null, AuditAction.LOGIN, null, null, null);
            assertEquals(1, new AuditWorkbookExporter(store).export(file, logins, "thao tác Đăng nhập", Progress.NONE));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheet("NhatKy");
            assertEquals(1, sheet.getLastRowNum());
            assertEquals("Đăng nhập", sheet.getRow(1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void cancelledExportLeavesNoFileAndNoEntry() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (RegisterStore store = registerWithSomeHistory()) {
            assertThrows(Progress.CancelledException.class,
                    () -> new AuditWorkbookExporter(store).export(out.resolve("x.xlsx"), AuditFilter.all(), "tất cả", cancelled));
            assertTrue(store.auditEntries(new AuditFilter(null, AuditAction.EXPORT, null, null, null), 10).isEmpty());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void onlyAnAdministratorMayExportTheLog() {
        DataFolder folder = new DataFolder(dir.resolve("db"));
        try (RegisterStore store = registerWithSomeHistory()) {
            store.accounts().add("Người Xem", Role.OFFICER, "mat-khau-xem-1".toCharArray());
        }
        try (RegisterStore officer = RegisterStore.open(folder, "Người Xem", "mat-khau-xem-1".toCharArray())) {
            assertThrows(vn.sotreem.domain.common.UserFacingException.class, () -> new AuditWorkbookExporter(officer)
                    .export(dir.resolve("y.xlsx"), AuditFilter.all(), "tất cả", Progress.NONE));
        }
        assertFalse(Files.exists(dir.resolve("y.xlsx")));
    }
}
