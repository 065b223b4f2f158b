package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.Confidentiality;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.RegisterStore;

/** The exported file read back with POI: what Excel will show. */
class RegisterWorkbookExporterTest {

    @TempDir
    Path dir;

    private Path exportSample(Path folder) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("so.xlsx");
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông", "Thôn Hoà Bình")) {
            RegisterWorkbookRoundTripTest.saveAll(store, RegisterWorkbookRoundTripTest.sampleChildren());
            assertEquals(7, new RegisterWorkbookExporter(store, TestWorkbooks.TODAY).export(file, Progress.NONE));
        }
        return file;
    }

    private static Row rowOfCode(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    void exportedSheetHasLabelsRealDatesAndTextIds() throws Exception {
        Path file = exportSample(dir.resolve("out"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertEquals(List.of("TreEm", "HCDB", "TroGiup"), List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            Sheet sheet = workbook.getSheet("TreEm");
            Row header = sheet.getRow(0);
            List<String> labels = new ArrayList<>();
            header.forEach(cell -> labels.add(cell.getStringCellValue()));
            List<String> expected = new ArrayList<>(Arrays.stream(ChildField.values()).map(ChildField::label).toList());
            expected.add("Ngày ước lượng tuổi");
            assertEquals(expected, labels);
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(7, sheet.getLastRowNum());
            assertTrue(sheet.getColumnWidth(ChildField.FULL_NAME.ordinal()) >= 20 * 256);
            // No header is cut off on screen or on paper: every column is wider than its label.
            for (Sheet each : workbook) {
                for (Cell cell : each.getRow(0)) {
                    assertTrue(each.getColumnWidth(cell.getColumnIndex()) > cell.getStringCellValue().length() * 256,
                            each.getSheetName() + " / " + cell.getStringCellValue());
                }
            }
            assertEquals(Confidentiality.MARK, sheet.getHeader().getCenter());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString());

            // Name order: given name first (An, Đức, Hoà/Hòa, Khánh, Mỷ, Páo).
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= 7; r++) {
                names.add(sheet.getRow(r).getCell(ChildField.FULL_NAME.ordinal()).getStringCellValue());
            }
            assertEquals(List.of("Nguyễn Văn An", "Phạm Minh Đức"), names.subList(0, 2));
            assertEquals(List.of("Vũ Khánh", "Giàng Thị Mỷ", "Lò Văn Páo"), names.subList(4, 7));

            Row hoa = rowOfCode(sheet, "TE000001");
            Cell birth = hoa.getCell(ChildField.BIRTH_DATE.ordinal());
            assertEquals(CellType.NUMERIC, birth.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(birth));
            assertEquals("dd/mm/yyyy", birth.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2018, 3, 5), birth.getLocalDateTimeCellValue().toLocalDate());
            Cell id = hoa.getCell(ChildField.PERSONAL_ID.ordinal());
            assertEquals(CellType.STRING, id.getCellType());
            assertEquals("001318000123", id.getStringCellValue());
            Cell phone = hoa.getCell(ChildField.PHONE.ordinal());
            assertEquals(CellType.STRING, phone.getCellType());
            assertEquals("0912345678", phone.getStringCellValue());
            assertEquals(CellType.STRING, hoa.getCell(ChildField.CODE.ordinal()).getCellType());
            assertEquals("Nữ", hoa.getCell(ChildField.SEX.ordinal()).getStringCellValue());
            assertEquals("Kinh", hoa.getCell(ChildField.ETHNICITY.ordinal()).getStringCellValue());
            assertEquals("Hộ nghèo", hoa.getCell(ChildField.POVERTY.ordinal()).getStringCellValue());
            assertEquals("Đang sinh sống tại xã", hoa.getCell(ChildField.STATUS.ordinal()).getStringCellValue());
            assertNull(hoa.getCell(ChildField.ESTIMATED_AGE.ordinal()));
            assertNull(hoa.getCell(ChildField.STATUS_DATE.ordinal()));
            Cell note = hoa.getCell(ChildField.NOTE.ordinal());
            assertEquals(CellType.STRING, note.getCellType());
            assertEquals("- mồ côi cha\n=SUM(A1:A2) không phải công thức", note.getStringCellValue());
            assertTrue(note.getCellStyle().getQuotePrefixed());
            assertFalse(hoa.getCell(ChildField.FULL_NAME.ordinal()).getCellStyle().getQuotePrefixed());

            // An estimated birth date is never written as a known one: no ngay_sinh, the age and its day instead.
            int estimateDay = ChildField.values().length;
            assertNull(hoa.getCell(estimateDay), "a known birth date has no day of estimate");
            Row estimated = rowOfCode(sheet, "TE000003");
            assertNull(estimated.getCell(ChildField.BIRTH_DATE.ordinal()));
            assertEquals(4.0, estimated.getCell(ChildField.ESTIMATED_AGE.ordinal()).getNumericCellValue());
            assertEquals(LocalDate.of(2024, 6, 1), estimated.getCell(estimateDay).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(DateUtil.isCellDateFormatted(estimated.getCell(estimateDay)));
            // No entry date: the age on the export day (01/03/2026) of a child born 28/02/2019, on its birthday.
            Row noEntry = rowOfCode(sheet, "TE000004");
            assertNull(noEntry.getCell(ChildField.BIRTH_DATE.ordinal()));
            assertEquals(7.0, noEntry.getCell(ChildField.ESTIMATED_AGE.ordinal()).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 2, 28), noEntry.getCell(estimateDay).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Người nước ngoài",
                    rowOfCode(sheet, "TE000004").getCell(ChildField.ETHNICITY.ordinal()).getStringCellValue());

            Row moved = rowOfCode(sheet, "TE000005");
            assertEquals("Đã chuyển đi", moved.getCell(ChildField.STATUS.ordinal()).getStringCellValue());
            assertEquals(LocalDate.of(2025, 8, 1),
                    moved.getCell(ChildField.STATUS_DATE.ordinal()).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Đã mất", rowOfCode(sheet, "TE000006").getCell(ChildField.STATUS.ordinal()).getStringCellValue());
            assertEquals("Không xác định", rowOfCode(sheet, "X-7").getCell(ChildField.SEX.ordinal()).getStringCellValue());
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("so.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void cancelledExportLeavesNoFileAndKeepsAnOldOne() throws Exception {
        Path folder = dir.resolve("out");
        Files.createDirectories(folder);
        Path file = folder.resolve("so.xlsx");
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông", "Thôn Hoà Bình")) {
            RegisterWorkbookRoundTripTest.saveAll(store, RegisterWorkbookRoundTripTest.sampleChildren());
            RegisterWorkbookExporter exporter = new RegisterWorkbookExporter(store, TestWorkbooks.TODAY);
            assertThrows(Progress.CancelledException.class, () -> exporter.export(file, cancelAfterRows(3)));
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of(), files.toList());
            }

            Files.writeString(file, "bản cũ");
            assertThrows(Progress.CancelledException.class, () -> exporter.export(file, cancelAfterRows(1)));
            assertEquals("bản cũ", Files.readString(file));
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of("so.xlsx"), files.map(p -> p.getFileName().toString()).toList());
            }

            assertEquals(7, exporter.export(file, Progress.NONE));
            try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
                assertEquals(7, workbook.getSheet("TreEm").getLastRowNum());
            }
        }
    }

    @Test
    void exportIntoAMissingFolderSaysSoInVietnamese() {
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            Path file = dir.resolve("khong-co").resolve("so.xlsx");
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> new RegisterWorkbookExporter(store, TestWorkbooks.TODAY).export(file, Progress.NONE));
            assertEquals("Không ghi được vào thư mục " + file.getParent().toAbsolutePath()
                    + " (thư mục không tồn tại, chỉ đọc hoặc không có quyền ghi). Hãy chọn thư mục khác.", e.getMessage());
            assertFalse(Files.exists(file));
        }
    }

    /** A Progress that is cancelled once {@code rows} rows were reported. */
    static Progress cancelAfterRows(long rows) {
        return new Progress() {
            private long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= rows;
            }
        };
    }
}
