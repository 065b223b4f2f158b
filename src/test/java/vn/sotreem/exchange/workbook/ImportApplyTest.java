package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.ImportErrorsTest.cells;
import static vn.sotreem.exchange.workbook.ImportErrorsTest.labels;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.RegisterStore;

/** What an import writes: everything in one transaction, or nothing at all. */
class ImportApplyTest {

    @TempDir
    Path dir;

    static List<Object> child(String code, String name, String birth, String village) {
        return cells(ChildField.CODE, code, ChildField.FULL_NAME, name, ChildField.BIRTH_DATE, birth,
                ChildField.SEX, "Nữ", ChildField.VILLAGE, village);
    }

    private static Child hoa() {
        Child c = RegisterWorkbookRoundTripTest.child(null, "Nguyễn Thị Hòa", LocalDate.of(2017, 2, 3), Sex.FEMALE, "Thôn Đông");
        c.setPersonalId("001317000123");
        return c;
    }

    private static List<String> villages(RegisterStore store) {
        return store.villages().stream().map(v -> v.name()).toList();
    }

    @Test
    void oneBadRowAndNothingIsWritten() {
        Path file = TestWorkbooks.write(dir.resolve("mot-dong-loi.xlsx"), "TreEm", labels(), List.of(
                child("G1", "Đào Thị Một", "01/01/2018", "Bản Mới"),
                child("G2", "Đào Thị Hai", "02/01/2018", "Thôn Đông"),
                child("G3", "Đào Thị Ba", "03/01/2018", "Thôn Đông"),
                child("G4", "Đào Thị Bốn", "32/01/2018", "Thôn Đông")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            store.saveChild(hoa());
            int before = TestWorkbooks.childCount(store);
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(1, report.errors().size());
            assertEquals(5, report.errors().get(0).row());
            assertFalse(report.applied());
            assertEquals(before, TestWorkbooks.childCount(store));
            assertEquals(1, before);
            assertEquals(List.of("Thôn Đông"), villages(store));
            assertEquals(List.of(), store.pendingDuplicates());
        }
    }

    @Test
    void dryRunReportsThePlanAndWritesNothingThenTheImportWritesIt() {
        Path file = TestWorkbooks.write(dir.resolve("tot.xlsx"), "TreEm", labels(), List.of(
                child("G1", "Đào Thị Một", "01/01/2018", "Bản Mới"),
                child("G2", "Nguyen Thi Hoa", "03/02/2017", "Thôn Đông"),
                child("G3", "Đào Thị Ba", "03/01/2018", "bản mới")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            store.saveChild(hoa());
            RegisterWorkbookImporter importer = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY);

            ImportReport dry = importer.dryRun(file, Progress.NONE);
            assertEquals(List.of(), dry.issues());
            assertFalse(dry.applied());
            assertEquals(3, dry.added());
            assertEquals(List.of("Bản Mới"), dry.newVillages());
            assertEquals(List.of("Sheet TreEm, dòng 3 (Nguyen Thi Hoa, sinh 03/02/2017, mã G2) có thể trùng với trẻ mã "
                    + "TE000001 (Nguyễn Thị Hòa, sinh 03/02/2017) đã có trong sổ: cùng họ tên và ngày sinh."), dry.duplicates());
            assertEquals(1, TestWorkbooks.childCount(store));
            assertEquals(List.of("Thôn Đông"), villages(store));
            assertEquals(List.of(), store.pendingDuplicates());

            ImportReport real = importer.importAll(file, Progress.NONE);
            assertEquals(dry.issues(), real.issues());
            assertEquals(dry.duplicates(), real.duplicates());
            assertTrue(real.applied());
            assertEquals(4, TestWorkbooks.childCount(store));
            assertEquals(List.of("Thôn Đông", "Bản Mới"), villages(store));
            assertEquals(1, store.pendingDuplicates().size());
        }
    }

    @Test
    void possibleDuplicatesAgainstTheRegisterAndEarlierRowsAreQueued() {
        Path file = TestWorkbooks.write(dir.resolve("trung.xlsx"), "TreEm", labels(), List.of(
                child("F1", "Nguyen Thi Hoà", "03/02/2017", "Thôn Đông"),
                cells(ChildField.CODE, "F2", ChildField.FULL_NAME, "Phạm Minh", ChildField.BIRTH_DATE, "01/01/2017",
                        ChildField.SEX, "Nữ", ChildField.VILLAGE, "Thôn Đông", ChildField.PERSONAL_ID, "001317000123"),
                child("F3", "Lê Văn Tâm", "05/05/2018", "Thôn Đông"),
                child("F4", "Le  Van Tam", "05/05/2018", "Thôn Đông")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            store.saveChild(hoa());
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(), report.issues());
            assertTrue(report.applied());
            assertEquals(List.of(
                    "Sheet TreEm, dòng 2 (Nguyen Thi Hoà, sinh 03/02/2017, mã F1) có thể trùng với trẻ mã TE000001 "
                            + "(Nguyễn Thị Hòa, sinh 03/02/2017) đã có trong sổ: cùng họ tên và ngày sinh.",
                    "Sheet TreEm, dòng 3 (Phạm Minh, sinh 01/01/2017, mã F2) có thể trùng với trẻ mã TE000001 "
                            + "(Nguyễn Thị Hòa, sinh 03/02/2017) đã có trong sổ: cùng số định danh cá nhân.",
                    "Sheet TreEm, dòng 5 (Le Van Tam, sinh 05/05/2018, mã F4) có thể trùng với dòng 4 "
                            + "(Lê Văn Tâm, sinh 05/05/2018): cùng họ tên và ngày sinh."),
                    report.duplicates());
            Map<Long, String> codes = new HashMap<>();
            store.allChildren().forEach(c -> codes.put(c.getId(), c.getCode()));
            Set<String> queued = store.pendingDuplicates().stream()
                    .map(d -> codes.get(d.childIdA()) + "+" + codes.get(d.childIdB()) + ":" + d.reason().code())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("TE000001+F1:cung_ho_ten_ngay_sinh", "TE000001+F2:cung_so_dinh_danh",
                    "F3+F4:cung_ho_ten_ngay_sinh"), queued);

            // Importing the same file again updates the children and queues no pair twice.
            ImportReport again = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(4, again.updated());
            assertEquals(0, again.added());
            assertEquals(3, store.pendingDuplicates().size());
        }
    }

    @Test
    void aKnownCodeUpdatesThatChild() {
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            Child saved = store.saveChild(hoa());
            Path file = TestWorkbooks.write(dir.resolve("sua.xlsx"), "TreEm", labels(), List.of(
                    cells(ChildField.CODE, saved.getCode(), ChildField.FULL_NAME, "Nguyễn Thị Hoà Bình",
                            ChildField.BIRTH_DATE, "03/02/2017", ChildField.SEX, "Nữ", ChildField.VILLAGE, "Xóm Chùa",
                            ChildField.PERSONAL_ID, "001317000123", ChildField.STATUS, "Đã chuyển đi",
                            ChildField.STATUS_DATE, "15/02/2026")));
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(), report.issues());
            assertEquals(0, report.added());
            assertEquals(1, report.updated());
            assertEquals(List.of("Xóm Chùa"), report.newVillages());
            assertEquals(List.of(), report.duplicates());
            assertEquals(List.of("TE000001|Nguyễn Thị Hoà Bình|2017-02-03|false|Nữ|null|001317000123|Xóm Chùa|null|null"
                            + "|null|null|null|Đã chuyển đi|2026-02-15|null|null"),
                    store.allChildren().stream().map(RegisterWorkbookRoundTripTest::render).toList());
            assertEquals(saved.getId(), store.allChildren().get(0).getId());
        }
    }

    @Test
    void cancellingAtAnyPointWritesNothing() {
        Path file = TestWorkbooks.write(dir.resolve("huy.xlsx"), "TreEm", labels(), List.of(
                child("G1", "Đào Thị Một", "01/01/2018", "Bản Mới"),
                child("G2", "Nguyen Thi Hoa", "03/02/2017", "Thôn Đông"),
                child("G3", "Đào Thị Ba", "03/01/2018", "Thôn Đông")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            store.saveChild(hoa());
            RegisterWorkbookImporter importer = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY);
            int cancelled = 0;
            for (int checks = 1; ; checks++) {
                try {
                    ImportReport report = importer.importAll(file, cancelAfterChecks(checks));
                    assertTrue(report.applied());
                    break;
                } catch (Progress.CancelledException e) {
                    cancelled++;
                    assertEquals("Đã hủy. Không có thay đổi nào được ghi.", e.getMessage());
                    assertEquals(1, TestWorkbooks.childCount(store), "cancelled at check " + checks);
                    assertEquals(List.of("Thôn Đông"), villages(store));
                    assertEquals(List.of(), store.pendingDuplicates());
                }
            }
            // Reading, planning and writing each look at Cancel for every row, and once more after writing.
            assertTrue(cancelled >= 10, "cancel points: " + cancelled);
            assertEquals(4, TestWorkbooks.childCount(store));
        }
    }

    /** Cancelled from the n-th time the work asks. */
    static Progress cancelAfterChecks(int n) {
        return new Progress() {
            private int asked;

            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return ++asked >= n;
            }
        };
    }
}
