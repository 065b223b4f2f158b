package vn.sotreem.exchange.ownlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.exchange.workbook.ImportIssue;
import vn.sotreem.exchange.workbook.RegisterWorkbookRoundTripTest;
import vn.sotreem.exchange.tabular.TabularCsv;
import vn.sotreem.exchange.tabular.TabularFile;
import vn.sotreem.exchange.tabular.TabularRow;
import vn.sotreem.exchange.workbook.TestWorkbooks;

/** Officers' own lists (messy sheets, CSV) imported through a column mapping. */
class MappedImportTest {

    private static final LocalDate TODAY = TestWorkbooks.TODAY;

    @TempDir
    Path dir;

    private static List<Object> title(String text) {
        return row(text);
    }

    private static List<AuditEntryView> imports(RegisterStore store) {
        return store.auditEntries(AuditFilter.all(), 1000).stream().filter(e -> e.action() == AuditAction.IMPORT)
                .map(e -> new AuditEntryView(e.entity(), e.details())).toList();
    }

    private record AuditEntryView(String entity, String details) {
    }

    private static Child byName(RegisterStore store, String name) {
        return store.allChildren().stream().filter(c -> c.getFullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void cp1258CsvWithCombiningMarksIsReadAsNfcAndSemicolonsAreSeparators() throws Exception {
        String text = "STT;Họ và tên;Ngày sinh;Giới tính;Thôn/xóm\r\n1;Nguyễn Thị Hoà;05/03/2018;Nữ;Xóm Đông\r\n"
                + "2;Lò Văn Dũng;2015;nam;Bản Mé\r\n";
        Path csv = dir.resolve("danh-sach-cp1258.csv");
        Files.write(csv, windows1258Form(text).getBytes("windows-1258"));
        TabularCsv table = (TabularCsv) TabularFile.open(csv);
        assertEquals("windows-1258", table.charset().name());
        assertEquals(';', table.separator());

        ImportMapping mapping = MappedImport.propose(csv);
        assertEquals(null, mapping.sheetName());
        assertEquals(1, mapping.headerRow());
        assertEquals(List.of(), mapping.missingRequired());
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Xóm Đông")) {
            MappedImportReport result = new MappedImport(store, TODAY).importAll(csv, mapping, Progress.NONE);
            assertEquals(List.of(), result.report().errors(), result.report().errors().toString());
            assertTrue(result.report().applied());
            Child hoa = byName(store, "Nguyễn Thị Hoà");
            assertTrue(Normalizer.isNormalized(hoa.getFullName(), Normalizer.Form.NFC));
            assertEquals(LocalDate.of(2018, 3, 5), hoa.getBirthDate());
            assertEquals(Sex.FEMALE, hoa.getSex());
            assertEquals("Xóm Đông", hoa.getVillage());
            Child dung = byName(store, "Lò Văn Dũng");
            assertTrue(dung.isBirthDateEstimated(), "a year alone gives an estimated birth date");
            assertEquals(2015, dung.getBirthDate().getYear());
            assertEquals(List.of("Bản Mé"), result.report().newVillages());
        }
    }

    /**
     * Vietnamese text the way Windows-1258 holds it: NFD, then the letter shapes the code page has
     * precomposed (â ê ô ă ơ ư) composed again, the tone marks left as combining characters.
     */
    static String windows1258Form(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                (mark == '\u0302' || mark == '\u0306' || mark == '\u031B' ? base : tones).append(mark);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        assertFalse(Normalizer.isNormalized(out, Normalizer.Form.NFC), "the test text must carry combining tone marks");
        return out.toString();
    }

    @Test
    void utf8CsvWithOrWithoutBomAndCommas() throws Exception {
        String text = "Họ tên,NS,GT,Thôn\n\"Trần Văn An, con\",01/02/2016,Nam,Thôn 1\n";
        for (boolean bom : List.of(true, false)) {
            Path csv = dir.resolve("utf8-" + bom + ".csv");
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
            Files.write(csv, bytes);
            TabularCsv table = (TabularCsv) TabularFile.open(csv);
            assertEquals(StandardCharsets.UTF_8, table.charset());
            assertEquals(',', table.separator());
            List<TabularRow> rows = table.firstRows(null, 5);
            assertEquals("Họ tên", rows.get(0).text(0), "the byte-order mark is not part of the first header");
            assertEquals("Trần Văn An, con", rows.get(1).text(0));
            ImportMapping mapping = MappedImport.propose(csv);
            assertEquals(0, mapping.column("ho_ten").orElseThrow().index());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void messySheetWithTitlesThreeColumnDatesAndValueTranslations() {
        Path file = TestWorkbooks.writeSheets(dir.resolve("xa.xlsx"), Map.of("Ghi chú", List.of(row("x")),
                "DS 2025", List.of(
                title("UBND XÃ AN BÌNH"), title("DANH SÁCH TRẺ EM"), row(),
                row("STT", "HỌ VÀ TÊN TRẺ", "Ngày", "Tháng", "Năm", "Giới tính", "Thôn", "SĐT", "Ngày vào sổ"),
                row(1, "Hà Thị Mai", 5, 3, 2018, "0", "Thôn Đông", 912345678, LocalDate.of(2020, 1, 2)),
                row(2, "Hà Văn Nam", null, null, 2016, "1", "Thôn Đông", "0987654321", "02/01/2020"),
                row(3, "Hà Văn Sai", 31, 2, 2018, "1", "Thôn Đông"))));
        ImportMapping mapping = MappedImport.propose(file);
        assertEquals("DS 2025", mapping.sheetName());
        assertEquals(4, mapping.headerRow());
        mapping.mapValue("gioi_tinh", "1", "nam");
        mapping.mapValue("gioi_tinh", "0", "nu");
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            MappedImport importer = new MappedImport(store, TODAY);
            MappedImportReport dry = importer.dryRun(file, mapping, Progress.NONE);
            List<ImportIssue> errors = dry.report().errors();
            assertEquals(1, errors.size(), errors.toString());
            assertEquals(7, errors.get(0).row());
            assertEquals("Ngày (cột C), Tháng (cột D), Năm (cột E)", errors.get(0).column());
            assertTrue(errors.get(0).message().contains("31/2/2018"), errors.get(0).message());
            assertEquals(List.of(5, 6), dry.rowsToAdd());

            mapping.setHeaderRow(4);
            Path fixed = TestWorkbooks.writeSheets(dir.resolve("xa2.xlsx"), Map.of("DS 2025", List.of(
                    row("STT", "HỌ VÀ TÊN TRẺ", "Ngày", "Tháng", "Năm", "Giới tính", "Thôn", "SĐT", "Ngày vào sổ"),
                    row(1, "Hà Thị Mai", 5, 3, 2018, "0", "Thôn Đông", 912345678, LocalDate.of(2020, 1, 2)),
                    row(2, "Hà Văn Nam", null, null, 2016, "1", "Thôn Đông", "0987654321", "02/01/2020"))));
            MappedImportReport done = importer.importAll(fixed, mapping, Progress.NONE);
            assertTrue(done.report().applied(), done.report().issues().toString());
            Child mai = byName(store, "Hà Thị Mai");
            assertEquals(LocalDate.of(2018, 3, 5), mai.getBirthDate());
            assertEquals(Sex.FEMALE, mai.getSex());
            assertEquals("0912345678", mai.getPhone(), "the leading zero Excel dropped is put back");
            assertEquals(LocalDate.of(2020, 1, 2), mai.getEntryDate());
            Child nam = byName(store, "Hà Văn Nam");
            assertTrue(nam.isBirthDateEstimated());
            assertEquals(LocalDate.of(2016, 1, 2), nam.getBirthDate(), "entry date minus the estimated age");
        }
    }

    @Test
    void dryRunWritesNothingAndRowsUpdateOrDuplicateExistingChildren() {
        Path file = TestWorkbooks.write(dir.resolve("thang-3.xlsx"), "Sheet1",
                row("Họ và tên", "Ngày sinh", "Giới tính", "Thôn", "Số định danh", "Điện thoại"), List.of(
                        row("Nguyễn Thị Hòa", "03/02/2017", "Nữ", "Thôn Đông", null, "0911222333"),
                        row("Trần Văn Bình", "04/04/2019", "Nam", "Thôn Tây", "001319000555", null),
                        row("Lê Văn Cường", "09/09/2015", "Nam", "Thôn Đông", null, null),
                        row("Phạm Thị Dung", "01/01/2020", "Nữ", "Thôn Đông", null, null)));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông", "Thôn Tây")) {
            store.saveChild(RegisterWorkbookRoundTripTest.child(null, "Nguyễn Thị Hoà", LocalDate.of(2017, 2, 3),
                    Sex.FEMALE, "Thôn Đông"));
            Child binh = RegisterWorkbookRoundTripTest.child(null, "Trần Bình", LocalDate.of(2019, 4, 4), Sex.MALE, "Thôn Tây");
            binh.setPersonalId("001319000555");
            binh.setPhone("0900000000");
            store.saveChild(binh);
            store.saveChild(RegisterWorkbookRoundTripTest.child(null, "Lê Văn Cường", LocalDate.of(2015, 1, 1),
                    Sex.MALE, "Thôn Đông"));
            List<Child> before = store.allChildren();
            int auditsBefore = store.auditEntries(AuditFilter.all(), 1000).size();
            ImportMapping mapping = MappedImport.propose(file);
            MappedImport importer = new MappedImport(store, TODAY);

            MappedImportReport dry = importer.dryRun(file, mapping, Progress.NONE);
            assertEquals(List.of(), dry.report().errors());
            assertFalse(dry.report().applied());
            assertEquals(List.of(4, 5), dry.rowsToAdd());
            assertEquals(List.of(2, 3), dry.rowsToUpdate(), "tone placement folds equal; the personal ID matches");
            assertEquals(2, dry.report().updated());
            assertEquals(1, dry.report().duplicates().size(), dry.report().duplicates().toString());
            assertTrue(dry.report().duplicates().get(0).contains("dòng 4 (Lê Văn Cường, sinh 09/09/2015)"));
            assertTrue(dry.report().duplicates().get(0).contains("cùng họ tên và năm sinh"));
            assertEquals(before.size(), store.allChildren().size());
            assertEquals(before.stream().map(Child::toString).toList(), store.allChildren().stream().map(Child::toString).toList());
            assertEquals(auditsBefore, store.auditEntries(AuditFilter.all(), 1000).size(), "a dry run is not audited");
            assertEquals(List.of(), imports(store));

            MappedImportReport done = importer.importAll(file, mapping, Progress.NONE);
            assertTrue(done.report().applied());
            assertEquals(5, store.allChildren().size());
            Child updated = byName(store, "Trần Văn Bình");
            assertEquals("0900000000", updated.getPhone(), "a blank cell keeps what the register knows");
            assertEquals("0911222333", byName(store, "Nguyễn Thị Hòa").getPhone());
            assertEquals(1, imports(store).size());
            assertTrue(imports(store).get(0).details().contains("thêm 2 trẻ, cập nhật 2 trẻ"), imports(store).toString());
        }
    }

    @Test
    void aThousandRowsWithFiftyBrokenOnesReportExactlyThoseRows() {
        List<List<Object>> rows = new ArrayList<>();
        Set<Integer> broken = new TreeSet<>();
        for (int i = 0; i < 1000; i++) {
            int excelRow = i + 2;
            String name = "Trẻ Thứ " + i;
            String birth = String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 2012 + i % 10);
            String sex = i % 2 == 0 ? "Nam" : "nữ";
            if (i % 20 == 7) {
                broken.add(excelRow);
                switch (broken.size() % 3) {
                    case 0 -> birth = "30/02/2015";
                    case 1 -> name = null;
                    default -> sex = "trai gái";
                }
            }
            rows.add(row(i + 1, name, birth, sex, "Thôn " + (i % 5)));
        }
        Path file = TestWorkbooks.write(dir.resolve("nghin-dong.xlsx"), "DS", row("STT", "Họ tên", "Ngày sinh", "GT", "Thôn"),
                rows);
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn 0")) {
            MappedImportReport dry = new MappedImport(store, TODAY).dryRun(file, MappedImport.propose(file), Progress.NONE);
            List<ImportIssue> errors = dry.report().errors();
            assertEquals(50, broken.size());
            assertEquals(50, errors.size(), errors.toString());
            assertEquals(broken, new TreeSet<>(errors.stream().map(ImportIssue::row).toList()));
            assertTrue(errors.stream().anyMatch(e -> e.column().equals("GT (cột D)") && e.message().contains("trai gái")));
            assertTrue(errors.stream().anyMatch(e -> e.column().equals("Họ tên (cột B)")));
            assertTrue(errors.stream().anyMatch(e -> e.column().equals("Ngày sinh (cột C)") && e.message().contains("30/02/2015")));
            assertEquals(950, dry.rowsToAdd().size());
        }
    }

    @Test
    void anOldXlsIsReadToo() throws Exception {
        Path file = dir.resolve("cu.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var sheet = wb.createSheet("Tre");
            var header = sheet.createRow(0);
            String[] titles = {"Họ tên", "Năm sinh", "Giới tính", "Ấp"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            var data = sheet.createRow(1);
            data.createCell(0).setCellValue("Võ Thị Lan");
            data.createCell(1).setCellValue(2017);
            data.createCell(2).setCellValue("Nữ");
            data.createCell(3).setCellValue("Ấp 3");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportMapping mapping = MappedImport.propose(file);
        assertTrue(mapping.isMapped(ImportMapping.BIRTH_YEAR));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Ấp 3")) {
            MappedImportReport done = new MappedImport(store, TODAY).importAll(file, mapping, Progress.NONE);
            assertTrue(done.report().applied(), done.report().issues().toString());
            Child lan = byName(store, "Võ Thị Lan");
            assertEquals(2017, lan.getBirthDate().getYear());
            assertTrue(lan.isBirthDateEstimated());
        }
    }
}
