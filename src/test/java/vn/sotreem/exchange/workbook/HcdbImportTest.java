package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.storage.RegisterStore;

/** Sheets HCDB and TroGiup: memberships and supports imported with the children, all or nothing. */
class HcdbImportTest {

    @TempDir
    Path dir;

    private static final List<Object> CHILD_HEADER = row("Mã trẻ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố",
            "Hộ nghèo/cận nghèo");
    private static final List<Object> HCDB_HEADER = row("ma_tre", "nhom", "nhom_con", "tu_ngay", "den_ngay", "can_cu",
            "Ngày giấy xác nhận khuyết tật");
    private static final List<Object> SUPPORT_HEADER = row("Mã trẻ", "Ngày trợ giúp", "Loại trợ giúp", "Đơn vị thực hiện",
            "Kinh phí (đồng)", "Ghi chú", "Người/cơ sở nhận chăm sóc thay thế", "Hình thức chăm sóc thay thế");

    private Path workbook(List<List<Object>> hcdbRows, List<List<Object>> supportRows) {
        List<List<Object>> children = List.of(CHILD_HEADER,
                row("A1", "Lò Thị Mây", "01/06/2014", "Nữ", "Thôn Đông", "Hộ nghèo"),
                row("A2", "Vàng A Páo", "12/12/2015", "Nam", "Thôn Đông", null));
        List<List<Object>> hcdb = new java.util.ArrayList<>(List.of(HCDB_HEADER));
        hcdb.addAll(hcdbRows);
        List<List<Object>> supports = new java.util.ArrayList<>(List.of(SUPPORT_HEADER));
        supports.addAll(supportRows);
        return TestWorkbooks.writeSheets(dir.resolve("so.xlsx"), Map.of("TreEm", children, "HCDB", hcdb, "TroGiup", supports));
    }

    @Test
    void severalMembershipsPerChildAndTheirSupportsAreImported() {
        Path file = workbook(List.of(
                        row("A1", "d", "d.2", "01/03/2020", null, "Giấy xác nhận 12/GXN", "15/02/2020"),
                        row("A1", "n", "n.1", LocalDate.of(2021, 1, 1), null, "QĐ 3/QĐ-UBND", null),
                        row("A2", "Trẻ em mồ côi cả cha và mẹ", "a.3", "01/01/2019", "31/12/2024", null, null)),
                List.of(row("A1", "25/01/2026", "Hỗ trợ lương thực, nhu yếu phẩm, quà", "UBND xã", "500.000", "Quà Tết", null, null),
                        row("A2", "01/02/2026", "cham_soc_thay_the", "UBND xã", null, null, "Vàng A Chứ (chú ruột)", "Người thân thích")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(), report.issues());
            assertTrue(report.applied());
            assertEquals(3, report.memberships());
            assertEquals(2, report.supports());
            List<Membership> all = store.read(tx -> tx.memberships(null));
            assertEquals(List.of(HcdbGroup.DISABLED, HcdbGroup.SERIOUS_ILLNESS_POOR, HcdbGroup.ORPHAN),
                    all.stream().map(Membership::group).toList());
            assertEquals(LocalDate.of(2020, 2, 15), all.get(0).certificateDate());
            assertEquals(LocalDate.of(2024, 12, 31), all.get(2).toDate());
            List<Support> supports = store.read(tx -> tx.supports(null));
            assertEquals(500_000L, supports.get(0).amount());
            assertEquals(SupportType.ALTERNATIVE_CARE, supports.get(1).type());
            assertEquals("Vàng A Chứ (chú ruột)", supports.get(1).carerName());

            // The same file again changes nothing: memberships are matched, supports skipped with a warning.
            ImportReport again = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertFalse(again.hasErrors(), again.issues().toString());
            assertEquals(3, store.read(tx -> tx.memberships(null)).size());
            assertEquals(2, store.read(tx -> tx.supports(null)).size(), store.read(tx -> tx.supports(null)).toString());
            assertEquals(2, again.warnings().size(), again.warnings().toString());
        }
    }

    @Test
    void exportThenImportGivesTheSameMembershipsAndSupports() {
        Path file = workbook(List.of(
                        row("A1", "d", "d.2", "01/03/2020", "31/12/2025", "Giấy xác nhận 12/GXN", "15/02/2020"),
                        row("A1", "n", "n.1", "01/01/2021", null, "QĐ 3/QĐ-UBND", null),
                        row("A1", "d", "d.1", "01/01/2026", null, null, "02/01/2026"),
                        row("A2", "a", "a.3", "01/01/2019", null, null, null)),
                List.of(row("A1", "25/01/2026", "nhu_yeu_pham", "UBND xã", "500.000", "=Quà Tết", null, null),
                        row("A2", "01/02/2026", "cham_soc_thay_the", null, null, null, "Vàng A Chứ", "Người thân thích")));
        Path exported = dir.resolve("xuat.xlsx");
        List<Membership> before;
        List<Support> supportsBefore;
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db1"), "Thôn Đông")) {
            assertTrue(new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE).applied());
            new RegisterWorkbookExporter(store, TestWorkbooks.TODAY).export(exported, Progress.NONE);
            before = store.read(tx -> tx.memberships(null));
            supportsBefore = store.read(tx -> tx.supports(null));
        }
        try (RegisterStore fresh = TestWorkbooks.newRegister(dir.resolve("db2"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(fresh, TestWorkbooks.TODAY).importAll(exported, Progress.NONE);
            assertEquals(List.of(), report.errors());
            assertEquals(4, report.memberships());
            List<Membership> after = fresh.read(tx -> tx.memberships(null));
            assertEquals(before.stream().map(HcdbImportTest::withoutIds).toList(), after.stream().map(HcdbImportTest::withoutIds).toList());
            List<Support> supportsAfter = fresh.read(tx -> tx.supports(null));
            assertEquals(supportsBefore.stream().map(s -> s.forChild(s.childId())).toList(),
                    supportsAfter.stream().map(s -> s.forChild(s.childId())).toList());
            assertEquals("=Quà Tết", supportsAfter.get(0).note());
        }
    }

    private static Membership withoutIds(Membership m) {
        return Memberships.of(m.childId(), m.group(), m.fromDate()).subCase(m.subCase()).to(m.toDate()).basis(m.basis())
                .certificateDate(m.certificateDate()).closeReason(m.closeReason()).build();
    }

    @Test
    void inconsistentRowsAreReportedWhereTheyAreAndNothingIsImported() {
        Path file = workbook(List.of(
                        row("A1", "a", "a.1", "01/01/2020", null, null, null),
                        row("A1", "a", "a.3", "01/06/2021", null, null, null),
                        row("A2", "b", "c.7", "01/01/2020", "01/01/2019", null, null),
                        row("ZZ", "b", null, "01/01/2020", null, null, null)),
                List.of(row("A2", "01/01/2015", "bhyt", null, null, null, null, null)));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(
                    new ImportIssue("HCDB", 3, "Từ ngày", Severity.ERROR, "Trẻ A1 đã thuộc nhóm a trong cùng thời gian ở dòng 2 "
                            + "(từ 01/01/2020); hai thời gian không được chồng nhau."),
                    new ImportIssue("HCDB", 4, "Trường hợp", Severity.ERROR, "Trường hợp c.7 không thuộc nhóm b."),
                    new ImportIssue("HCDB", 4, "Đến ngày", Severity.ERROR, "Ngày kết thúc 01/01/2019 trước ngày bắt đầu 01/01/2020."),
                    new ImportIssue("HCDB", 5, "Mã trẻ", Severity.ERROR,
                            "Mã trẻ “ZZ” không có trong sheet TreEm của tệp, cũng không có trong sổ."),
                    new ImportIssue("TroGiup", 2, "Ngày trợ giúp", Severity.ERROR,
                            "Ngày trợ giúp 01/01/2015 trước ngày sinh của trẻ (12/12/2015).")), report.issues());
            assertFalse(report.applied());
            assertEquals(0, TestWorkbooks.childCount(store));
            assertEquals(0, store.read(tx -> tx.memberships(null)).size());
        }
    }
}
