package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/** Sheet TNTT: injuries exported, read back with POI, imported all or nothing, never duplicated. */
class InjurySheetTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private static final List<Object> CHILD_HEADER = row("Mã trẻ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố",
            "Tình trạng", "Ngày thay đổi tình trạng");
    /**
     * The columns of a workbook made before the cause (nguyen_nhan, schema V11) was added: every import
     * test below also proves that such a file still imports, its injuries without a cause.
     */
    private static final List<Object> TNTT_HEADER = row("ma_tre", "ngay_xay_ra", "loai", "dia_diem", "tu_vong", "khuyet_tat",
            "noi_dieu_tri", "ghi_chu");

    /** A1 (born 01/06/2014), A2 (12/12/2015). */
    private static final List<List<Object>> CHILDREN = List.of(CHILD_HEADER,
            row("A1", "Lò Thị Mây", "01/06/2014", "Nữ", "Thôn Đông", null, null),
            row("A2", "Vàng A Páo", "12/12/2015", "Nam", "Thôn Tây", null, null));

    private Path workbook(String name, List<List<Object>> children, List<List<Object>> tnttRows) {
        List<List<Object>> tntt = new ArrayList<>(List.of(TNTT_HEADER));
        tntt.addAll(tnttRows);
        return TestWorkbooks.writeSheets(dir.resolve(name), Map.of("TreEm", children, "TNTT", tntt));
    }

    private RegisterStore register(String name) {
        return TestWorkbooks.newRegister(dir.resolve(name), "Thôn Đông", "Thôn Tây");
    }

    private static long idOf(RegisterStore store, String code) {
        return store.read(tx -> tx.childByCode(code)).orElseThrow().getId();
    }

    /**
     * The injuries of the register without their ids, each with its child's code instead of the child's id,
     * by date then child code (the register's own order is by date, then by when they were saved).
     */
    private static List<List<Object>> injuries(RegisterStore store) {
        return store.injuries(null).stream().map(i -> Arrays.<Object>asList(store.child(i.childId()).orElseThrow().getCode(),
                        i.date(), i.type(), i.place(), i.died(), i.disabled(), i.treatedAt(), i.cause(), i.note()))
                .sorted(java.util.Comparator.comparing((List<Object> i) -> (LocalDate) i.get(1)).thenComparing(i -> (String) i.get(0)))
                .toList();
    }

    /** Sheet TNTT's cells as Excel holds them: text, a LocalDate for date cells, a Double for numbers, null for none. */
    static List<List<Object>> cells(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheet("TNTT");
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < InjurySheet.COLUMNS.size(); c++) {
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

    @Test
    void injuriesGoToTheSheetAndBackCellForCell() throws Exception {
        Path first = dir.resolve("a.xlsx");
        List<List<Object>> sourceInjuries;
        try (RegisterStore source = register("a")) {
            Child may = source.saveChild(RegisterWorkbookRoundTripTest.child("TE000001", "Lò Thị Mây", LocalDate.of(2014, 6, 1),
                    Sex.FEMALE, "Thôn Đông"));
            Child pao = source.saveChild(RegisterWorkbookRoundTripTest.child("TE000002", "Vàng A Páo", LocalDate.of(2015, 12, 12),
                    Sex.MALE, "Thôn Tây"));
            Child nui = RegisterWorkbookRoundTripTest.child("TE000003", "Lò Văn Núi", LocalDate.of(2016, 2, 29), Sex.MALE, "Thôn Đông");
            nui.setStatus(ChildStatus.DIED);
            nui.setStatusDate(LocalDate.of(2026, 7, 14));
            nui = source.saveChild(nui);
            // Saved out of order: the sheet is by date, then by child code.
            source.saveInjuries(List.of(
                    Injuries.of(pao.getId(), LocalDate.of(2026, 9, 2)).type(InjuryType.CUT).place(InjuryPlace.SCHOOL)
                            .note("=Bị dao cắt\nkhâu 3 mũi").build(),
                    Injuries.of(nui.getId(), LocalDate.of(2026, 7, 14)).type(InjuryType.DROWNING)
                            .place(InjuryPlace.COMMUNITY).died().treatedAt("Trạm y tế xã").build(),
                    Injuries.of(may.getId(), LocalDate.of(2026, 9, 2)).type(InjuryType.FALL).place(InjuryPlace.HOME)
                            .disabled().treatedAt("Bệnh viện huyện").cause("Trượt chân ở cầu thang").note("Gãy tay").build(),
                    Injuries.of(may.getId(), LocalDate.of(2025, 3, 8)).type(InjuryType.ELECTRIC_SHOCK)
                            .place(InjuryPlace.HOME).build()), Set.of(), TODAY);
            new RegisterWorkbookExporter(source, TODAY).export(first, Progress.NONE);
            sourceInjuries = injuries(source);

            List<List<Object>> sheet = cells(first);
            assertEquals(List.of("Mã trẻ", "Ngày xảy ra", "Loại TNTT", "Địa điểm", "Tử vong", "Khuyết tật do TNTT", "Nơi điều trị",
                    "Nguyên nhân", "Ghi chú"), sheet.get(0));
            assertEquals(Arrays.asList("TE000001", LocalDate.of(2025, 3, 8), "Điện giật", "Tại nhà", "Không", "Không", null, null, null),
                    sheet.get(1));
            assertEquals(Arrays.asList("TE000003", LocalDate.of(2026, 7, 14), "Đuối nước", "Cộng đồng", "Có", "Không",
                    "Trạm y tế xã", null, null), sheet.get(2));
            assertEquals(Arrays.asList("TE000001", LocalDate.of(2026, 9, 2), "Ngã", "Tại nhà", "Không", "Có", "Bệnh viện huyện",
                    "Trượt chân ở cầu thang", "Gãy tay"), sheet.get(3));
            assertEquals(Arrays.asList("TE000002", LocalDate.of(2026, 9, 2), "Cắt, đâm", "Trường học", "Không", "Không", null,
                    null, "=Bị dao cắt\nkhâu 3 mũi"), sheet.get(4));
            assertEquals(5, sheet.size());
        }

        Path second = dir.resolve("b.xlsx");
        try (RegisterStore target = register("b")) {
            ImportReport report = new RegisterWorkbookImporter(target, TODAY).importAll(first, Progress.NONE);
            assertEquals(List.of(), report.issues());
            assertTrue(report.applied());
            assertEquals(4, report.injuries());
            assertEquals(sourceInjuries, injuries(target));

            // Sheet → register → sheet: the same cells.
            new RegisterWorkbookExporter(target, TODAY).export(second, Progress.NONE);
            assertEquals(cells(first), cells(second));

            // The same workbook again: nothing added, nothing changed.
            List<Injury> stored = target.injuries(null);
            ImportReport again = new RegisterWorkbookImporter(target, TODAY).importAll(second, Progress.NONE);
            assertEquals(List.of(), again.issues());
            assertTrue(again.applied());
            assertEquals(0, again.injuries());
            assertEquals(stored, target.injuries(null));
        }

        // Back into the register it came from: every injury is matched, none added.
        try (RegisterStore source = RegisterStore.open(new DataFolder(dir.resolve("a")), TestWorkbooks.PASSWORD)) {
            List<Injury> stored = source.injuries(null);
            ImportReport report = new RegisterWorkbookImporter(source, TODAY).importAll(first, Progress.NONE);
            assertEquals(List.of(), report.issues());
            assertEquals(0, report.injuries());
            assertEquals(stored, source.injuries(null));
        }
    }

    @Test
    void everyRuleIsReportedOnItsRowAndColumnAndNothingIsImported() {
        List<List<Object>> children = List.of(CHILD_HEADER, CHILDREN.get(1), CHILDREN.get(2),
                row("A3", "Giàng Thị Sua", "01/06/2010", "Nữ", "Thôn Đông", null, null),
                row("A4", "Lò Văn Pảo", "01/01/2016", "Nam", "Thôn Đông", "da_mat", "01/09/2026"),
                row("A5", "Hờ Thị Dua", "03/03/2017", "Nữ", "Thôn Tây", "chuyen_di", "01/05/2026"));
        Path file = workbook("loi.xlsx", children, List.of(
                row("A1", "01/10/2026", "08", "nha", "Có", null, null, null),
                row("ZZ", "01/10/2026", "08", "nha", null, null, null, null),
                row("A2", "01/10/2015", "01", "nha", null, null, null, null),
                row("A3", "01/10/2026", "01", "nha", null, null, null, null),
                row("A1", "01/12/2026", "01", "nha", null, null, null, null),
                row("A4", "01/10/2026", "01", "nha", null, null, null, null),
                row("A5", "01/10/2026", "01", "nha", null, null, null, null),
                row("A1", "31/02/2026", 12, "sân", "có lẽ", "hơi", null, null),
                row("A1", null, null, null, "x", null, "Trạm y tế xã", null)));
        try (RegisterStore store = register("db")) {
            ImportReport report = new RegisterWorkbookImporter(store, TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(
                    new ImportIssue("TreEm", 4, "Ngày sinh", Severity.WARNING,
                            "Trẻ đã đủ 16 tuổi từ ngày 01/06/2026: vẫn giữ trong sổ nhưng không còn tính là trẻ em."),
                    new ImportIssue("TNTT", 9, "Ngày xảy ra", Severity.ERROR,
                            "“31/02/2026” không phải ngày hợp lệ. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 05/03/2018."),
                    new ImportIssue("TNTT", 9, "Loại TNTT", Severity.ERROR, "Loại TNTT “12” không có trong danh sách. Hãy ghi mã "
                            + "01–11 hoặc tên loại: 01 Ngã, 02 Bỏng/cháy, 03 Tai nạn giao thông, 04 Ngộ độc các loại, 05 Cắt, đâm, "
                            + "06 Ngạt thở, hóc nghẹn, 07 Súc vật cắn, 08 Đuối nước, 09 Bom, mìn/vật nổ, 10 Điện giật, "
                            + "11 Các loại TNTT khác."),
                    new ImportIssue("TNTT", 9, "Địa điểm", Severity.ERROR,
                            "Địa điểm “sân” không có trong danh sách. Hãy ghi một trong: Tại nhà, Trường học, Cộng đồng."),
                    new ImportIssue("TNTT", 9, "Tử vong", Severity.ERROR, "“có lẽ” không hợp lệ: hãy ghi Có hoặc Không."),
                    new ImportIssue("TNTT", 9, "Khuyết tật do TNTT", Severity.ERROR, "“hơi” không hợp lệ: hãy ghi Có hoặc Không."),
                    new ImportIssue("TNTT", 10, "Ngày xảy ra", Severity.ERROR, "Chưa ghi ngày xảy ra."),
                    new ImportIssue("TNTT", 10, "Loại TNTT", Severity.ERROR, "Chưa ghi loại tai nạn, thương tích (01–11)."),
                    new ImportIssue("TNTT", 10, "Địa điểm", Severity.ERROR, "Chưa ghi địa điểm."),
                    new ImportIssue("TNTT", 2, "Tử vong", Severity.WARNING, "Trẻ tử vong do tai nạn nhưng trong sổ trẻ chưa được "
                            + "ghi là đã mất. Nhập tệp không ghi trẻ là đã mất: hãy ghi tình trạng “Đã mất” và ngày mất ở sheet "
                            + "TreEm hoặc trong hồ sơ của trẻ."),
                    new ImportIssue("TNTT", 3, "Mã trẻ", Severity.ERROR,
                            "Mã trẻ “ZZ” không có trong sheet TreEm của tệp, cũng không có trong sổ."),
                    new ImportIssue("TNTT", 4, "Ngày xảy ra", Severity.ERROR,
                            "Ngày xảy ra tai nạn 01/10/2015 trước ngày sinh của trẻ (12/12/2015)."),
                    new ImportIssue("TNTT", 5, "Ngày xảy ra", Severity.ERROR,
                            "Ngày xảy ra tai nạn 01/10/2026 từ ngày trẻ đủ 16 tuổi (01/06/2026) trở đi."),
                    new ImportIssue("TNTT", 6, "Ngày xảy ra", Severity.ERROR, "Ngày xảy ra tai nạn 01/12/2026 ở trong tương lai."),
                    new ImportIssue("TNTT", 7, "Ngày xảy ra", Severity.ERROR,
                            "Ngày xảy ra tai nạn 01/10/2026 sau ngày trẻ mất (01/09/2026)."),
                    new ImportIssue("TNTT", 8, "Ngày xảy ra", Severity.WARNING,
                            "Ngày xảy ra tai nạn 01/10/2026 sau ngày trẻ chuyển đi (01/05/2026).")),
                    report.issues());
            assertFalse(report.applied());
            assertEquals(0, TestWorkbooks.childCount(store));
            assertEquals(List.of(), store.injuries(null));
        }
    }

    @Test
    void aDryRunCountsTheInjuriesAndWritesNothingAndTypesMayBeNumbers() {
        // "08" typed into Excel becomes the number 8; codes, codes without their zero and labels are all read.
        Path file = workbook("so.xlsx", CHILDREN, List.of(
                row("A1", LocalDate.of(2026, 6, 1), 8, "Cộng đồng", "Có", null, "Bệnh viện tỉnh", null),
                row("A1", LocalDate.of(2025, 1, 20), 10, "nha", null, "x", null, null),
                row("A2", "05/05/2026", "3", "truong_hoc", "Không", "Không", null, "Xe đạp"),
                row("A2", "06/05/2026", "Cắt, đâm", "TẠI NHÀ", null, null, null, null),
                row("A2", "07/05/2026", "07", "Cong dong", null, null, null, null)));
        try (RegisterStore store = register("db")) {
            ImportReport dry = new RegisterWorkbookImporter(store, TODAY).dryRun(file, Progress.NONE);
            ImportIssue death = new ImportIssue("TNTT", 2, "Tử vong", Severity.WARNING, "Trẻ tử vong do tai nạn nhưng trong sổ trẻ "
                    + "chưa được ghi là đã mất. Nhập tệp không ghi trẻ là đã mất: hãy ghi tình trạng “Đã mất” và ngày mất ở sheet "
                    + "TreEm hoặc trong hồ sơ của trẻ.");
            assertEquals(List.of(death), dry.issues());
            assertFalse(dry.applied());
            assertEquals(5, dry.injuries());
            assertEquals(2, dry.added());
            assertEquals(0, TestWorkbooks.childCount(store));
            assertEquals(List.of(), store.injuries(null));

            ImportReport real = new RegisterWorkbookImporter(store, TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(death), real.issues());
            assertTrue(real.applied());
            assertEquals(5, real.injuries());
            assertEquals(List.of(
                    Arrays.asList("A1", LocalDate.of(2025, 1, 20), InjuryType.ELECTRIC_SHOCK, InjuryPlace.HOME, false, true, null, null, null),
                    Arrays.asList("A2", LocalDate.of(2026, 5, 5), InjuryType.TRAFFIC, InjuryPlace.SCHOOL, false, false, null, null,
                            "Xe đạp"),
                    Arrays.asList("A2", LocalDate.of(2026, 5, 6), InjuryType.CUT, InjuryPlace.HOME, false, false, null, null, null),
                    Arrays.asList("A2", LocalDate.of(2026, 5, 7), InjuryType.ANIMAL_BITE, InjuryPlace.COMMUNITY, false, false, null,
                            null, null),
                    Arrays.asList("A1", LocalDate.of(2026, 6, 1), InjuryType.DROWNING, InjuryPlace.COMMUNITY, true, false,
                            "Bệnh viện tỉnh", null, null)),
                    injuries(store));
            assertEquals(ChildStatus.LIVING_HERE, store.child(idOf(store, "A1")).orElseThrow().getStatus(),
                    "an import never records a death");
        }
    }

    @Test
    void aStoredInjuryIsMatchedByChildDateTypeAndPlaceAndTakesTheRowsOtherCells() {
        try (RegisterStore store = register("db")) {
            Child may = store.saveChild(RegisterWorkbookRoundTripTest.child("A1", "Lò Thị Mây", LocalDate.of(2014, 6, 1),
                    Sex.FEMALE, "Thôn Đông"));
            Injury stored = store.saveInjuries(List.of(Injuries.of(may.getId(), LocalDate.of(2026, 3, 2))
                    .type(InjuryType.BURN).place(InjuryPlace.HOME).build()), Set.of(), TODAY).get(0);
            // The same burn, now known to have left a disability; a second burn that day at home; one at school.
            Path file = TestWorkbooks.writeSheets(dir.resolve("sua.xlsx"), Map.of("TNTT", List.of(TNTT_HEADER,
                    row("A1", "02/03/2026", 2, "nha", null, "Có", "Bệnh viện Bỏng", null),
                    row("A1", "02/03/2026", "02", "Tại nhà", null, null, null, "Lần thứ hai"),
                    row("A1", "02/03/2026", "02", "Trường học", null, null, null, null))));
            ImportReport report = new RegisterWorkbookImporter(store, TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(new ImportIssue("TNTT", 3, "Ngày xảy ra", Severity.WARNING, "Dòng này giống dòng 2 (cùng trẻ A1, "
                    + "ngày 02/03/2026, loại 02, địa điểm Tại nhà): được nhập thành hai lần tai nạn riêng. Nếu ghi trùng, hãy xóa "
                    + "một dòng.")), report.issues());
            assertEquals(3, report.injuries());
            List<Injury> after = store.injuries(null);
            assertEquals(3, after.size());
            assertEquals(Injuries.of(may.getId(), LocalDate.of(2026, 3, 2)).id(stored.id()).type(InjuryType.BURN)
                    .place(InjuryPlace.HOME).disabled().treatedAt("Bệnh viện Bỏng").build(), after.stream().filter(i -> i
                    .id().equals(stored.id())).findFirst().orElseThrow());

            // Again: each row finds its own stored injury; nothing added, changed or said.
            ImportReport again = new RegisterWorkbookImporter(store, TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(), again.issues());
            assertEquals(0, again.injuries());
            assertEquals(after, store.injuries(null));
        }
    }
}
