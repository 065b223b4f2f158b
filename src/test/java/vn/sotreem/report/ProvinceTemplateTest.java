package vn.sotreem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotreem.domain.report.IndicatorCatalogue;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.UserFacingException;

/** Province templates built cell by cell here, read, checked, filled and read back with POI. */
class ProvinceTemplateTest {

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.bundled();

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ helpers

    /** A workbook with sheet "BaoCao" holding {@code texts} (address → text) in Times New Roman. */
    private static byte[] template(Map<String, String> texts) {
        return template(texts, wb -> { });
    }

    private static byte[] template(Map<String, String> texts, Consumer<XSSFWorkbook> more) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("BaoCao");
            XSSFFont font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 13);
            XSSFCellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            texts.forEach((address, text) -> {
                XSSFCell cell = cell(sheet, address);
                cell.setCellValue(text);
                cell.setCellStyle(style);
            });
            more.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static XSSFCell cell(XSSFSheet sheet, String address) {
        CellAddress a = new CellAddress(address);
        XSSFRow row = sheet.getRow(a.getRow()) == null ? sheet.createRow(a.getRow()) : sheet.getRow(a.getRow());
        return row.getCell(a.getColumn()) == null ? row.createCell(a.getColumn()) : row.getCell(a.getColumn());
    }

    private static Map<String, String> cells(String... addressesAndTexts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < addressesAndTexts.length; i += 2) {
            map.put(addressesAndTexts[i], addressesAndTexts[i + 1]);
        }
        return map;
    }

    private static ProvinceTemplate read(byte[] bytes) {
        return ProvinceTemplate.read("mau-tinh.xlsx", bytes, CATALOGUE);
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(UserFacingException.class, () -> read(bytes)).getMessage();
    }

    /** Fills and opens the result. */
    private XSSFWorkbook fill(ProvinceTemplate template, IndicatorReport report, ReportHeader header) throws IOException {
        Path out = dir.resolve("bao-cao.xlsx");
        template.fill(report, header, out, Progress.NONE);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static XSSFCell at(XSSFWorkbook wb, String address) {
        CellAddress a = new CellAddress(address);
        return wb.getSheet("BaoCao").getRow(a.getRow()).getCell(a.getColumn());
    }

    private static double value(IndicatorReport report, String id, String breakdown) {
        return report.value(id, breakdown).orElseThrow().doubleValue();
    }

    // ------------------------------------------------------------------ reading

    @Test
    void placeholdersAreFoundNormalisedAndNamedByCell() {
        ProvinceTemplate t = read(template(cells(
                "A1", "Xã: {{ten_xa}}, kỳ {{ky}}",
                "C7", "{{tntt.so_tre|gioi_tinh=nu;loai=8}}",
                "C8", "{{ tntt.so_tre | loai = 08 ; gioi_tinh = nu }}",
                "C9", "{{tntt.so_tre|loai=08;gioi_tinh=nu}}",
                "D2", "không phải {chỗ điền}")));
        assertEquals(5, t.placeholderCount());
        List<TemplatePlaceholder> p = t.placeholders();
        assertEquals("ô BaoCao!A1", p.get(0).location());
        assertEquals("ten_xa", p.get(0).headerField());
        assertEquals("ky", p.get(1).headerField());
        for (TemplatePlaceholder value : p.subList(2, 5)) {
            assertEquals("tntt.so_tre", value.indicatorId());
            assertEquals("loai=08;gioi_tinh=nu", value.breakdown());
            assertFalse(value.isHeader());
            assertNull(value.village());
        }
        assertEquals("ô BaoCao!C7", p.get(2).location());
        assertEquals("{{tntt.so_tre|gioi_tinh=nu;loai=8}}", p.get(2).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "{{tntt.so_tree}}                       # chỉ tiêu “tntt.so_tree” không có trong danh mục",
        "{{ten_xaa}}                            # trường “ten_xaa” không có",
        "{{tntt.so_tre|gioi=nu}}                # phân tổ “gioi” không có",
        "{{tntt.so_tre|loai=12}}                # mã “12” không có trong danh sách loai",
        "{{tntt.so_tre|gioi_tinh=nữ}}           # mã “nữ” không có trong danh sách gioi_tinh",
        "{{hcdb.ty_le|gioi_tinh=nu}}            # chỉ tiêu “hcdb.ty_le” không báo cáo theo phân tổ gioi_tinh",
        "{{tntt.khuyet_tat|thon=Thôn Hòa}}      # không báo cáo theo phân tổ thon",
        "{{tntt.so_tre|loai=08;loai=09}}        # phân tổ “loai” được ghi hai lần",
        "{{tntt.so_tre|loai=08;gioi_tinh}}      # “gioi_tinh” không có dạng khóa=mã",
        "{{tntt.so_tre|loai=}}                  # thiếu mã sau “loai=”",
        "Tổng: {{tntt.so_tre                    # “{{” không có “}}” đóng lại",
        "{{ten_xa}} và {{tntt.so_tre            # “{{” không có “}}” đóng lại",
        "tntt.so_tre}}                          # có “}}” mà không có “{{”",
        "{{}}                                   # thiếu tên chỉ tiêu hoặc tên trường",
        "{{ten_xa|gioi_tinh=nu}}                # trường “ten_xa” không có phân tổ",
    })
    void unknownOrMalformedPlaceholderIsRefusedNamingTheCell(String text, String expected) {
        String message = refusal(template(cells("A1", "{{ten_xa}}", "C7", text)));
        assertTrue(message.startsWith("Mẫu “mau-tinh.xlsx”: ô BaoCao!C7: "), message);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void aCellWithSeveralPlaceholdersNamesTheWrongOne() {
        String message = refusal(template(cells("B2", "{{ten_xa}} — {{tntt.so_tre|loai=99}}")));
        assertTrue(message.contains("ô BaoCao!B2: {{tntt.so_tre|loai=99}} — mã “99” không có"), message);
    }

    @Test
    void manyProblemsAreListedUpToTenThenCounted() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int row = 1; row <= 12; row++) {
            texts.put("C" + row, "{{sai.chi_tieu_" + row + "}}");
        }
        texts.put("A1", "{{ten_xa}}");
        String message = refusal(template(texts));
        assertTrue(message.startsWith("Mẫu “mau-tinh.xlsx” có 12 chỗ không dùng được:"), message);
        assertTrue(message.contains("ô BaoCao!C10: chỉ tiêu “sai.chi_tieu_10”"), message);
        assertFalse(message.contains("ô BaoCao!C11"), message);
        assertTrue(message.contains("và 2 ô khác"), message);
    }

    @Test
    void aSheetNameWithSpacesIsQuotedInTheAddress() {
        byte[] bytes = template(cells("A1", "{{ten_xa}}"), wb -> cell(wb.createSheet("Bảng 2"), "D4").setCellValue("{{x.y}}"));
        assertTrue(refusal(bytes).contains("ô 'Bảng 2'!D4: chỉ tiêu “x.y”"));
    }

    @Test
    void aTemplateWithoutPlaceholdersIsRefused() {
        String message = refusal(template(cells("A1", "Báo cáo", "B2", "{chưa điền}")));
        assertTrue(message.contains("không có ô nào chứa {{…}}"), message);
    }

    @Test
    void damagedOrForeignFilesAreRefusedWithAClearMessage() throws IOException, GeneralSecurityException {
        byte[] random = new byte[2048];
        new Random(7).nextBytes(random);
        assertTrue(refusal(random).startsWith("Tệp mẫu “mau-tinh.xlsx” không đọc được: đây không phải tệp Excel"));
        assertTrue(refusal(new byte[0]).contains("không đọc được: tệp rỗng"));

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("{{ten_xa}}");
            doc.write(docx);
        }
        assertTrue(refusal(docx.toByteArray()).contains("không đọc được: tệp bị hỏng hoặc không phải sổ tính Excel"));

        byte[] xlsx = template(cells("A1", "{{ten_xa}}"));
        byte[] cut = Arrays.copyOf(xlsx, xlsx.length / 2);
        assertTrue(refusal(cut).contains("không đọc được: tệp bị hỏng"));

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("BaoCao").createRow(0).createCell(0).setCellValue("{{ten_xa}}");
            old.write(xls);
        }
        assertTrue(refusal(xls.toByteArray()).contains("định dạng Excel cũ (.xls)"));

        assertTrue(refusal(encrypted(xlsx)).contains("được đặt mật khẩu"));

        ByteArrayOutputStream xlsm = new ByteArrayOutputStream();
        try (XSSFWorkbook macro = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            macro.createSheet("BaoCao").createRow(0).createCell(0).setCellValue("{{ten_xa}}");
            macro.write(xlsm);
        }
        assertTrue(refusal(xlsm.toByteArray()).contains("có macro (.xlsm)"));
    }

    /** An .xlsx protected by a password, as Excel saves it: an OLE2 container around the encrypted package. */
    private static byte[] encrypted(byte[] xlsx) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mat-khau");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void theHeaderFieldsAreExactlyThoseOfTheReportHeader() {
        IndicatorReport report = TemplateTestRegister.october().report();
        assertEquals(new ArrayList<>(TemplateTestRegister.header(report).fields().keySet()), TemplateSyntax.HEADER_FIELDS);
    }

    @Test
    void theGuideForProvincesNamesEveryIndicatorAndField() throws IOException {
        String guide = Files.readString(Path.of("docs/report-templates.md"));
        CATALOGUE.indicators().forEach(d -> assertTrue(guide.contains("`" + d.id() + "`"), d.id()));
        TemplateSyntax.HEADER_FIELDS.forEach(f -> assertTrue(guide.contains("`{{" + f + "}}`"), f));
    }

    // ------------------------------------------------------------------ filling

    @Test
    void aValueAloneBecomesANumberAndKeyOrderDoesNotMatter() throws IOException {
        IndicatorReport report = TemplateTestRegister.october().report();
        ProvinceTemplate t = read(template(cells(
                "C1", "{{tntt.so_tre|gioi_tinh=nu;loai=8}}",
                "C2", "{{tntt.so_tre|loai=08;gioi_tinh=nu}}",
                "C3", " {{ tntt.so_tre | loai = 08 ; gioi_tinh = nu }} ",
                "C4", "{{tre_em.so_luong}}",
                "C5", "{{xam_hai.so_tre|hinh_thuc=bao_luc}}",
                "C6", "{{hcdb.ty_le}}")));
        try (XSSFWorkbook wb = fill(t, report, TemplateTestRegister.header(report))) {
            double drownedGirls = value(report, "tntt.so_tre", "loai=08;gioi_tinh=nu");
            assertEquals(2, drownedGirls, "the register has two girls who drowned");
            for (String address : List.of("C1", "C2", "C3")) {
                assertEquals(CellType.NUMERIC, at(wb, address).getCellType(), address);
                assertEquals(drownedGirls, at(wb, address).getNumericCellValue(), address);
            }
            assertEquals(7, at(wb, "C4").getNumericCellValue());
            assertEquals(value(report, "xam_hai.so_tre", "hinh_thuc=bao_luc"), at(wb, "C5").getNumericCellValue());
            assertEquals(2, at(wb, "C5").getNumericCellValue());
            assertEquals(value(report, "hcdb.ty_le", ""), at(wb, "C6").getNumericCellValue());
            // The template's style stays: font and number format.
            assertEquals("Times New Roman", at(wb, "C1").getCellStyle().getFont().getFontName());
            assertEquals("#,##0", at(wb, "C1").getCellStyle().getDataFormatString());
            assertTrue(wb.getForceFormulaRecalculation());
        }
    }

    @Test
    void placeholdersInsideTextAreReplacedAndTheCellStaysText() throws IOException {
        IndicatorReport report = TemplateTestRegister.october().report();
        ReportHeader header = TemplateTestRegister.header(report);
        ProvinceTemplate t = read(template(cells(
                "A1", "UBND {{ten_xa}}",
                "A2", "Kỳ báo cáo: {{ten_ky}} ({{tu_ngay}} – {{den_ngay}})",
                "A3", "Tỷ lệ trẻ em có HCĐB: {{hcdb.ty_le}}%; số trẻ em: {{tre_em.so_luong}}",
                "A4", "{{ma_xa}}")));
        try (XSSFWorkbook wb = fill(t, report, header)) {
            assertEquals("UBND Xã Hòa Bình", at(wb, "A1").getStringCellValue());
            assertEquals("Kỳ báo cáo: " + TemplateTestRegister.OCTOBER.label() + " (01/10/2026 – 31/10/2026)", at(wb, "A2").getStringCellValue());
            BigDecimal rate = report.value("hcdb.ty_le", "").orElseThrow();
            assertEquals(new BigDecimal("28.57"), rate, "2 of 7 children");
            assertEquals("Tỷ lệ trẻ em có HCĐB: 28,57%; số trẻ em: 7", at(wb, "A3").getStringCellValue());
            // A header field alone stays text: the commune code keeps its leading zero.
            assertEquals(CellType.STRING, at(wb, "A4").getCellType());
            assertEquals("04567", at(wb, "A4").getStringCellValue());
        }
    }

    @Test
    void aRateWithoutDenominatorLeavesTheCellEmpty() throws IOException {
        IndicatorReport empty = new TemplateTestRegister().villages("Thôn Hòa").report();
        assertTrue(empty.value("hcdb.ty_le", "").isEmpty());
        ProvinceTemplate t = read(template(cells("C1", "{{hcdb.ty_le}}", "C2", "Tỷ lệ: {{hcdb.ty_le}}", "C3", "{{tre_em.so_luong}}")));
        try (XSSFWorkbook wb = fill(t, empty, TemplateTestRegister.header(empty))) {
            assertEquals(CellType.BLANK, at(wb, "C1").getCellType());
            assertEquals("Times New Roman", at(wb, "C1").getCellStyle().getFont().getFontName());
            assertEquals("Tỷ lệ: ", at(wb, "C2").getStringCellValue());
            assertEquals(CellType.NUMERIC, at(wb, "C3").getCellType());
            assertEquals(0, at(wb, "C3").getNumericCellValue());
        }
    }

    @Test
    void villagesAreMatchedAsTheReportMatchesThem() throws IOException {
        IndicatorReport report = TemplateTestRegister.october().report();
        ProvinceTemplate t = read(template(cells(
                "C1", "{{tre_em.so_luong|thon=Thôn Hoà}}",
                "C2", "{{tre_em.so_luong|thon= thôn đông }}",
                "C3", "{{tre_em.so_luong|thon=Thôn Tây}}")));
        assertEquals("Thôn Hoà", t.placeholders().get(0).village());
        try (XSSFWorkbook wb = fill(t, report, TemplateTestRegister.header(report))) {
            assertEquals(3, at(wb, "C1").getNumericCellValue(), "Thôn Hòa and Thôn Hoà are one village");
            assertEquals(value(report, "tre_em.so_luong", "thon=Thôn Hòa"), at(wb, "C1").getNumericCellValue());
            assertEquals(value(report, "tre_em.so_luong", "thon=Thôn Đông"), at(wb, "C2").getNumericCellValue());
            assertEquals(2, at(wb, "C3").getNumericCellValue());
        }
    }

    @Test
    void anUnknownVillageIsRefusedWhenFillingNamingTheCell() {
        IndicatorReport report = TemplateTestRegister.october().report();
        ProvinceTemplate t = read(template(cells("A1", "{{ten_xa}}", "D5", "{{tre_em.so_luong|thon=Thôn Bắc}}")));
        Path out = dir.resolve("bao-cao.xlsx");
        String message = assertThrows(UserFacingException.class,
                () -> t.fill(report, TemplateTestRegister.header(report), out, Progress.NONE)).getMessage();
        assertTrue(message.startsWith("Mẫu “mau-tinh.xlsx”: ô BaoCao!D5: thôn “Thôn Bắc” không có trong sổ"), message);
        assertTrue(message.contains("Thôn Hòa, Thôn Đông, Thôn Tây"), message);
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void textThatWouldReadAsAFormulaGetsTheQuotePrefix() throws IOException {
        TemplateTestRegister register = TemplateTestRegister.october();
        register.villages("=Thôn 1");
        register.child(Sex.MALE, LocalDate.of(2015, 1, 1), "=Thôn 1");
        IndicatorReport report = register.report();
        ReportHeader header = TemplateTestRegister.header(report, new ReportSettings("+84 Sở Y tế",
                "=HYPERLINK(\"http://x\",\"Lan\")", "@Minh", ReportSettings.DEFAULT_MARK, PeriodRule.CALENDAR));
        ProvinceTemplate t = read(template(cells(
                "A1", "{{nguoi_lap}}",
                "A2", "{{noi_nhan}}",
                "A3", "{{chu_tich}} (ký)",
                "A4", "-{{tre_em.so_luong}}",
                "A5", "Người lập: {{nguoi_lap}}",
                "C1", "{{tre_em.so_luong|thon==Thôn 1}}")));
        try (XSSFWorkbook wb = fill(t, report, header)) {
            for (String address : List.of("A1", "A2", "A3", "A4")) {
                XSSFCell cell = at(wb, address);
                assertEquals(CellType.STRING, cell.getCellType(), address);
                assertTrue(cell.getCellStyle().getQuotePrefixed(), address);
                assertEquals("Times New Roman", cell.getCellStyle().getFont().getFontName(), address);
            }
            assertEquals("=HYPERLINK(\"http://x\",\"Lan\")", at(wb, "A1").getStringCellValue());
            assertEquals("-8", at(wb, "A4").getStringCellValue());
            assertFalse(at(wb, "A5").getCellStyle().getQuotePrefixed());
            assertEquals(1, at(wb, "C1").getNumericCellValue());
            // One quoted copy of the template's style, not one per cell.
            assertEquals(at(wb, "A1").getCellStyle().getIndex(), at(wb, "A4").getCellStyle().getIndex());
        }
    }

    @Test
    void formulasOtherSheetsMergesAndWordFormattingAreKept() throws IOException {
        IndicatorReport report = TemplateTestRegister.october().report();
        byte[] bytes = template(cells(
                "C1", "{{tre_em.so_luong|gioi_tinh=nam}}",
                "C2", "{{tre_em.so_luong|gioi_tinh=nu}}"), wb -> {
                    XSSFSheet sheet = wb.getSheet("BaoCao");
                    cell(sheet, "C3").setCellFormula("SUM(C1:C2)");
                    sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 3));
                    XSSFFont bold = wb.createFont();
                    bold.setBold(true);
                    bold.setFontName("Times New Roman");
                    XSSFRichTextString rich = new XSSFRichTextString("Kỳ báo cáo: {{ten_ky}}, xã {{ten_xa}}");
                    rich.applyFont(0, 11, bold);
                    rich.applyFont(25, 29, bold); // " xã " … the run ends inside the placeholder
                    cell(sheet, "A5").setCellValue(rich);
                    cell(wb.createSheet("GhiChu"), "B2").setCellValue("Không có chỗ điền");
                    sheet.getFooter().setCenter("&P — {{ten_xa}} — {{ky}}");
                });
        ProvinceTemplate t = read(bytes);
        assertEquals(6, t.placeholderCount());
        try (XSSFWorkbook wb = fill(t, report, TemplateTestRegister.header(report))) {
            XSSFCell sum = at(wb, "C3");
            assertEquals(CellType.FORMULA, sum.getCellType());
            assertEquals("SUM(C1:C2)", sum.getCellFormula());
            new XSSFFormulaEvaluator(wb).evaluateFormulaCell(sum);
            assertEquals(value(report, "tre_em.so_luong", ""), sum.getNumericCellValue());

            assertEquals(1, wb.getSheet("BaoCao").getNumMergedRegions());
            assertEquals("Không có chỗ điền", wb.getSheet("GhiChu").getRow(1).getCell(1).getStringCellValue());

            XSSFRichTextString rich = at(wb, "A5").getRichStringCellValue();
            String text = "Kỳ báo cáo: " + TemplateTestRegister.OCTOBER.label() + ", xã Xã Hòa Bình";
            assertEquals(text, rich.getString());
            assertTrue(rich.getFontAtIndex(0).getBold(), "the label stays bold");
            int period = text.indexOf(TemplateTestRegister.OCTOBER.label());
            assertTrue(rich.getFontAtIndex(period) == null || !rich.getFontAtIndex(period).getBold(), "the period is not");
            assertTrue(rich.getFontAtIndex(text.indexOf("Xã Hòa")).getBold(), "the name takes its placeholder's font");

            assertEquals("&P — Xã Hòa Bình — 2026-10", wb.getSheet("BaoCao").getFooter().getCenter());
            // Looking for placeholders turned on no "different first/even page" footer, which would hide this one.
            assertFalse(wb.getSheet("BaoCao").getCTWorksheet().getHeaderFooter().getDifferentFirst());
            assertFalse(wb.getSheet("BaoCao").getCTWorksheet().getHeaderFooter().getDifferentOddEven());
        }
    }

    @Test
    void evenPageHeadersAreFilledWhenTheSheetUsesThem() throws IOException {
        IndicatorReport report = TemplateTestRegister.october().report();
        ProvinceTemplate t = read(template(cells("A1", "{{ten_xa}}"),
                wb -> wb.getSheet("BaoCao").getEvenHeader().setRight("Kỳ {{ky}}")));
        assertEquals("đầu trang chẵn (phải) của trang tính BaoCao", t.placeholders().get(1).location());
        try (XSSFWorkbook wb = fill(t, report, TemplateTestRegister.header(report))) {
            assertEquals("Kỳ 2026-10", wb.getSheet("BaoCao").getEvenHeader().getRight());
        }
    }

    @Test
    void anAmpersandInAFooterStaysAnAmpersand() throws IOException {
        IndicatorReport report = TemplateTestRegister.october().report();
        ReportHeader header = TemplateTestRegister.header(report, new ReportSettings("Sở Y tế & Sở Giáo dục", "Lan",
                "Minh", ReportSettings.DEFAULT_MARK, PeriodRule.CALENDAR));
        ProvinceTemplate t = read(template(cells("A1", "{{ten_xa}}"),
                wb -> wb.getSheet("BaoCao").getFooter().setLeft("Gửi {{noi_nhan}}")));
        try (XSSFWorkbook wb = fill(t, report, header)) {
            // "&S" would be a strike-through code in a footer; "&&" prints "&".
            assertEquals("Gửi Sở Y tế && Sở Giáo dục", wb.getSheet("BaoCao").getFooter().getLeft());
        }
    }

    @Test
    void aTemplateFillsAgainAndNoPlaceholderIsLeft() throws IOException {
        IndicatorReport report = TemplateTestRegister.october().report();
        ProvinceTemplate t = read(template(cells("A1", "{{ten_xa}}", "B1", "{{tntt.tu_vong|loai=03;gioi_tinh=nam}}")));
        for (int i = 0; i < 2; i++) {
            try (XSSFWorkbook wb = fill(t, report, TemplateTestRegister.header(report))) {
                assertEquals("Xã Hòa Bình", at(wb, "A1").getStringCellValue());
                assertEquals(1, at(wb, "B1").getNumericCellValue(), "the boy who died in traffic");
            }
        }
    }

    @Test
    void cancellingWritesNothing() {
        IndicatorReport report = TemplateTestRegister.october().report();
        ProvinceTemplate t = read(template(cells("A1", "{{ten_xa}}")));
        Path out = dir.resolve("bao-cao.xlsx");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(Progress.CancelledException.class,
                () -> t.fill(report, TemplateTestRegister.header(report), out, cancelled));
        assertFalse(Files.exists(out));
    }

    @Test
    void aValueInsideTextIsWrittenTheVietnameseWay() {
        assertEquals("1.234", ProvinceTemplate.numberText(new BigDecimal("1234")));
        assertEquals("12,50", ProvinceTemplate.numberText(new BigDecimal("12.50")));
        assertEquals("1.500.000", ProvinceTemplate.numberText(new BigDecimal("1500000")));
        assertEquals("", ProvinceTemplate.numberText(null));
    }
}
