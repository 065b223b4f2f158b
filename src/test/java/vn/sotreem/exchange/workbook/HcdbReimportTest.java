package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Memberships;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.storage.RegisterStore;

/** Sheet HCDB read as officers write it (capital letters), and an unchanged export imported again changing nothing. */
class HcdbReimportTest {

    @TempDir
    Path dir;

    @Test
    void groupLettersInCapitalsAreTheGroupLetters() {
        Path file = TestWorkbooks.writeSheets(dir.resolve("so.xlsx"), Map.of(
                "TreEm", List.of(row("Mã trẻ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố"),
                        row("A1", "Lò Thị Mây", "01/06/2014", "Nữ", "Thôn Đông")),
                "HCDB", List.of(row("ma_tre", "nhom", "nhom_con", "tu_ngay", "den_ngay", "can_cu", "Ngày giấy xác nhận khuyết tật"),
                        row("A1", "A", "A.3", "01/01/2019", "31/12/2019", null, null),
                        row("A1", "Đ", null, "01/01/2020", null, null, null),
                        row("A1", "D", "D.2", "01/03/2020", null, null, "15/02/2020"),
                        row("A1", " c ", null, "01/01/2021", null, null, null))));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(), report.issues());
            List<Membership> all = store.read(tx -> tx.memberships(null));
            assertEquals(List.of(HcdbGroup.ORPHAN, HcdbGroup.HIV, HcdbGroup.DISABLED, HcdbGroup.WITHOUT_SUPPORT),
                    all.stream().map(Membership::group).toList(), "Đ is đ, D is d: the letters stay apart");
            assertEquals("a.3", all.get(0).subCase().code());
            assertEquals("d.2", all.get(2).subCase().code());
        }
    }

    @Test
    void anUnchangedExportImportedAgainWritesAndAuditsNoMembership() throws Exception {
        Path exported = dir.resolve("xuat.xlsx");
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            Child mây = store.saveChild(RegisterWorkbookRoundTripTest.child("TE000001", "Lò Thị Mây", LocalDate.of(2014, 6, 1),
                    Sex.FEMALE, "Thôn Đông"));
            LocalDate today = TestWorkbooks.TODAY;
            store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.ORPHAN, LocalDate.of(2019, 1, 1))
                    .subCase("a.3").closed(LocalDate.of(2020, 12, 31), "không còn thuộc diện").build(), today));
            store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.DISABLED, LocalDate.of(2020, 3, 1))
                    .subCase("d.2").basis("Giấy xác nhận 12/GXN").certificateDate(LocalDate.of(2020, 2, 15)).build(), today));
            Membership wrong = store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.HIV,
                    LocalDate.of(2021, 1, 1)).build(), today));
            store.write(tx -> { tx.hcdb().voidMembership(wrong.id(), "Nhập nhầm nhóm"); return null; });
            Support wrongSupport = store.write(tx -> tx.addSupport(Supports.of(mây.getId(), LocalDate.of(2026, 1, 2),
                    SupportType.OTHER).build(), today));
            store.write(tx -> { tx.hcdb().voidSupport(wrongSupport.id(), "Nhập hai lần"); return null; });
            store.write(tx -> tx.addSupport(Supports.of(mây.getId(), LocalDate.of(2026, 1, 25), SupportType.GOODS_AND_GIFTS)
                    .amount(500_000L).build(), today));

            new RegisterWorkbookExporter(store, today).export(exported, Progress.NONE);
            assertEquals(List.of(HcdbGroup.ORPHAN.label(), HcdbGroup.DISABLED.label()), column(exported, "HCDB", 1), "the voided membership is not exported");
            assertEquals(List.of(SupportType.GOODS_AND_GIFTS.label()), codesOfSupportTypes(exported), "the voided support is not exported");

            List<Membership> before = store.read(tx -> tx.memberships(null));
            List<AuditEntry> auditBefore = membershipEntries(store);
            ImportReport report = new RegisterWorkbookImporter(store, today).importAll(exported, Progress.NONE);
            assertTrue(report.applied(), report.issues().toString());

            assertEquals(auditBefore, membershipEntries(store), "no membership audited as changed");
            assertEquals(before, store.read(tx -> tx.memberships(null)), "the reason of ending is kept, not wiped");
            assertEquals(0, report.memberships());
        }
    }

    @Test
    void anOlderExportDoesNotBringBackWhatWasVoided() {
        Path exported = dir.resolve("cu.xlsx");
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            Child mây = store.saveChild(RegisterWorkbookRoundTripTest.child("TE000001", "Lò Thị Mây", LocalDate.of(2014, 6, 1),
                    Sex.FEMALE, "Thôn Đông"));
            LocalDate today = TestWorkbooks.TODAY;
            Membership wrong = store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.HIV,
                    LocalDate.of(2021, 1, 1)).build(), today));
            Support wrongSupport = store.write(tx -> tx.addSupport(Supports.of(mây.getId(), LocalDate.of(2026, 1, 2),
                    SupportType.OTHER).amount(100_000L).build(), today));
            new RegisterWorkbookExporter(store, today).export(exported, Progress.NONE);
            store.write(tx -> { tx.hcdb().voidMembership(wrong.id(), "Nhập nhầm nhóm"); return null; });
            store.write(tx -> { tx.hcdb().voidSupport(wrongSupport.id(), "Nhập nhầm trẻ"); return null; });

            ImportReport report = new RegisterWorkbookImporter(store, today).importAll(exported, Progress.NONE);
            assertTrue(report.applied(), report.issues().toString());
            assertEquals(List.of(), store.read(tx -> tx.memberships(null)));
            assertEquals(List.of(), store.read(tx -> tx.supports(null)));
            assertEquals(List.of("Diện HCĐB này đã bị hủy (nhập nhầm) trong sổ: bỏ qua, không nhập lại.",
                            "Lần trợ giúp này đã bị hủy (nhập nhầm) trong sổ: bỏ qua, không nhập lại."),
                    report.warnings().stream().map(ImportIssue::message).toList());
        }
    }

    private static List<AuditEntry> membershipEntries(RegisterStore store) {
        return store.auditEntries(new AuditFilter(null, null, null, null, null), 1000).stream()
                .filter(e -> e.entity().equals("hcdb")).toList();
    }

    private static List<String> column(Path file, String sheetName, int column) throws Exception {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            List<String> values = new ArrayList<>();
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(column) != null) {
                    values.add(r.getCell(column).getStringCellValue());
                }
            }
            return values;
        }
    }

    private List<String> codesOfSupportTypes(Path exported) throws Exception {
        return column(exported, "TroGiup", 2);
    }
}
