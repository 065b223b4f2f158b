package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.DuplicateQueueRepository;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.exchange.ownlist.MappedImport;
import vn.sotreem.exchange.ownlist.MappedImportReport;

/**
 * The list of a pre-2025 commune imported into the register of the commune it merged into
 * (register commune 00004 Phường Ba Đình), and possible duplicates by name and birth year.
 */
class MergedCommuneImportTest {

    private static final LocalDate TODAY = TestWorkbooks.TODAY;

    @TempDir
    Path dir;

    private Path list() {
        return TestWorkbooks.write(dir.resolve("truc-bach.xlsx"), "DS",
                row("Họ và tên", "Ngày sinh", "Giới tính", "Thôn"), List.of(
                        row("Nguyễn Thị Hòa", "03/02/2017", "Nữ", "Tổ 1"),
                        row("Lê Văn Minh", "05/06/2018", "Nam", "Tổ 2"),
                        row("Đỗ Thị Lan", "2016", "Nữ", "Tổ 2")));
    }

    private static Child byName(RegisterStore store, String name) {
        return store.allChildren().stream().filter(c -> c.foldedName().equals(VietnameseText.fold(name)))
                .findFirst().orElseThrow();
    }

    @Test
    void everyImportedOrUpdatedChildRecordsTheOldCommune() {
        Path file = list();
        DataFolder folder = new DataFolder(dir.resolve("db"));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Tổ 1")) {
            store.saveChild(RegisterWorkbookRoundTripTest.child(null, "Nguyễn Thị Hoà", LocalDate.of(2017, 2, 3),
                    Sex.FEMALE, "Tổ 1"));
            Child other = store.saveChild(RegisterWorkbookRoundTripTest.child(null, "Phan Văn Tú", LocalDate.of(2014, 1, 1),
                    Sex.MALE, "Tổ 1"));
            ImportMapping mapping = MappedImport.propose(file);
            // 00004 Phường Trúc Bạch went wholly into 00004 Phường Ba Đình
            MappedImportReport result = new MappedImport(store, TODAY).importAll(file, mapping, "00004", Progress.NONE);
            assertEquals(List.of(), result.report().errors(), result.report().errors().toString());
            assertTrue(result.report().warnings().stream().noneMatch(w -> w.message().contains("Xã cũ")));
            assertTrue(result.report().applied());
            assertEquals(List.of(2), result.rowsToUpdate());
            assertTrue(store.auditEntries(AuditFilter.all(), 100).stream().anyMatch(e -> e.action() == AuditAction.UPDATE
                    && e.details().contains("Xã cũ (trước 2025):  → Phường Trúc Bạch (mã 00004)")));
            assertTrue(store.auditEntries(AuditFilter.all(), 100).stream().anyMatch(e -> e.action() == AuditAction.IMPORT
                    && e.details().contains("danh sách của xã cũ Phường Trúc Bạch (mã 00004)")));
            assertEquals(null, store.child(other.getId()).orElseThrow().getOriginCommuneCode(), "not in the list: untouched");
        }
        try (RegisterStore reopened = RegisterStore.open(folder, TestWorkbooks.PASSWORD)) {
            for (String name : List.of("Nguyễn Thị Hoà", "Lê Văn Minh", "Đỗ Thị Lan")) {
                assertEquals("00004", byName(reopened, name).getOriginCommuneCode(), name);
            }
        }
    }

    @Test
    void aRegisterWorkbookReimportKeepsTheOrigin() {
        Path file = list();
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Tổ 1")) {
            new MappedImport(store, TODAY).importAll(file, MappedImport.propose(file), "00004", Progress.NONE);
            Path workbook = dir.resolve("so.xlsx");
            new RegisterWorkbookExporter(store, TODAY).export(workbook, Progress.NONE);
            ImportReport again = new RegisterWorkbookImporter(store, TODAY).importAll(workbook, Progress.NONE);
            assertTrue(again.applied(), again.errors().toString());
            assertTrue(store.allChildren().stream().allMatch(c -> "00004".equals(c.getOriginCommuneCode())));
        }
    }

    @Test
    void anOldCommuneNowInAnotherCommuneBlocksTheImport() {
        Path file = list();
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Tổ 1")) {
            // 00001 Phường Phúc Xá went into 00097 Phường Hồng Hà
            MappedImportReport result = new MappedImport(store, TODAY).importAll(file, MappedImport.propose(file),
                    "00001", Progress.NONE);
            assertFalse(result.report().applied());
            assertEquals(1, result.report().errors().size(), result.report().errors().toString());
            assertEquals("Sheet DS: Xã cũ Phường Phúc Xá (mã 00001) nay thuộc Phường Hồng Hà, không phải xã của sổ này "
                    + "(Phường Ba Đình).", result.report().errors().get(0).describe());
            assertEquals(0, store.allChildren().size());
        }
    }

    @Test
    void aSplitOldCommuneImportsWithAWarningNamingTheNewCommunes() {
        Path file = list();
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Tổ 1")) {
            // 00016 Phường Ngọc Hà was split between 00004 Phường Ba Đình and 00008 Phường Ngọc Hà
            MappedImportReport result = new MappedImport(store, TODAY).importAll(file, MappedImport.propose(file),
                    "00016", Progress.NONE);
            assertTrue(result.report().applied(), result.report().errors().toString());
            assertTrue(result.report().warnings().stream().anyMatch(w -> w.message().contains(
                    "Xã cũ Phường Ngọc Hà (mã 00016) đã được chia cho nhiều xã mới: Phường Ba Đình, Phường Ngọc Hà.")),
                    result.report().warnings().toString());
            assertEquals(3, store.allChildren().stream().filter(c -> "00016".equals(c.getOriginCommuneCode())).count());
        }
    }

    @Test
    void aNameAndBirthYearPairIsQueuedOnceAndNotAfterNotDuplicate() {
        Path file = TestWorkbooks.write(dir.resolve("ds.xlsx"), "DS", row("Họ và tên", "Ngày sinh", "Giới tính", "Thôn"),
                List.of(row("Lê Văn Cường", "09/09/2015", "Nam", "Thôn Tây")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông", "Thôn Tây")) {
            Child known = store.saveChild(RegisterWorkbookRoundTripTest.child(null, "Lê Văn Cường", LocalDate.of(2015, 1, 1),
                    Sex.MALE, "Thôn Đông"));
            ImportMapping mapping = MappedImport.propose(file);
            MappedImport importer = new MappedImport(store, TODAY);

            MappedImportReport first = importer.importAll(file, mapping, Progress.NONE);
            assertTrue(first.report().applied());
            assertEquals(1, first.report().duplicates().size());
            List<DuplicateQueueRepository.PossibleDuplicate> pending = store.pendingDuplicates();
            assertEquals(1, pending.size());
            assertEquals(DuplicateReason.NAME_AND_BIRTH_YEAR, pending.get(0).reason());
            long added = byNameAndVillage(store, "Thôn Tây").getId();
            assertEquals(List.of(Math.min(known.getId(), added), Math.max(known.getId(), added)),
                    List.of(pending.get(0).childIdA(), pending.get(0).childIdB()));

            MappedImportReport second = importer.importAll(file, mapping, Progress.NONE);
            assertEquals(List.of(2), second.rowsToUpdate(), "the row now updates the child it added");
            assertEquals(List.of(), second.report().duplicates(), "already queued: not proposed again");
            assertEquals(1, store.pendingDuplicates().size());

            store.markNotDuplicate(known.getId(), added);
            MappedImportReport third = importer.importAll(file, mapping, Progress.NONE);
            assertTrue(third.report().applied());
            assertEquals(List.of(), third.report().duplicates());
            assertEquals(List.of(), store.pendingDuplicates());
            assertEquals(List.of(DuplicateQueueRepository.NOT_DUPLICATE),
                    store.read(tx -> tx.duplicatePairs()).stream().map(DuplicateQueueRepository.PossibleDuplicate::status).toList());
        }
    }

    private static Child byNameAndVillage(RegisterStore store, String village) {
        return store.allChildren().stream().filter(c -> c.getVillage().equals(village)).findFirst().orElseThrow();
    }
}
