package vn.sotreem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.report.IndicatorCatalogue;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.report.ReportHeader;

/** The example template shipped with the application: valid, up to date with its generator, and filled right. */
class ProvinceTemplateExampleTest {

    /**
     * Heading 7 (ten_xa, ngay_lap, ten_ky, tu_ngay, den_ngay, noi_nhan, do_mat); table I 4 × 7 + rate +
     * 3 supported = 32; table II 6 × 2 + 2 totals = 14; table III 12 rows × 6 = 72; signatures 2; footer 1.
     */
    private static final int PLACEHOLDERS = 128;

    @TempDir
    Path dir;

    @Test
    void theCheckedInExampleIsValid() {
        ProvinceTemplate t = ProvinceTemplate.read(ProvinceTemplate.EXAMPLE_FILE_NAME, ProvinceTemplate.example(),
                IndicatorCatalogue.bundled());
        assertEquals(PLACEHOLDERS, t.placeholderCount());
        assertTrue(t.placeholders().stream().anyMatch(p -> p.location().startsWith("chân trang")));
        assertTrue(t.placeholders().stream().map(TemplatePlaceholder::headerField)
                .toList().containsAll(List.of("ten_xa", "ten_ky", "tu_ngay", "den_ngay", "noi_nhan", "do_mat",
                        "nguoi_lap", "chu_tich")));
    }

    /** Run {@link TemplateExampleGenerator#main} when this fails after a change to the generator. */
    @Test
    void theCheckedInExampleIsWhatTheGeneratorWrites() throws IOException {
        assertEquals(parts(TemplateExampleGenerator.build()), parts(ProvinceTemplate.example()),
                "regenerate " + TemplateExampleGenerator.RESOURCE + " with TemplateExampleGenerator.main");
    }

    /**
     * The parts of the package (sheets, styles, strings…) and their text; not the zip's bytes, whose
     * timestamps differ from run to run, nor the creation date in {@code docProps/core.xml}.
     */
    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().equals("docProps/core.xml")) {
                    parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    @Test
    void theExampleFilledHoldsTheReportsValuesInItsOwnStyle() throws IOException {
        IndicatorReport report = TemplateTestRegister.october().report();
        ReportHeader header = TemplateTestRegister.header(report);
        ProvinceTemplate t = ProvinceTemplate.read(ProvinceTemplate.EXAMPLE_FILE_NAME, ProvinceTemplate.example(),
                IndicatorCatalogue.bundled());
        Path out = dir.resolve("BaoCao_04567_2026-10.xlsx");
        t.fill(report, header, out, Progress.NONE);

        try (XSSFWorkbook template = open(ProvinceTemplate.example());
             InputStream in = Files.newInputStream(out);
             XSSFWorkbook filled = new XSSFWorkbook(in)) {
            int numbers = 0;
            for (TemplatePlaceholder p : t.placeholders()) {
                if (p.isHeader() || !p.location().startsWith("ô ")) {
                    continue;
                }
                CellReference ref = new CellReference(p.location().substring(2));
                XSSFCell cell = cell(filled, ref);
                assertEquals(CellType.NUMERIC, cell.getCellType(), p.location());
                assertEquals(report.value(p.indicatorId(), p.breakdown()).orElseThrow().doubleValue(),
                        cell.getNumericCellValue(), p.location() + " " + p.text());
                assertEquals(cell(template, ref).getCellStyle().getIndex(), cell.getCellStyle().getIndex(), p.location());
                assertEquals("Times New Roman", cell.getCellStyle().getFont().getFontName());
                numbers++;
            }
            assertEquals(PLACEHOLDERS - 10, numbers, "every value placeholder is a number");
            assertTrue(numbers > 0);

            Map<String, String> fields = header.fields();
            XSSFSheet sheet = filled.getSheet("BaoCao");
            assertEquals("UBND " + fields.get("ten_xa"), text(sheet, "A1"));
            assertEquals("Kỳ báo cáo: " + fields.get("ten_ky"), text(sheet, "A6"));
            assertEquals("(Từ ngày 01/10/2026 đến ngày 31/10/2026)", text(sheet, "A7"));
            assertEquals("Kính gửi: Sở Y tế tỉnh Lào Cai", text(sheet, "A8"));
            assertTrue(holds(sheet, "Trần Văn Minh"), "the chairman signs");
            assertTrue(holds(sheet, "Nguyễn Thị Lan"), "the preparer signs");
            assertTrue(sheet.getFooter().getCenter().contains("Mẫu chỉ tiêu " + report.catalogueVersion()));

            // Some numbers the register was built to give.
            assertEquals(7, number(sheet, "C14"), "children");
            assertEquals(2, number(sheet, "C15"), "HCĐB children");
            assertEquals(28.57, number(sheet, "C18"), "HCĐB rate");

            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("{{"),
                            cell.getAddress() + " still holds a placeholder");
                }
            }
            assertFalse(sheet.getFooter().getCenter().contains("{{"));
            assertEquals(template.getSheet("BaoCao").getNumMergedRegions(), sheet.getNumMergedRegions());
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFCell cell(XSSFWorkbook wb, CellReference ref) {
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static String text(XSSFSheet sheet, String address) {
        CellReference ref = new CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue();
    }

    private static double number(XSSFSheet sheet, String address) {
        CellReference ref = new CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue();
    }

    private static boolean holds(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
