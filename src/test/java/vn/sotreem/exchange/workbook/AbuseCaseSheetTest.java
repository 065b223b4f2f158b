package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorAgeGroup;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.abuse.Sanction;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/** Sheet XamHai: abuse cases exported, read back with POI, imported all or nothing, never duplicated. */
class AbuseCaseSheetTest {

    /** After every date of {@link AbuseCases#full}. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final HcdbSubCase L4 = HcdbSubCase.byCode("l.4").orElseThrow();

    @TempDir
    Path dir;

    private static final List<Object> CHILD_HEADER = row("Mã trẻ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố",
            "Tình trạng", "Ngày thay đổi tình trạng");

    /** Children A1 (born 01/06/2014) and A2 (12/12/2015). */
    private static final List<List<Object>> CHILDREN = List.of(CHILD_HEADER,
            row("A1", "Lò Thị Mây", "01/06/2014", "Nữ", "Thôn Đông", null, null),
            row("A2", "Vàng A Páo", "12/12/2015", "Nam", "Thôn Tây", null, null));

    /** A1, A2, and A3 (16 since 01/06/2026), A4 (died 01/09/2026). */
    private static final List<List<Object>> MORE_CHILDREN = List.of(CHILD_HEADER, CHILDREN.get(1), CHILDREN.get(2),
            row("A3", "Giàng Thị Sua", "01/06/2010", "Nữ", "Thôn Đông", null, null),
            row("A4", "Lò Văn Pảo", "01/01/2016", "Nam", "Thôn Đông", "da_mat", "01/09/2026"));

    private Path workbook(String name, List<List<Object>> children, List<List<Object>> xamHaiRows) {
        return TestWorkbooks.writeSheets(dir.resolve(name), Map.of("TreEm", children, "XamHai", TestWorkbooks.xamHai(xamHaiRows)));
    }

    private RegisterStore register(String name) {
        return TestWorkbooks.newRegister(dir.resolve(name), "Thôn Đông", "Thôn Tây");
    }

    private static List<AbuseCase> cases(RegisterStore store) {
        return store.read(tx -> tx.abuseCases());
    }

    private static long idOf(RegisterStore store, String code) {
        return store.read(tx -> tx.childByCode(code)).orElseThrow().getId();
    }

    /** A sheet's cells as Excel holds them: text, a LocalDate for date cells, a Double for numbers, null for none. */
    static List<List<Object>> cells(Path file, String sheetName) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheet(sheetName);
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < AbuseCaseSheet.COLUMNS.size(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? null
                            : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                            : DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                            : (Object) cell.getNumericCellValue());
                }
                rows.add(values);
            }
            return rows;
        }
    }

    /**
     * The full case with a third perpetrator linked to no child (fined) and a second case whose one
     * victim has two perpetrators without a fine.
     */
    private static List<AbuseCase> sampleCases(long first, long second) {
        AbuseCase full = AbuseCases.full("XH-2026-001", first, second);
        List<Perpetrator> perpetrators = new ArrayList<>(full.getPerpetrators());
        perpetrators.add(new Perpetrator(null, Sex.MALE, PerpetratorAgeGroup.ADULT, PerpetratorRelation.UNKNOWN,
                HandlingRoute.ADMINISTRATIVE, new Sanction("13/QĐ-XPHC", LocalDate.of(2026, 10, 21), "Chủ tịch UBND xã", null,
                500_000L, null), null));
        full.setPerpetrators(perpetrators);
        AbuseCase simple = AbuseCases.simple("XH-2026-002", second, LocalDate.of(2026, 11, 2), null);
        simple.setPerpetrators(List.of(
                new Perpetrator(second, Sex.MALE, null, PerpetratorRelation.PARENT, HandlingRoute.VERIFYING, null, null),
                new Perpetrator(second, Sex.MALE, null, PerpetratorRelation.STEP_PARENT, HandlingRoute.CRIMINAL, null, null)));
        return List.of(full, simple);
    }

    @Test
    void casesGoToTheSheetAndBackCellForCell() throws Exception {
        Path first = dir.resolve("a.xlsx");
        AbuseCase sourceCase;
        try (RegisterStore source = register("a")) {
            Child may = source.saveChild(RegisterWorkbookRoundTripTest.child("TE000001", "Lò Thị Mây", LocalDate.of(2014, 6, 1),
                    Sex.FEMALE, "Thôn Đông"));
            Child pao = source.saveChild(RegisterWorkbookRoundTripTest.child("TE000002", "Vàng A Páo", LocalDate.of(2015, 12, 12),
                    Sex.MALE, "Thôn Tây"));
            sampleCases(may.getId(), pao.getId()).forEach(c -> source.saveAbuseCase(c, TODAY));
            new RegisterWorkbookExporter(source, TODAY).export(first, Progress.NONE);
            sourceCase = cases(source).get(0);

            List<List<Object>> sheet = cells(first, "XamHai");
            assertEquals(List.of("Mã vụ việc", "Mã trẻ", "Ngày xảy ra", "Ngày tiếp nhận", "Giờ tiếp nhận", "Hình thức xâm hại",
                    "Môi trường xâm hại", "Quan hệ với người xâm hại", "Đã được hỗ trợ, can thiệp", "Xử lý", "Tiền phạt (đồng)",
                    "Ghi chú"), sheet.get(0));
            LocalDate occurred = LocalDate.of(2026, 10, 3);
            LocalDate received = LocalDate.of(2026, 10, 5);
            // First row: the fined perpetrator of no child is counted here, so xu_ly is hành chính and the fine his.
            assertEquals(List.of("XH-2026-001", "TE000001", occurred, received, "09:30", "Bạo lực; Xâm hại tình dục; l.4",
                    "Cộng đồng / nơi công cộng", "Hàng xóm, người quen", "Có", "Xử lý vi phạm hành chính", 500_000.0,
                    "Giáo viên chủ nhiệm báo"), sheet.get(1));
            assertEquals(java.util.Arrays.asList("XH-2026-001", "TE000002", occurred, received, "09:30", "Bạo lực",
                    "Cộng đồng / nơi công cộng", "Ông bà, anh chị em, người thân thích khác", "Không", "Xử lý vi phạm hành chính",
                    2_500_000.0, null), sheet.get(2));
            // No fine: the most serious handling, the first relation, no tiền phạt, no hour.
            assertEquals(java.util.Arrays.asList("XH-2026-002", "TE000002", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2),
                    null, "Bạo lực", "Gia đình", "Cha/mẹ đẻ", "Không", "Chuyển xử lý hình sự", null, null), sheet.get(3));
            assertEquals(4, sheet.size());
            // The fines of the rows add up to the case's.
            assertEquals(sourceCase.getPerpetrators().stream().mapToLong(Perpetrator::fine).sum(),
                    (long) ((Double) sheet.get(1).get(10) + (Double) sheet.get(2).get(10)));
        }

        Path second = dir.resolve("b.xlsx");
        try (RegisterStore target = register("b")) {
            ImportReport report = new RegisterWorkbookImporter(target, TODAY).importAll(first, Progress.NONE);
            assertEquals(List.of(), report.issues());
            assertTrue(report.applied());
            assertEquals(2, report.abuseCases());
            long may = idOf(target, "TE000001");
            long pao = idOf(target, "TE000002");
            List<AbuseCase> imported = cases(target);
            AbuseCase c = imported.get(0);
            assertEquals("XH-2026-001", c.getCode());
            assertFalse(c.isProcedureTracked(), "steps never recorded: deadlines not chased");
            assertEquals(List.of(), c.getSteps());
            assertEquals(LocalDate.of(2026, 10, 5), c.getIntake().receivedOn());
            assertEquals(LocalTime.of(9, 30), c.getIntake().receivedTime());
            assertEquals(LocalDate.of(2026, 10, 3), c.getIntake().occurredOn());
            assertEquals(AbuseSetting.COMMUNITY, c.getIntake().setting());
            assertEquals("Thôn Đông", c.getIntake().village());
            assertNull(c.getIntake().channel());
            assertNull(c.getIntake().receivingBody());
            assertEquals("Giáo viên chủ nhiệm báo", c.getIntake().note());
            assertEquals(List.of(new AbuseVictim(may, Set.of(AbuseForm.VIOLENCE, AbuseForm.SEXUAL_ABUSE), List.of(L4), true, null),
                    new AbuseVictim(pao, Set.of(AbuseForm.VIOLENCE), List.of(), false, null)), c.getVictims());
            assertEquals(List.of(
                    new Perpetrator(may, null, null, PerpetratorRelation.ACQUAINTANCE, HandlingRoute.ADMINISTRATIVE,
                            new Sanction(null, null, null, null, 500_000L, null), null),
                    new Perpetrator(pao, null, null, PerpetratorRelation.RELATIVE, HandlingRoute.ADMINISTRATIVE,
                            new Sanction(null, null, null, null, 2_500_000L, null), null)), c.getPerpetrators());
            assertEquals(List.of(new Perpetrator(pao, null, null, PerpetratorRelation.PARENT, HandlingRoute.CRIMINAL, null, null)),
                    imported.get(1).getPerpetrators());
            assertEquals("Thôn Tây", imported.get(1).getIntake().village());

            // Sheet → register → sheet: the same cells.
            new RegisterWorkbookExporter(target, TODAY).export(second, Progress.NONE);
            assertEquals(cells(first, "XamHai"), cells(second, "XamHai"));

            // The same workbook again: nothing added, nothing changed.
            ImportReport again = new RegisterWorkbookImporter(target, TODAY).importAll(second, Progress.NONE);
            assertEquals(List.of(), again.issues());
            assertEquals(0, again.abuseCases());
            List<AbuseCase> afterAgain = cases(target);
            assertEquals(2, afterAgain.size());
            assertEquals(c.getPerpetrators(), afterAgain.get(0).getPerpetrators());
            assertFalse(afterAgain.get(0).isProcedureTracked());
        }

        // Back into the register it came from: the richer case is matched by its code and kept whole.
        try (RegisterStore source = RegisterStore.open(new DataFolder(dir.resolve("a")), TestWorkbooks.PASSWORD)) {
            ImportReport report = new RegisterWorkbookImporter(source, TODAY).importAll(first, Progress.NONE);
            assertEquals(List.of(), report.issues());
            assertEquals(0, report.abuseCases());
            List<AbuseCase> after = cases(source);
            assertEquals(2, after.size());
            AbuseCase kept = after.get(0);
            assertEquals(sourceCase.getIntake(), kept.getIntake());
            assertEquals(sourceCase.getVictims(), kept.getVictims());
            assertEquals(sourceCase.getPerpetrators(), kept.getPerpetrators());
            assertEquals(sourceCase.getSteps(), kept.getSteps());
            assertEquals(sourceCase.getReviews(), kept.getReviews());
            assertTrue(kept.isProcedureTracked());
        }
    }

    @Test
    void everyInconsistencyIsReportedOnItsRowAndColumnAndNothingIsImported() {
        Path file = workbook("loi.xlsx", MORE_CHILDREN, List.of(
                row("V1", "A1", "01/10/2026", "02/10/2026", "08:15", "bao_luc", "gia_dinh", null, null, null, null, null),
                row("V1", "A2", "30/09/2026", "03/10/2026", "08:20", "Bạo lực", "Cộng đồng / nơi công cộng", null, null, null, null, null),
                row("V1", "A1", "01/10/2026", "02/10/2026", "08:15", "bao_luc", "gia_dinh", null, null, null, null, null),
                row("V2", "A2", "01/10/2026", "02/10/2026", null, "boc_lot", "gia_dinh", "cha_me_de", "x", "hinh_su", "1.000.000", null),
                row("V3", "ZZ", "01/10/2026", "02/10/2026", null, "bao_luc", "gia_dinh", null, null, null, null, null),
                row("V4", "A1", "05/10/2026", "01/10/2026", null, "bao_luc", "gia_dinh", null, null, null, null, null),
                row("V5", "A2", "01/10/2015", "02/10/2026", null, "bao_luc", "gia_dinh", null, null, null, null, null),
                row("V6", "A3", "01/10/2026", "02/10/2026", null, "bao_luc", "gia_dinh", null, null, null, null, null),
                row("V7", "A4", "01/10/2026", "02/10/2026", null, "bao_luc", "gia_dinh", null, null, null, null, null),
                row("V8", "A1", "01/10/2026", "02/10/2026", "25:00", "đánh đập; l.4", "gia_dinh", null, "có lẽ", "hanh_chinh",
                        "-5", null)));
        try (RegisterStore store = register("db")) {
            ImportReport report = new RegisterWorkbookImporter(store, TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(
                    new ImportIssue("TreEm", 4, "Ngày sinh", Severity.WARNING,
                            "Trẻ đã đủ 16 tuổi từ ngày 01/06/2026: vẫn giữ trong sổ nhưng không còn tính là trẻ em."),
                    new ImportIssue("XamHai", 5, "Tiền phạt (đồng)", Severity.ERROR, "Có tiền phạt nhưng cột Xử lý là "
                            + "“Chuyển xử lý hình sự”: tiền phạt chỉ ghi khi xử lý là “Xử lý vi phạm hành chính”."),
                    new ImportIssue("XamHai", 11, "Giờ tiếp nhận", Severity.ERROR,
                            "“25:00” không phải giờ hợp lệ. Hãy ghi giờ dạng HH:mm, ví dụ 09:30."),
                    new ImportIssue("XamHai", 11, "Hình thức xâm hại", Severity.ERROR, "Hình thức xâm hại “đánh đập” không có "
                            + "trong danh sách. Hãy ghi một hoặc nhiều hình thức (Bạo lực; Bóc lột; Xâm hại tình dục; Mua bán; "
                            + "Bỏ rơi, bỏ mặc; Hình thức gây tổn hại khác), cách nhau bởi dấu ; — có thể ghi thêm trường hợp "
                            + "theo NĐ 56/2017, ví dụ l.4."),
                    new ImportIssue("XamHai", 11, "Đã được hỗ trợ, can thiệp", Severity.ERROR,
                            "“có lẽ” không hợp lệ: hãy ghi Có hoặc Không."),
                    new ImportIssue("XamHai", 11, "Tiền phạt (đồng)", Severity.ERROR,
                            "“-5” không phải số tiền. Hãy ghi số đồng, ví dụ 1.500.000."),
                    new ImportIssue("XamHai", 3, "Ngày xảy ra", Severity.ERROR, "Ngày xảy ra 30/09/2026 khác với dòng 2 của cùng "
                            + "vụ việc V1 (01/10/2026): các dòng của một vụ việc phải có cùng ngày xảy ra, ngày tiếp nhận, giờ "
                            + "tiếp nhận và môi trường xâm hại."),
                    new ImportIssue("XamHai", 3, "Ngày tiếp nhận", Severity.ERROR, "Ngày tiếp nhận 03/10/2026 khác với dòng 2 "
                            + "của cùng vụ việc V1 (02/10/2026): các dòng của một vụ việc phải có cùng ngày xảy ra, ngày tiếp "
                            + "nhận, giờ tiếp nhận và môi trường xâm hại."),
                    new ImportIssue("XamHai", 3, "Giờ tiếp nhận", Severity.ERROR, "Giờ tiếp nhận 08:20 khác với dòng 2 của cùng "
                            + "vụ việc V1 (08:15): các dòng của một vụ việc phải có cùng ngày xảy ra, ngày tiếp nhận, giờ tiếp "
                            + "nhận và môi trường xâm hại."),
                    new ImportIssue("XamHai", 3, "Môi trường xâm hại", Severity.ERROR, "Môi trường “Cộng đồng / nơi công cộng” "
                            + "khác với dòng 2 của cùng vụ việc V1 (Gia đình): các dòng của một vụ việc phải có cùng ngày xảy "
                            + "ra, ngày tiếp nhận, giờ tiếp nhận và môi trường xâm hại."),
                    new ImportIssue("XamHai", 4, "Mã trẻ", Severity.ERROR,
                            "Trẻ A1 đã có ở dòng 2 của cùng vụ việc V1; mỗi trẻ chỉ ghi một dòng trong một vụ việc."),
                    new ImportIssue("XamHai", 6, "Mã trẻ", Severity.ERROR,
                            "Mã trẻ “ZZ” không có trong sheet TreEm của tệp, cũng không có trong sổ."),
                    new ImportIssue("XamHai", 7, "Ngày tiếp nhận", Severity.ERROR,
                            "Ngày tiếp nhận 01/10/2026 trước ngày xảy ra 05/10/2026."),
                    new ImportIssue("XamHai", 8, "Ngày xảy ra", Severity.ERROR,
                            "Vàng A Páo (A2): Ngày xảy ra 01/10/2015 trước ngày sinh của trẻ (12/12/2015)."),
                    new ImportIssue("XamHai", 9, "Ngày xảy ra", Severity.ERROR,
                            "Giàng Thị Sua (A3): Ngày xảy ra 01/10/2026 từ ngày trẻ đủ 16 tuổi (01/06/2026) trở đi."),
                    new ImportIssue("XamHai", 10, "Ngày xảy ra", Severity.ERROR,
                            "Lò Văn Pảo (A4): Ngày xảy ra 01/10/2026 sau ngày trẻ mất (01/09/2026).")),
                    report.issues());
            assertFalse(report.applied());
            assertEquals(0, TestWorkbooks.childCount(store));
            assertEquals(List.of(), cases(store));
        }
    }

    @Test
    void aDryRunCountsTheCasesAndWritesNothing() {
        Path file = workbook("so.xlsx", CHILDREN, List.of(
                row("V1", "A1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalTime.of(8, 15),
                        "Bỏ rơi, bỏ mặc, bạo lực; l.4", "Gia đình", "Cha/mẹ đẻ", "Có", "Xử lý vi phạm hành chính", 1_500_000,
                        "Hàng xóm báo"),
                row("V1", "A2", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), "8h15", "bao_luc,mua_ban", "gia_dinh",
                        null, "Không", null, null, "Em trai cũng bị")));
        try (RegisterStore store = register("db")) {
            ImportReport dry = new RegisterWorkbookImporter(store, TODAY).dryRun(file, Progress.NONE);
            assertEquals(List.of(new ImportIssue("XamHai", 3, "Ghi chú", Severity.WARNING, "Ghi chú của vụ việc V1 lấy ở dòng "
                    + "đầu của vụ việc (dòng 2); ghi chú ở dòng này được nối vào sau.")), dry.issues());
            assertFalse(dry.applied());
            assertEquals(1, dry.abuseCases());
            assertEquals(2, dry.added());
            assertEquals(0, TestWorkbooks.childCount(store));
            assertEquals(List.of(), cases(store));

            ImportReport real = new RegisterWorkbookImporter(store, TODAY).importAll(file, Progress.NONE);
            assertTrue(real.applied());
            AbuseCase c = cases(store).get(0);
            // A comma inside a label is kept; a sub-form brings its form; codes and labels mix.
            assertEquals(new AbuseVictim(idOf(store, "A1"), Set.of(AbuseForm.ABANDONMENT, AbuseForm.VIOLENCE, AbuseForm.SEXUAL_ABUSE),
                    List.of(L4), true, null), c.getVictims().get(0));
            assertEquals(Set.of(AbuseForm.VIOLENCE, AbuseForm.TRAFFICKING), c.getVictims().get(1).forms());
            assertEquals(LocalTime.of(8, 15), c.getIntake().receivedTime());
            assertEquals("Hàng xóm báo\nEm trai cũng bị", c.getIntake().note());
            assertEquals(List.of(new Perpetrator(idOf(store, "A1"), null, null, PerpetratorRelation.PARENT, HandlingRoute.ADMINISTRATIVE,
                    new Sanction(null, null, null, null, 1_500_000L, null), null)), c.getPerpetrators());
        }
    }

    @Test
    void aCaseAlreadyInTheRegisterKeepsWhatTheSheetDoesNotShow() {
        try (RegisterStore store = register("db")) {
            Child may = store.saveChild(RegisterWorkbookRoundTripTest.child("A1", "Lò Thị Mây", LocalDate.of(2014, 6, 1),
                    Sex.FEMALE, "Thôn Đông"));
            Child pao = store.saveChild(RegisterWorkbookRoundTripTest.child("A2", "Vàng A Páo", LocalDate.of(2015, 12, 12),
                    Sex.MALE, "Thôn Tây"));
            AbuseCase stored = store.saveAbuseCase(AbuseCases.full("XH-2026-001", may.getId(), pao.getId()), TODAY);
            // The second child's perpetrator is now known as a parent, the setting was the family, nothing else changed.
            Path file = TestWorkbooks.writeSheets(dir.resolve("sua.xlsx"), Map.of("XamHai", TestWorkbooks.xamHai(List.of(
                    row("XH-2026-001", "A1", "03/10/2026", "05/10/2026", "09:30", "Bạo lực; Xâm hại tình dục; l.4", "gia_dinh",
                            "nguoi_quen", "Có", "hinh_su", null, "Giáo viên chủ nhiệm báo"),
                    row("XH-2026-001", "A2", "03/10/2026", "05/10/2026", "09:30", "Bạo lực", "gia_dinh",
                            "cha_me_de", "Không", "dang_xac_minh", null, null)))));
            ImportReport report = new RegisterWorkbookImporter(store, TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(new ImportIssue("XamHai", 3, "Quan hệ với người xâm hại", Severity.WARNING,
                    "Vụ việc XH-2026-001 đã có trong sổ: thông tin đối tượng xâm hại của trẻ A2 được thay bằng thông tin của dòng "
                            + "này (giới tính, độ tuổi, quyết định xử phạt đã ghi trước đây không còn).")), report.issues());
            assertEquals(1, report.abuseCases());
            List<AbuseCase> all = cases(store);
            assertEquals(1, all.size());
            AbuseCase after = all.get(0);
            assertEquals(stored.getId(), after.getId());
            assertEquals(AbuseSetting.FAMILY, after.getIntake().setting());
            assertEquals(stored.getIntake().reporter(), after.getIntake().reporter());
            assertEquals(stored.getIntake().channel(), after.getIntake().channel());
            assertEquals(stored.getSteps(), after.getSteps());
            assertEquals(stored.getPlanItems(), after.getPlanItems());
            assertEquals(stored.getReviews(), after.getReviews());
            assertEquals(stored.getSeparation(), after.getSeparation());
            assertEquals(stored.getVictims(), after.getVictims(), "outcomes kept");
            assertTrue(after.isProcedureTracked());
            assertEquals(List.of(stored.getPerpetrators().get(0),
                    new Perpetrator(pao.getId(), null, null, PerpetratorRelation.PARENT, HandlingRoute.VERIFYING, null, null)),
                    after.getPerpetrators());
        }
    }

    @Test
    void aViewerNeitherExportsNorImportsAbuseCases() {
        char[] viewerPassword = "mat-khau-xem-1".toCharArray();
        try (RegisterStore store = register("db")) {
            store.accounts().add("Phạm Thu", Role.VIEWER, viewerPassword);
        }
        Path file = workbook("so.xlsx", CHILDREN, List.of(
                row("V1", "A1", "01/10/2026", "02/10/2026", null, "bao_luc", "gia_dinh", null, null, null, null, null)));
        try (RegisterStore viewer = RegisterStore.open(new DataFolder(dir.resolve("db")), "Phạm Thu", viewerPassword)) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> new RegisterWorkbookExporter(viewer, TODAY).export(dir.resolve("xuat.xlsx"), Progress.NONE));
            assertEquals("Tài khoản chỉ xem không được xuất dữ liệu ra tệp.", e.getMessage());
            ImportReport report = new RegisterWorkbookImporter(viewer, TODAY).dryRun(file, Progress.NONE);
            assertEquals(List.of(new ImportIssue("XamHai", 0, null, Severity.ERROR, "Tài khoản Phạm Thu không được xem, nhập vụ việc "
                    + "xâm hại trẻ em (NĐ 56/2017 Điều 24). Hãy bỏ sheet này khỏi tệp.")), report.issues());
        }
    }
}
