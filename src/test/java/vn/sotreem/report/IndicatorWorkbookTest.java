package vn.sotreem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.domain.report.ReportRegisters.d;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.domain.report.ReportRegisters;
import vn.sotreem.domain.report.ReportRow;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.UserFacingException;

/** The indicator workbook written from hand-built registers and read back with POI. */
class IndicatorWorkbookTest {

    static final RegisterInfo INFO = new RegisterInfo("00004", "Phường Ba Đình", "01", "Thành phố Hà Nội", "Nguyễn Thị Lan");
    static final LocalDate MADE_ON = LocalDate.of(2026, 11, 5);
    static final List<String> HUMAN_SHEETS = List.of("TongHop", "HCDB", "XamHai", "TNTT");
    /** Names no header field uses, so that finding one in the file can only mean a child's name leaked. */
    private static final List<String> NAMES = List.of("Hoàng Minh Khôi", "Lò Thị Mỷ", "Vàng A Páo", "Đinh Gia Bảo",
            "Quàng Văn Sáng", "Mùa Thị Dua", "Hà Bích Ngọc", "Lục Văn Tài", "Giàng Seo Chú", "Vi Thị Nhàn", "Sùng A Lử");

    @TempDir
    Path dir;

    static ReportHeader header(ReportPeriod period, ReportSettings settings) {
        return new ReportHeader(INFO, period, MADE_ON, settings, "tt13-2021-xa-1");
    }

    static ReportHeader header() {
        return header(ReportRegisters.OCTOBER, new ReportSettings("Sở Y tế thành phố Hà Nội", "Nguyễn Thị Lan",
                "Trần Văn Bình", ReportSettings.DEFAULT_MARK, PeriodRule.CALENDAR));
    }

    /**
     * The October register of the calculator's test (a child injured by two types, so the injury total
     * is less than the sum of the type rows), its children given real-looking names and ID numbers, and
     * two villages whose names start like formulas, one of them with a child.
     */
    static ReportRegisters register() {
        ReportRegisters r = ReportRegisters.october().villages("=HYPERLINK(\"x\")", "+84 thôn");
        r.child("TE-011", Sex.FEMALE, d(2015, 4, 9), "+84 thôn");
        for (int i = 0; i < r.children().size(); i++) {
            Child c = r.children().get(i);
            c.setFullName(NAMES.get(i));
            c.setPersonalId(String.format("0012060%05d", 12345 + i));
        }
        return r;
    }

    static IndicatorReport report() {
        return register().report(ReportRegisters.OCTOBER);
    }

    private Path write(IndicatorReport report, ReportHeader header) {
        Path file = dir.resolve(IndicatorWorkbook.fileName(header));
        IndicatorWorkbook.write(report, header, file, Progress.NONE);
        return file;
    }

    static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    @Test
    void theFileIsNamedAfterTheCommuneAndThePeriod() {
        assertEquals("BaoCao_00004_2026-10.xlsx", IndicatorWorkbook.fileName(header()));
    }

    @Test
    void theSheetsComeInTheOrderOfTheSpecification() throws IOException {
        try (Workbook wb = open(write(report(), header()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("ThongTin", "DuLieu", "TongHop", "HCDB", "XamHai", "TNTT"), names);
        }
    }

    @Test
    void dataSheetHoldsEveryRowOfTheReportInOrder() throws IOException {
        IndicatorReport report = report();
        try (Workbook wb = open(write(report, header()))) {
            Sheet data = wb.getSheet("DuLieu");
            assertEquals(List.of("chi_tieu", "ten_chi_tieu", "phan_to", "gia_tri", "don_vi"), texts(data.getRow(0), 5));
            assertEquals(report.rows().size(), data.getLastRowNum());
            for (int i = 0; i < report.rows().size(); i++) {
                ReportRow expected = report.rows().get(i);
                Row row = data.getRow(i + 1);
                assertEquals(List.of(expected.indicatorId(), expected.indicatorName(), expected.breakdown()),
                        texts(row, 3), "row " + (i + 2));
                assertEquals(expected.unit(), row.getCell(4).getStringCellValue(), "row " + (i + 2));
                Cell value = row.getCell(3);
                assertEquals(CellType.NUMERIC, value.getCellType(), "row " + (i + 2));
                assertEquals(0, expected.value().compareTo(BigDecimal.valueOf(value.getNumericCellValue())),
                        "row " + (i + 2) + " " + expected);
            }
            assertTrue(((XSSFSheet) data).getPaneInformation().isFreezePane());
            assertEquals(1, data.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:E" + (report.rows().size() + 1),
                    ((XSSFSheet) data).getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void aRateWithoutDenominatorIsAnEmptyCellEverywhere() throws IOException {
        IndicatorReport report = new ReportRegisters().villages("Thôn 1").report(ReportRegisters.OCTOBER);
        assertTrue(report.value("hcdb.ty_le", "").isEmpty(), "precondition: no children, no rate");
        assertEquals(List.of(), IndicatorWorkbook.selfCheck(report, header()));
        try (Workbook wb = open(write(report, header()))) {
            Sheet data = wb.getSheet("DuLieu");
            int rates = 0;
            for (int i = 0; i < report.rows().size(); i++) {
                Cell value = data.getRow(i + 1).getCell(3);
                if (report.rows().get(i).value() == null) {
                    rates++;
                    assertEquals(CellType.BLANK, value.getCellType(), report.rows().get(i).toString());
                } else {
                    assertEquals(CellType.NUMERIC, value.getCellType());
                }
            }
            assertEquals(4, rates);
            Row rate = rowWith(wb.getSheet("TongHop"), 1, "Tỷ lệ trẻ em có hoàn cảnh đặc biệt");
            assertEquals(CellType.BLANK, rate.getCell(4).getCellType());
        }
    }

    @Test
    void infoSheetHoldsTheHeaderFieldsInOrder() throws IOException {
        ReportHeader header = header();
        try (Workbook wb = open(write(report(), header))) {
            Sheet info = wb.getSheet("ThongTin");
            assertEquals(ReportHeader.KEYS.size() - 1, info.getLastRowNum());
            Map<String, String> fields = header.fields();
            for (int i = 0; i < ReportHeader.KEYS.size(); i++) {
                String key = ReportHeader.KEYS.get(i);
                Row row = info.getRow(i);
                assertEquals(key, row.getCell(0).getStringCellValue());
                assertEquals(CellType.STRING, row.getCell(1).getCellType(), key);
                assertEquals(fields.get(key), row.getCell(1).getStringCellValue(), key);
            }
            assertEquals("01/10/2026", value(info, "tu_ngay"));
            assertEquals("31/10/2026", value(info, "den_ngay"));
            assertEquals("05/11/2026", value(info, "ngay_lap"));
            assertEquals("2026-10", value(info, "ky"));
            assertEquals("thang", value(info, "loai_ky"));
        }
    }

    private static String value(Sheet info, String key) {
        return rowWith(info, 0, key).getCell(1).getStringCellValue();
    }

    /**
     * The TNTT sheet in the layout of the injury report form: every cell is the DuLieu value of its
     * type and column, and the Tổng số row is the report's own total — a child injured by two types
     * counts once there, so it is less than the sum of the rows above.
     */
    @Test
    void injurySheetFollowsTheFormAndTakesItsTotalsFromTheReport() throws IOException {
        IndicatorReport report = report();
        long typeSum = report.rows().stream().filter(r -> r.indicatorId().equals("tntt.so_tre")
                        && r.breakdown().matches("loai=\\d\\d"))
                .mapToLong(r -> r.value().longValueExact()).sum();
        BigDecimal total = report.value("tntt.so_tre", "").orElseThrow();
        assertNotEquals(typeSum, total.longValueExact(), "precondition: a child injured by two types");

        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Tổng số", "");
        columns.put("Nam", "gioi_tinh=nam");
        columns.put("Nữ", "gioi_tinh=nu");
        columns.put("0 - 5 tuổi", "nhom_tuoi=0-5");
        columns.put("6 - 9 tuổi", "nhom_tuoi=6-9");
        columns.put("10 - 13 tuổi", "nhom_tuoi=10-13");
        columns.put("14 - dưới 16 tuổi", "nhom_tuoi=14-15");
        columns.put("Tại nhà", "dia_diem=nha");
        columns.put("Trường học", "dia_diem=truong_hoc");
        columns.put("Cộng đồng", "dia_diem=cong_dong");

        try (Workbook wb = open(write(report, header()))) {
            Sheet sheet = wb.getSheet("TNTT");
            Row pairs = rowWith(sheet, 2, "Mắc");
            Row labels = sheet.getRow(pairs.getRowNum() - 1);
            Row groups = sheet.getRow(pairs.getRowNum() - 2);
            assertEquals("Giới tính", groups.getCell(4).getStringCellValue());
            assertEquals("Nhóm tuổi", groups.getCell(8).getStringCellValue());
            assertEquals("Địa điểm xảy ra", groups.getCell(16).getStringCellValue());
            List<String> found = new ArrayList<>();
            for (int c = 2; c < 2 + 2 * columns.size(); c += 2) {
                String label = labels.getCell(c).getStringCellValue();
                found.add(label.isEmpty() ? groups.getCell(c).getStringCellValue() : label);
                assertEquals("Mắc", pairs.getCell(c).getStringCellValue());
                assertEquals("Tử vong", pairs.getCell(c + 1).getStringCellValue());
            }
            assertEquals(List.copyOf(columns.keySet()), found);
            assertNull(pairs.getCell(2 + 2 * columns.size()), "no column after the places");

            List<String> breakdowns = List.copyOf(columns.values());
            int r = pairs.getRowNum() + 1;
            int checked = 0;
            for (InjuryType type : InjuryType.values()) {
                Row row = sheet.getRow(r++);
                assertEquals(type.code(), row.getCell(0).getStringCellValue());
                assertEquals(type.label(), row.getCell(1).getStringCellValue());
                checked += assertPairs(report, row, "loai=" + type.code(), breakdowns);
            }
            Row totals = sheet.getRow(r);
            assertEquals("Tổng số", totals.getCell(1).getStringCellValue());
            checked += assertPairs(report, totals, "", breakdowns);
            assertEquals(12 * 20, checked);

            assertEquals(total.doubleValue(), totals.getCell(2).getNumericCellValue());
            double columnSum = 0;
            for (int i = pairs.getRowNum() + 1; i < totals.getRowNum(); i++) {
                columnSum += sheet.getRow(i).getCell(2).getNumericCellValue();
            }
            assertEquals(typeSum, (long) columnSum);
            assertNotEquals(columnSum, totals.getCell(2).getNumericCellValue());
            // October: 4 injured children (3 boys, 1 girl), 1 death, by age 1/1/2/1, by place 2/1/2.
            assertEquals(List.of(4.0, 1.0, 3.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 2.0, 1.0, 1.0, 0.0, 2.0, 1.0,
                    1.0, 0.0, 2.0, 0.0), numbers(totals, 2, 22));
        }
    }

    /** Checks the Mắc / Tử vong pairs of a row of the form against the report; returns the cells checked. */
    private static int assertPairs(IndicatorReport report, Row row, String type, List<String> columns) {
        int c = 2;
        for (String column : columns) {
            String breakdown = type.isEmpty() ? column : column.isEmpty() ? type : type + ";" + column;
            for (String id : List.of("tntt.so_tre", "tntt.tu_vong")) {
                Cell cell = row.getCell(c++);
                assertEquals(CellType.NUMERIC, cell.getCellType());
                assertEquals(report.value(id, breakdown).orElseThrow().doubleValue(), cell.getNumericCellValue(),
                        id + " " + breakdown + " at " + address(cell));
            }
        }
        return c - 2;
    }

    @Test
    void humanSheetsCarryTheOfficialHeadingAndSignatures() throws IOException {
        try (Workbook wb = open(write(report(), header()))) {
            for (String name : HUMAN_SHEETS) {
                Sheet sheet = wb.getSheet(name);
                List<String> texts = allTexts(sheet);
                for (String expected : List.of("UBND PHƯỜNG BA ĐÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Ba Đình, ngày 05 tháng 11 năm 2026",
                        "Kỳ báo cáo: Tháng 10/2026 (01/10/2026 – 31/10/2026)",
                        "Độ mật: " + ReportSettings.DEFAULT_MARK, "Kính gửi: Sở Y tế thành phố Hà Nội",
                        "NGƯỜI LẬP BIỂU", "CHỦ TỊCH UBND PHƯỜNG", "Nguyễn Thị Lan", "Trần Văn Bình")) {
                    assertTrue(texts.contains(expected), name + " lacks “" + expected + "”: " + texts);
                }
                Cell body = rowWith(sheet, 0, "UBND PHƯỜNG BA ĐÌNH").getCell(0);
                assertEquals("Times New Roman", wb.getFontAt(body.getCellStyle().getFontIndex()).getFontName());
                assertTrue(wb.getFontAt(body.getCellStyle().getFontIndex()).getBold());
                PrintSetup print = sheet.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, print.getFitWidth(), name);
                assertNotNull(sheet.getRepeatingRows(), name);
                assertEquals(name.equals("TNTT"), print.getLandscape(), name);
                XSSFSheet xssf = (XSSFSheet) sheet;
                assertTrue(xssf.getOddHeader().getCenter().endsWith("&P"), "page number at the top: " + name);
                assertTrue(xssf.getHeaderFooterProperties().getDifferentFirst(), "none on the first page: " + name);
            }
            assertTrue(allTexts(wb.getSheet("TongHop")).contains("BÁO CÁO SỐ LIỆU TRẺ EM"));
            assertTrue(allTexts(wb.getSheet("TNTT")).contains("BÁO CÁO TÌNH HÌNH TAI NẠN, THƯƠNG TÍCH TRẺ EM"));
        }
    }

    @Test
    void summaryAndGroupSheetsShowTheReportsValues() throws IOException {
        IndicatorReport report = report();
        try (Workbook wb = open(write(report, header()))) {
            Sheet summary = wb.getSheet("TongHop");
            Row children = rowWith(summary, 1, "Số trẻ em dưới 16 tuổi đang sinh sống trên địa bàn xã");
            assertEquals(report.value("tre_em.so_luong", "").orElseThrow().doubleValue(),
                    children.getCell(4).getNumericCellValue());
            assertEquals("trẻ em", children.getCell(3).getStringCellValue());
            Row fines = rowWith(summary, 1, "Tổng số tiền phạt vi phạm hành chính các vụ xâm hại trẻ em");
            assertEquals(3_500_000, fines.getCell(4).getNumericCellValue());
            assertEquals("#,##0", fines.getCell(4).getCellStyle().getDataFormatString());
            Row rate = rowWith(summary, 1, "Tỷ lệ trẻ em có hoàn cảnh đặc biệt");
            assertEquals("#,##0.00", rate.getCell(4).getCellStyle().getDataFormatString());
            assertTrue(allTexts(summary).stream().noneMatch(t -> t.equals("Số trẻ em có hoàn cảnh đặc biệt theo nhóm")),
                    "an indicator without a total is not in the summary");

            Sheet hcdb = wb.getSheet("HCDB");
            assertEquals(3, rowWith(hcdb, 1, "d. Trẻ em khuyết tật").getCell(4).getNumericCellValue());
            assertEquals(1, rowWith(hcdb, 1, "a. Trẻ em mồ côi cả cha và mẹ").getCell(4).getNumericCellValue());
            Sheet abuse = wb.getSheet("XamHai");
            assertEquals(2, rowWith(abuse, 1, "- Trường học / cơ sở giáo dục").getCell(4).getNumericCellValue());
        }
    }

    /**
     * No name, birth date, ID number or code of a child anywhere, no date cell, no formula: the
     * workbook is aggregate only and shows its values in any program without recalculating.
     */
    @Test
    void noPersonalDataNoDateCellAndNoFormulaAnywhere() throws IOException {
        ReportRegisters register = register();
        IndicatorReport report = register.report(ReportRegisters.OCTOBER);
        Set<String> forbidden = new HashSet<>();
        for (Child c : register.children()) {
            forbidden.add(c.getFullName());
            forbidden.add(c.getPersonalId());
            forbidden.add(c.getCode());
            forbidden.add(DateText.format(c.getBirthDate()));
        }
        try (Workbook wb = open(write(report, header()))) {
            int cells = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells++;
                        String where = sheet.getSheetName() + "!" + address(cell);
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), where);
                        if (cell.getCellType() == CellType.NUMERIC) {
                            assertFalse(DateUtil.isCellDateFormatted(cell), where);
                            assertFalse(forbidden.contains(String.valueOf((long) cell.getNumericCellValue())), where);
                        } else if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            for (String f : forbidden) {
                                assertFalse(text.contains(f), where + " holds “" + f + "”");
                            }
                        }
                    }
                }
            }
            assertTrue(cells > 1000);
        }
    }

    @Test
    void formulaLikeTextIsAQuotePrefixedTextCell() throws IOException {
        IndicatorReport report = report();
        ReportHeader header = header(ReportRegisters.OCTOBER, new ReportSettings("@Sở Y tế", "=cmd|' /C calc'!A0",
                "-Trần Văn Bình", ReportSettings.DEFAULT_MARK, PeriodRule.CALENDAR));
        try (Workbook wb = open(write(report, header))) {
            Sheet data = wb.getSheet("DuLieu");
            for (String village : List.of("=HYPERLINK(\"x\")", "+84 thôn")) {
                Cell cell = rowWith(data, 2, "thon=" + village).getCell(2);
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), village);
            }
            assertEquals(1, rowWith(data, 2, "thon=+84 thôn").getCell(3).getNumericCellValue());
            assertFalse(rowWith(data, 2, "thon=Thôn Hòa").getCell(2).getCellStyle().getQuotePrefixed());

            Sheet info = wb.getSheet("ThongTin");
            for (String key : List.of("nguoi_lap", "noi_nhan")) {
                Cell cell = rowWith(info, 0, key).getCell(1);
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), key);
            }
            assertFalse(rowWith(info, 0, "ten_xa").getCell(1).getCellStyle().getQuotePrefixed());

            for (String name : HUMAN_SHEETS) {
                Sheet sheet = wb.getSheet(name);
                for (String signer : List.of("=cmd|' /C calc'!A0", "-Trần Văn Bình")) {
                    Cell cell = cellWith(sheet, signer);
                    assertEquals(CellType.STRING, cell.getCellType());
                    assertTrue(cell.getCellStyle().getQuotePrefixed(), name + " " + signer);
                }
            }
        }
    }

    @Test
    void selfCheckPassesForACorrectReport() {
        assertEquals(List.of(), IndicatorWorkbook.selfCheck(report(), header()));
    }

    /**
     * 3 000 random children in 12 villages over a quarter, some injured twice: every sum the self-check
     * asks for holds, and every number of the human sheets matches DuLieu.
     */
    @Test
    void selfCheckPassesForALargeRandomRegister() {
        ReportRegisters r = new ReportRegisters();
        for (int v = 1; v <= 12; v++) {
            r.villages("Thôn " + v);
        }
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 3000; i++) {
            Child c = r.child("TE-" + i, Sex.values()[random.nextInt(3)], d(2008, 1, 1).plusDays(random.nextInt(6900)),
                    "Thôn " + (1 + random.nextInt(12)));
            if (i % 5 == 0) {
                r.membership(c, vn.sotreem.domain.hcdb.HcdbGroup.values()[random.nextInt(14)], d(2024, 1, 1), null);
            }
            if (i % 7 == 0 && vn.sotreem.domain.child.Ages.isChildOn(c.getBirthDate(), d(2026, 7, 1))) {
                for (int k = 0; k <= random.nextInt(2); k++) {
                    r.injury(c, d(2026, 7, 1).plusDays(random.nextInt(90)), InjuryType.values()[random.nextInt(11)],
                            InjuryPlace.values()[random.nextInt(3)], random.nextInt(20) == 0, false);
                }
            }
        }
        ReportPeriod quarter = ReportPeriod.quarter(2026, 3, PeriodRule.CALENDAR);
        IndicatorReport report = r.report(quarter);
        // Some injuries fall after a 16th birthday: register errors, left out of every cell alike.
        assertTrue(report.value("tntt.so_tre", "").orElseThrow().intValue() > 300);
        assertTrue(report.value("tntt.so_tre", "gioi_tinh=khong_xac_dinh").orElseThrow().intValue() > 0);
        assertEquals(List.of(), IndicatorWorkbook.selfCheck(report, header(quarter, header().settings())));
    }

    /** The streaming writer's temporary files are gone after the self-check, a write and a refused write. */
    @Test
    void buildingCheckingAndWritingLeaveNoTemporaryFile() throws IOException {
        Path poiTemp = Files.createDirectories(dir.resolve("poi-temp"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        try {
            IndicatorReport report = report();
            assertEquals(List.of(), IndicatorWorkbook.selfCheck(report, header()));
            IndicatorWorkbook.write(report, header(), dir.resolve("a.xlsx"), Progress.NONE);
            try (IndicatorWorkbook.Built built = IndicatorWorkbook.build(report, header(), Progress.NONE)) {
                try (Stream<Path> files = Files.list(poiTemp)) {
                    assertFalse(files.toList().isEmpty(), "the sheets' data files exist while the workbook is open");
                }
            }
            try (Stream<Path> files = Files.list(poiTemp)) {
                assertEquals(List.of(), files.toList());
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    /** Every number of the human sheets is one the self-check compares: none escapes it. */
    @Test
    void theSelfCheckKnowsEveryNumberOfTheHumanSheets() throws IOException {
        try (IndicatorWorkbook.Built built = IndicatorWorkbook.build(report(), header(), Progress.NONE)) {
            Set<String> recorded = new HashSet<>();
            built.numbers().forEach(n -> assertTrue(recorded.add(n.sheet() + "!" + n.address()), "twice: " + n));
            Set<String> found = new HashSet<>();
            for (String name : HUMAN_SHEETS) {
                for (Row row : built.workbook().getSheet(name)) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            found.add(name + "!" + address(cell));
                        }
                    }
                }
            }
            assertEquals(recorded, found);
            assertEquals(12 * 20, built.numbers().stream().filter(n -> n.sheet().equals("TNTT")).count());
        }
    }

    @Test
    void selfCheckNamesTheSheetAndCellOfATamperedNumber() throws IOException {
        IndicatorReport report = report();
        try (IndicatorWorkbook.Built built = IndicatorWorkbook.build(report, header(), Progress.NONE)) {
            assertEquals(List.of(), IndicatorWorkbookCheck.check(built, report));
            IndicatorWorkbook.NumberCell total = built.numbers().stream().filter(n -> n.sheet().equals("TNTT")
                    && n.indicatorId().equals("tntt.so_tre") && n.breakdown().isEmpty()).findFirst().orElseThrow();
            cell(built.workbook(), total).setCellValue(5);

            List<ReportProblem> problems = IndicatorWorkbookCheck.check(built, report);
            assertEquals(1, problems.size(), problems.toString());
            ReportProblem p = problems.get(0);
            assertEquals(Severity.ERROR, p.severity());
            assertEquals(ReportProblem.Subject.INDICATOR, p.subject());
            assertEquals("tntt.so_tre", p.recordCode());
            assertNull(p.recordId());
            assertEquals("Tự kiểm tra: ô TNTT!" + total.address()
                    + " (Số trẻ em bị tai nạn, thương tích, tổng số) = 5 nhưng DuLieu ghi 4.", p.message());

            cell(built.workbook(), total).setCellFormula("2+2");
            assertEquals("Tự kiểm tra: ô TNTT!" + total.address()
                            + " (Số trẻ em bị tai nạn, thương tích, tổng số) = công thức =2+2 nhưng DuLieu ghi 4.",
                    IndicatorWorkbookCheck.check(built, report).get(0).message());

            IndicatorWorkbook.NumberCell girls = built.numbers().stream().filter(n -> n.sheet().equals("TNTT")
                    && n.indicatorId().equals("tntt.tu_vong") && n.breakdown().equals("loai=08;gioi_tinh=nu"))
                    .findFirst().orElseThrow();
            cell(built.workbook(), total).removeFormula();
            cell(built.workbook(), total).setCellValue(4);
            cell(built.workbook(), girls).setBlank();
            assertEquals(List.of("Tự kiểm tra: ô TNTT!" + girls.address() + " (Số trẻ em tử vong do tai nạn, thương "
                            + "tích; Loại TNTT: Đuối nước; Giới tính: Nữ) = (trống) nhưng DuLieu ghi 0."),
                    IndicatorWorkbookCheck.check(built, report).stream().map(ReportProblem::message).toList());
        }
    }

    /** A DuLieu value that is not the report's breaks the report's own sums too: both are named. */
    @Test
    void selfCheckComparesDuLieuWithTheReportAndItsSums() throws IOException {
        IndicatorReport report = report();
        try (IndicatorWorkbook.Built built = IndicatorWorkbook.build(report, header(), Progress.NONE)) {
            Sheet data = built.workbook().getSheet("DuLieu");
            Row boys = rowWith(data, 2, "gioi_tinh=nam");
            assertEquals("tre_em.so_luong", boys.getCell(0).getStringCellValue());
            assertEquals(2, boys.getRowNum(), "precondition: DuLieu!D3, the row after the total");
            boys.getCell(3).setCellValue(2);
            assertEquals(List.of(
                    "Tự kiểm tra: ô DuLieu!D3 (Số trẻ em dưới 16 tuổi đang sinh sống trên địa bàn xã; Giới tính: Nam) "
                            + "= 2 nhưng số liệu tính được là 1.",
                    "Tự kiểm tra: ô DuLieu!D2 (Số trẻ em dưới 16 tuổi đang sinh sống trên địa bàn xã, tổng số) = 6 "
                            + "nhưng cộng theo giới tính được 7."),
                    IndicatorWorkbookCheck.check(built, report).stream().map(ReportProblem::message).toList());
        }
    }

    /** A report whose own numbers do not add up (by sex) is refused, naming the cell; no file is left. */
    @Test
    void writeRefusesAReportWhoseTotalsDoNotAddUp() throws IOException {
        IndicatorReport good = report();
        List<ReportRow> rows = good.rows().stream().map(r -> r.indicatorId().equals("tntt.so_tre")
                && r.breakdown().equals("gioi_tinh=nu") ? new ReportRow(r.indicatorId(), r.indicatorName(),
                r.breakdown(), BigDecimal.valueOf(2), r.unit()) : r).toList();
        IndicatorReport bad = new IndicatorReport(good.period(), good.catalogueVersion(), rows, good.problems());
        String expected = "Tự kiểm tra: ô DuLieu!D" + (rows.indexOf(bad.row("tntt.so_tre", "").orElseThrow()) + 2)
                + " (Số trẻ em bị tai nạn, thương tích, tổng số) = 4 nhưng cộng theo giới tính được 5.";
        assertEquals(List.of(expected),
                IndicatorWorkbook.selfCheck(bad, header()).stream().map(ReportProblem::message).toList());

        Path file = dir.resolve("bad.xlsx");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> IndicatorWorkbook.write(bad, header(), file, Progress.NONE));
        assertTrue(e.getMessage().startsWith("Không xuất được báo cáo"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void writeReportsProgressAndStopsWhenCancelled() throws IOException {
        List<Long> done = new ArrayList<>();
        IndicatorWorkbook.write(report(), header(), dir.resolve("a.xlsx"), new Progress() {
            @Override
            public void update(long d, long total) {
                done.add(d);
                assertEquals(8, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(0L, done.get(0));
        assertEquals(8L, done.get(done.size() - 1));
        assertTrue(done.size() >= 8, done.toString());

        Path file = dir.resolve("b.xlsx");
        Progress cancelAfterTwoSheets = new Progress() {
            private int calls;

            @Override
            public void update(long d, long total) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls >= 3;
            }
        };
        assertThrows(Progress.CancelledException.class,
                () -> IndicatorWorkbook.write(report(), header(), file, cancelAfterTwoSheets));
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("a.xlsx")), left.toList());
        }
    }

    /** A register whose injured child has no sex recorded: Nam + Nữ is less than the total, and the sheet says why. */
    @Test
    void aChildOfUnknownSexCountsInTheTotalOnly() throws IOException {
        ReportRegisters r = new ReportRegisters().villages("Thôn 1");
        Child boy = r.child("TE-1", Sex.MALE, d(2015, 1, 1), "Thôn 1");
        Child unknown = r.child("TE-2", Sex.UNKNOWN, d(2016, 1, 1), "Thôn 1");
        r.injury(boy, d(2026, 10, 3), InjuryType.FALL, InjuryPlace.HOME, false, false);
        r.injury(unknown, d(2026, 10, 4), InjuryType.FALL, InjuryPlace.HOME, false, false);
        IndicatorReport report = r.report(ReportRegisters.OCTOBER);
        assertEquals(List.of(), IndicatorWorkbook.selfCheck(report, header()));
        try (Workbook wb = open(write(report, header()))) {
            Sheet sheet = wb.getSheet("TNTT");
            Row totals = rowWith(sheet, 1, "Tổng số");
            assertEquals(List.of(2.0, 0.0, 1.0, 0.0, 0.0, 0.0), numbers(totals, 2, 8));
            assertTrue(allTexts(sheet).stream().anyMatch(t -> t.contains("không xác định giới tính")));
        }
        IndicatorReport october = report();
        try (Workbook wb = open(write(october, header()))) {
            assertTrue(allTexts(wb.getSheet("TNTT")).stream().noneMatch(t -> t.contains("không xác định giới tính")));
        }
    }

    // ---- reading back ----

    static Cell cell(Workbook wb, IndicatorWorkbook.NumberCell n) {
        CellReference ref = new CellReference(n.address());
        return wb.getSheet(n.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static String address(Cell cell) {
        return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
    }

    private static List<String> texts(Row row, int count) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Cell cell = row.getCell(c);
            assertEquals(CellType.STRING, cell.getCellType(), address(cell));
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    static List<Double> numbers(Row row, int from, int to) {
        List<Double> numbers = new ArrayList<>();
        for (int c = from; c < to; c++) {
            numbers.add(row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }

    /** The first row whose cell in {@code column} holds exactly {@code text}. */
    static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + ": no row with “" + text + "” in column " + column);
    }

    private static Cell cellWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(sheet.getSheetName() + ": no cell “" + text + "”");
    }

    static List<String> allTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
