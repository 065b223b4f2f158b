package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.exchange.tabular.TabularFile;
import vn.sotreem.exchange.tabular.TabularXlsx;
import vn.sotreem.exchange.tabular.WorkbookFiles;

/**
 * The shared cell helpers through a small sheet shaped like the later ones (a yes/no, a money and
 * a several-values column): a new sheet is a column list and a row parser.
 */
class SheetReaderTest {

    @TempDir
    Path dir;

    record Support(String code, LocalDate date, boolean done, Long amount, List<ChildStatus> kinds) {
    }

    static final class SupportSheet extends SheetSpec<Support> {
        SupportSheet() {
            super("TroGiup", List.of(SheetColumn.required("ma_tre", "Mã trẻ"), SheetColumn.required("ngay", "Ngày trợ giúp"),
                    SheetColumn.optional("da_ho_tro", "Đã được hỗ trợ, can thiệp"),
                    SheetColumn.optional("kinh_phi", "Kinh phí (đồng)"), SheetColumn.optional("loai", "Loại")));
        }

        @Override
        public Support parse(SheetRow row) {
            return new Support(row.text("ma_tre"), row.date("ngay"), row.yesNo("da_ho_tro", false), row.money("kinh_phi"),
                    row.codes("loai", SheetRow.listOf(ChildStatus.values()), SheetRow.oneOf(ChildStatus.values())));
        }
    }

    @Test
    void yesNoMoneyAndSeveralCodesFollowTheWorkbookRules() {
        Path file = TestWorkbooks.write(dir.resolve("trogiup.xlsx"), "Tro giup",
                row("Mã trẻ", "ngay", "Đã được hỗ trợ, can thiệp", "KINH PHI (đồng)", "loai"),
                List.of(
                        row("T1", "01/02/2025", "Có", "1.500.000", "da_mat; Đã chuyển đi"),
                        row("T2", LocalDate.of(2025, 2, 2), "x", 200000, null),
                        row("T3", "02/03/2025", "khong", "1 500 000", "dang_song;;DANG SINH SONG TAI XA"),
                        row("T4", "03/03/2025", null, "2,000", null),
                        row("T5", "04/03/2025", "có lẽ", "1,5 triệu", "da_mat;abc;xyz"),
                        row("T6", "05/03/2025", "Không", -5, null)));
        List<ImportIssue> issues = new ArrayList<>();
        SheetReader reader = new SheetReader(WorkbookFiles.open(file), Progress.NONE);
        SheetReader.Sheet<Support> sheet = reader.add(new SupportSheet());
        reader.read(issues);
        SheetReader.SheetContent<Support> content = sheet.content();
        assertTrue(content.present());
        assertEquals("Tro giup", content.sheetName());
        assertEquals(List.of(
                new Support("T1", LocalDate.of(2025, 2, 1), true, 1_500_000L, List.of(ChildStatus.DIED, ChildStatus.MOVED_AWAY)),
                new Support("T2", LocalDate.of(2025, 2, 2), true, 200_000L, List.of()),
                new Support("T3", LocalDate.of(2025, 3, 2), false, 1_500_000L, List.of(ChildStatus.LIVING_HERE)),
                new Support("T4", LocalDate.of(2025, 3, 3), false, 2_000L, List.of())),
                content.validRows().stream().map(SheetReader.ParsedRow::value).toList());
        assertFalse(content.rows().get(4).valid());
        assertEquals(List.of(
                new ImportIssue("Tro giup", 6, "Đã được hỗ trợ, can thiệp", Severity.ERROR,
                        "“có lẽ” không hợp lệ: hãy ghi Có hoặc Không."),
                new ImportIssue("Tro giup", 6, "Kinh phí (đồng)", Severity.ERROR,
                        "“1,5 triệu” không phải số tiền. Hãy ghi số đồng, ví dụ 1.500.000."),
                new ImportIssue("Tro giup", 6, "Loại", Severity.ERROR, "Loại “abc”, “xyz” không có trong danh sách. "
                        + "Hãy ghi một trong: Đang sinh sống tại xã, Đã chuyển đi, Đã mất."),
                new ImportIssue("Tro giup", 7, "Kinh phí (đồng)", Severity.ERROR,
                        "Số -5 không hợp lệ: cần số nguyên không âm.")),
                issues);
    }

    /**
     * The file is streamed, not loaded: cells still come as the officer sees them in Excel. Formulas
     * give their cached result (text, number, date, yes/no), booleans are Có/Không, an error cell is
     * its Excel text, a number formatted with thousands stays a number, and a workbook in the Mac 1904
     * date system keeps its dates.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void formulasBooleansErrorsAndThe1904DateSystem(boolean date1904) throws Exception {
        Path file = dir.resolve("cong-thuc.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            if (date1904) { // a new workbook already has its workbookPr: a second one would be ignored
                var properties = workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                        : workbook.getCTWorkbook().addNewWorkbookPr();
                properties.setDate1904(true);
            }
            assertEquals(date1904, workbook.isDate1904());
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Sheet sheet = workbook.createSheet("TroGiup");
            Row header = sheet.createRow(0);
            List<String> labels = List.of("ma_tre", "ngay", "da_ho_tro", "kinh_phi");
            for (int c = 0; c < labels.size(); c++) {
                header.createCell(c).setCellValue(labels.get(c));
            }
            Row formulas = sheet.createRow(1);
            formulas.createCell(0).setCellFormula("\"T\"&\"7\"");
            // 65 days after the date below, in the workbook's own date system (POI's DATE() always
            // counts from 1900, which would not test the 1904 system).
            formulas.createCell(1).setCellFormula("B3+65");
            formulas.getCell(1).setCellStyle(dateStyle);
            formulas.createCell(2).setCellFormula("1=1");
            formulas.createCell(3).setCellFormula("1000*2");
            Row values = sheet.createRow(2);
            values.createCell(0).setCellValue("T8");
            values.createCell(1).setCellValue(LocalDate.of(2024, 12, 31));
            values.getCell(1).setCellStyle(dateStyle);
            values.createCell(2).setCellValue(false);
            values.createCell(3).setCellValue(1_500_000);
            values.getCell(3).setCellStyle(thousands);
            Row broken = sheet.createRow(3);
            broken.createCell(0).setCellValue("T9");
            broken.createCell(1).setCellErrorValue(FormulaError.NA.getCode());
            broken.createCell(2).setCellValue(true);
            broken.createCell(3).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves cached results
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        List<ImportIssue> issues = new ArrayList<>();
        SheetReader reader = new SheetReader(WorkbookFiles.open(file), Progress.NONE);
        SheetReader.Sheet<Support> sheet = reader.add(new SupportSheet());
        reader.read(issues);
        SheetReader.SheetContent<Support> content = sheet.content();

        assertEquals(List.of(
                new Support("T7", LocalDate.of(2025, 3, 6), true, 2_000L, List.of()),
                new Support("T8", LocalDate.of(2024, 12, 31), false, 1_500_000L, List.of())),
                content.validRows().stream().map(SheetReader.ParsedRow::value).toList());
        assertEquals(List.of(
                new ImportIssue("TroGiup", 4, "Ngày trợ giúp", Severity.ERROR,
                        "“#N/A” không phải ngày hợp lệ. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 05/03/2018."),
                new ImportIssue("TroGiup", 4, "Kinh phí (đồng)", Severity.ERROR,
                        "“#DIV/0!” không phải số tiền. Hãy ghi số đồng, ví dụ 1.500.000.")),
                issues);
    }

    @Test
    void aFailureOfOurOwnCodeOnAWellReadRowIsNotCalledADamagedFile() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("tot.xlsx"), "TreEm", row("Họ và tên"), List.of());
        IllegalStateException bug = assertThrows(IllegalStateException.class, () -> TabularFile.open(file).read("TreEm", row -> {
            throw new IllegalStateException("lỗi của chương trình");
        }));
        assertEquals("lỗi của chương trình", bug.getMessage(), "the error itself, to be logged and fixed");
    }

    @Test
    void cellReferencesGiveTheirColumn() {
        assertEquals(List.of(0, 16, 25, 26, 27, 701, 702), List.of("A1", "Q20001", "Z3", "AA1", "AB12", "ZZ9", "AAA1")
                .stream().map(TabularXlsx::column).toList());
    }
}
