package vn.sotreem.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.importing.ImportWizardModel.BirthMode;
import vn.sotreem.ui.importing.ImportWizardModel.Understood;
import vn.sotreem.ui.importing.ImportWizardModel.ValueRow;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.UiTestSupport;

/** The import wizard's logic on real files and a real register, without a screen. */
class ImportWizardModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    /** A commune's own list: a title row, short headers, sex written 1/0. */
    static final String MESSY_CSV = """
            DANH SÁCH TRẺ EM THÔN ĐÔNG, THÔN TÂY
            Họ và tên;Ngày sinh;GT;Thôn
            Nguyễn Văn An;05/03/2019;1;Thôn Đông
            Trần Thị Bình;12/11/2020;0;Thôn Đông
            Lê Văn Cường;01/01/2018;1;Thôn Tây
            """;

    @TempDir
    Path dir;

    static Path messyCsv(Path dir) throws Exception {
        Path file = dir.resolve("ds-tre-em.csv");
        Files.writeString(file, MESSY_CSV, StandardCharsets.UTF_8);
        return file;
    }

    private ImportWizardModel opened() throws Exception {
        ImportWizardModel model = new ImportWizardModel();
        model.open(messyCsv(dir));
        return model;
    }

    private RegisterStore register() {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of());
        return RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
    }

    @Test
    void theProposalIsShownBelowTheTitleRow() throws Exception {
        ImportWizardModel model = opened();
        assertEquals(List.of(), model.sheets(), "a CSV file has no sheets");
        assertEquals(2, model.headerRow());
        assertEquals(List.of(1, 2, 3, 4, 5), model.preview().stream().map(r -> r.number()).toList());
        assertEquals(4, model.columnCount());
        assertEquals(0, model.columnOf("ho_ten"));
        assertEquals(1, model.columnOf("ngay_sinh"));
        assertEquals(2, model.columnOf("gioi_tinh"));
        assertEquals(3, model.columnOf("thon"));
        assertNull(model.columnOf("dan_toc"));
        assertEquals(List.of("Họ và tên ← Cột A “Họ và tên”", "Ngày sinh ← Cột B “Ngày sinh”",
                "Giới tính ← Cột C “GT”", "Thôn/Tổ dân phố ← Cột D “Thôn”"), model.proposalLines());
        assertEquals(List.of(), model.missingRequired());
        assertEquals(ImportWizardModel.NOT_IMPORTED, model.columnChoices().get(0).label());
        assertEquals("Cột C “GT”", model.columnChoices().get(3).label());
    }

    @Test
    void changingTheHeaderRowProposesAgainAndKeepsTranslations() throws Exception {
        ImportWizardModel model = opened();
        model.translate("gioi_tinh", "1", "nam");
        model.chooseHeaderRow(1);
        assertEquals(1, model.headerRow());
        assertEquals(List.of("Họ và tên", "Giới tính", "Ngày sinh"), model.missingRequired(),
                "the title names a village (“thôn”) and nothing else");
        model.chooseHeaderRow(2);
        assertEquals(List.of(), model.missingRequired());
        assertEquals("nam", model.mapping().valueFor("gioi_tinh", "1").orElseThrow());
    }

    @Test
    void requiredFieldsLeftOutAreNamedAndAColumnFeedsOneField() throws Exception {
        ImportWizardModel model = opened();
        model.mapColumn("thon", null);
        assertEquals(List.of("Thôn/Tổ dân phố"), model.missingRequired());
        model.mapColumn("ghi_chu", 2);
        assertNull(model.columnOf("gioi_tinh"), "column C now feeds the note");
        assertEquals(List.of("Giới tính", "Thôn/Tổ dân phố"), model.missingRequired());
        assertTrue(ImportWizardModel.isRequired("ho_ten"));
        assertFalse(ImportWizardModel.isRequired("ghi_chu"));
    }

    @Test
    void birthDateAsThreeColumnsOrAYearAlone() throws Exception {
        ImportWizardModel model = opened();
        assertEquals(BirthMode.DATE, model.birthMode());
        model.setBirthMode(BirthMode.PARTS);
        assertTrue(model.fields().containsAll(List.of(ImportMapping.BIRTH_DAY, ImportMapping.BIRTH_MONTH,
                ImportMapping.BIRTH_YEAR)));
        assertFalse(model.fields().contains("ngay_sinh"));
        assertNull(model.columnOf("ngay_sinh"), "the date column is let go");
        assertEquals(List.of("Ngày sinh"), model.missingRequired());
        model.setBirthMode(BirthMode.YEAR);
        assertEquals(BirthMode.YEAR, model.birthMode(), "stays chosen before a column is picked");
        model.mapColumn(ImportMapping.BIRTH_YEAR, 1);
        assertFalse(model.fields().contains(ImportMapping.BIRTH_DAY));
        assertEquals(List.of(), model.missingRequired());
    }

    @Test
    void distinctValuesAreReadAndTranslationsRecorded() throws Exception {
        ImportWizardModel model = opened();
        assertEquals(List.of("gioi_tinh"), model.codedFields());
        model.readValues(Progress.NONE);
        assertEquals(List.of(new ValueRow("1", 2, null, Understood.NOT), new ValueRow("0", 1, null, Understood.NOT)),
                model.values("gioi_tinh"));
        assertEquals(2, model.valuesNotUnderstood());
        model.translate("gioi_tinh", "1", "nam");
        model.translate("gioi_tinh", "0", "nu");
        assertEquals(List.of(new ValueRow("1", 2, "nam", Understood.TRANSLATED), new ValueRow("0", 1, "nu",
                Understood.TRANSLATED)), model.values("gioi_tinh"));
        assertEquals(0, model.valuesNotUnderstood());
        assertEquals("Nữ", ImportWizardModel.codeLabel("gioi_tinh", "nu"));
        assertEquals(List.of("nam", "nu", "khong_xac_dinh"),
                ImportWizardModel.codes("gioi_tinh").stream().map(Choice::value).toList());
    }

    @Test
    void valuesTheImportUnderstandsByThemselvesAreShownSoAndTheListIsCapped() throws Exception {
        StringBuilder csv = new StringBuilder("Họ tên;Năm sinh;Giới tính;Dân tộc;Thôn\n");
        for (int i = 0; i < ImportWizardModel.MAX_VALUES + 5; i++) {
            csv.append("Trẻ ").append(i).append(";2019;").append(i % 2 == 0 ? "Nam" : "gái").append(";")
                    .append(i == 0 ? "Tày" : "DT" + i).append(";Thôn Đông\n");
        }
        Path file = dir.resolve("nhieu.csv");
        Files.writeString(file, csv);
        ImportWizardModel model = new ImportWizardModel();
        model.open(file);
        assertEquals(BirthMode.YEAR, model.birthMode());
        model.readValues(Progress.NONE);
        List<ValueRow> sexes = model.values("gioi_tinh");
        assertEquals(new ValueRow("Nam", 103, "nam", Understood.BY_ITSELF), sexes.get(0));
        assertEquals(new ValueRow("gái", 102, "nu", Understood.TRANSLATED), sexes.get(1), "proposed for the usual words");
        assertEquals(ImportWizardModel.MAX_VALUES, model.values("dan_toc").size());
        assertTrue(model.moreValues("dan_toc"));
        assertEquals(Understood.BY_ITSELF, model.values("dan_toc").get(0).how());
    }

    @Test
    void anotherSheetIsReadAndProposedAgain() throws Exception {
        Path file = dir.resolve("hai-sheet.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet("Ghi chú"), List.of("Số liệu tháng 3"));
            fill(wb.createSheet("DS trẻ"), List.of("UBND XÃ"), List.of(), List.of("STT", "Họ tên trẻ", "Ngày", "Tháng",
                    "Năm", "Giới tính", "Xóm"), List.of("1", "Hà Thị Mai", "5", "3", "2018", "Nữ", "Xóm 1"));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportWizardModel model = new ImportWizardModel();
        model.open(file);
        assertEquals(List.of("Ghi chú", "DS trẻ"), model.sheets());
        assertEquals("DS trẻ", model.sheet());
        assertEquals(3, model.headerRow());
        assertEquals(BirthMode.PARTS, model.birthMode());
        model.chooseSheet("Ghi chú");
        assertEquals(1, model.headerRow());
        assertEquals(4, model.missingRequired().size());
        model.chooseSheet("DS trẻ");
        assertEquals(3, model.headerRow());
        assertEquals(1, model.columnOf("ho_ten"));
    }

    static void fill(Sheet sheet, List<?>... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].size(); c++) {
                row.createCell(c).setCellValue(rows[r].get(c).toString());
            }
        }
    }

    @Test
    void checkThenImportThenReuseTheSavedMappingOnNextMonthsList() throws Exception {
        ImportWizardModel model = opened();
        try (RegisterStore store = register()) {
            model.dryRun(store, TODAY, Progress.NONE);
            assertTrue(model.importBlocked().orElseThrow().startsWith("Tệp có 3 lỗi"), model.importBlocked().toString());
            assertTrue(model.issueLines().get(0).contains("dòng 3"), model.issueLines().toString());
            model.translate("gioi_tinh", "1", "nam");
            assertTrue(model.report().isEmpty(), "a change asks for a new check");
            model.translate("gioi_tinh", "0", "nu");
            model.dryRun(store, TODAY, Progress.NONE);
            assertEquals("Sẽ thêm 3 trẻ mới, cập nhật 0 trẻ đã có trong sổ.", model.checkLines().get(0));
            assertTrue(model.importBlocked().isEmpty());
            assertEquals(0, store.allChildren().size(), "the check writes nothing");
            model.save("DS thôn Đông", store.importMappings(), LocalDateTime.of(2026, 3, 1, 9, 0));
            model.importAll(store, TODAY, Progress.NONE);
            assertEquals(3, store.allChildren().size());
            Child binh = store.allChildren().stream().filter(c -> c.getFullName().equals("Trần Thị Bình")).findFirst()
                    .orElseThrow();
            assertEquals(Sex.FEMALE, binh.getSex());

            Path next = dir.resolve("thang-4.csv");
            Files.writeString(next, "DANH SÁCH THÁNG 4\nThôn;GT;Họ và tên;Ngày sinh\nThôn Tây;0;Lò Thị Dung;02/02/2021\n");
            ImportWizardModel again = new ImportWizardModel();
            again.useSaved(store.importMappings().load("DS thôn Đông").orElseThrow());
            again.open(next);
            assertEquals(2, again.headerRow());
            assertEquals(2, again.columnOf("ho_ten"), "columns found again by their header");
            assertEquals(1, again.columnOf("gioi_tinh"));
            again.dryRun(store, TODAY, Progress.NONE);
            assertEquals("Sẽ thêm 1 trẻ mới, cập nhật 0 trẻ đã có trong sổ.", again.checkLines().get(0));
        }
    }

    @Test
    void aListOfAFormerCommuneRecordsItAsEveryChildsOrigin() throws Exception {
        List<String> former = ImportWizardModel.formerCommunes("00004").stream().map(c -> c.code()).toList();
        assertTrue(former.contains("00004") && former.size() > 1, "Ba Đình was merged from several communes: " + former);
        ImportWizardModel model = opened();
        model.translate("gioi_tinh", "1", "nam");
        model.translate("gioi_tinh", "0", "nu");
        model.fromOldCommune("00004");
        try (RegisterStore store = register()) {
            model.importAll(store, TODAY, Progress.NONE);
            assertEquals(3, store.allChildren().size());
            assertTrue(store.allChildren().stream().allMatch(c -> "00004".equals(c.getOriginCommuneCode())),
                    "every child of Trúc Bạch's old list records it");

            ImportWizardModel elsewhere = opened();
            elsewhere.translate("gioi_tinh", "1", "nam");
            elsewhere.translate("gioi_tinh", "0", "nu");
            elsewhere.fromOldCommune("00001"); // Phúc Xá went to Hồng Hà, not to Ba Đình
            elsewhere.dryRun(store, TODAY, Progress.NONE);
            assertTrue(elsewhere.importBlocked().isPresent(), "a list of another commune is refused");
            assertTrue(String.join(" ", elsewhere.issueLines()).contains("không phải xã của sổ này"), elsewhere.issueLines().toString());
        }
    }
}
