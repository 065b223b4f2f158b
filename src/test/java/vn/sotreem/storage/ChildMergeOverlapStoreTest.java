package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Memberships;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.merge.MembershipOverlaps;
import vn.sotreem.domain.merge.MembershipOverlaps.Resolution;

/** Overlapping memberships of one group are resolved in the merge (keep one, or join the periods), on a real register. */
class ChildMergeOverlapStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BIRTH = LocalDate.of(2014, 6, 1);

    @TempDir
    Path dir;

    private RegisterStore create() {
        return RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"));
    }

    private static Membership orphan(long childId, String subCase, LocalDate from, LocalDate to, String basis) {
        return Memberships.of(childId, HcdbGroup.ORPHAN, from).subCase(HcdbSubCase.byCode(subCase).orElseThrow()).to(to)
                .basis(basis).closeReason(to == null ? null : "hết hoàn cảnh").build();
    }

    private record Pair(Child older, Child newer) {
    }

    private static Pair twoRecords(RegisterStore store, Membership ofOlder, Membership ofNewer) {
        Child older = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", BIRTH, "Thôn 1"));
        Child newer = store.saveChild(RegisterStoreTest.child("Lo Thi May", BIRTH, "Thôn 1"));
        store.write(tx -> tx.saveMembership(new Membership(null, older.getId(), ofOlder.group(), ofOlder.subCase(),
                ofOlder.fromDate(), ofOlder.toDate(), ofOlder.basis(), null, ofOlder.closeReason()), TODAY));
        store.write(tx -> tx.saveMembership(new Membership(null, newer.getId(), ofNewer.group(), ofNewer.subCase(),
                ofNewer.fromDate(), ofNewer.toDate(), ofNewer.basis(), null, ofNewer.closeReason()), TODAY));
        return new Pair(older, newer);
    }

    private static ChildMerge resolved(RegisterStore store, Pair pair, Resolution how) {
        ChildMerge merge = ChildMerge.of(pair.older(), pair.newer());
        List<MembershipOverlaps.Conflict> conflicts = merge.memberships().conflicts(
                store.read(tx -> tx.memberships(pair.older().getId())), store.read(tx -> tx.memberships(pair.newer().getId())));
        assertEquals(1, conflicts.size());
        merge.memberships().resolve(conflicts.get(0), how);
        return merge;
    }

    @Test
    void keepingTheOlderRecordsMembershipDropsTheOther() {
        try (RegisterStore store = create()) {
            Pair pair = twoRecords(store, orphan(0, "a.3", LocalDate.of(2020, 1, 1), null, "QĐ 15"),
                    orphan(0, "a.1", LocalDate.of(2022, 3, 1), LocalDate.of(2023, 5, 31), "QĐ 99"));
            store.mergeChildren(resolved(store, pair, Resolution.KEEP_OLDER), TODAY);

            List<Membership> left = store.read(tx -> tx.memberships(pair.older().getId()));
            assertEquals(1, left.size());
            assertEquals("QĐ 15", left.get(0).basis());
            assertEquals(1, store.allChildren().size());
            AuditEntry entry = store.auditEntries(new AuditFilter(null, AuditAction.MERGE, null, null, null), 10).get(0);
            assertTrue(entry.details().contains("Nhóm a: bỏ đợt từ 01/03/2022 đến 31/05/2023 của hồ sơ TE000002 (căn cứ: QĐ 99)"),
                    entry.details());
        }
    }

    @Test
    void keepingTheNewerRecordsMembershipMovesItAndDropsTheOlderOne() {
        try (RegisterStore store = create()) {
            Pair pair = twoRecords(store, orphan(0, "a.3", LocalDate.of(2020, 1, 1), null, "QĐ 15"),
                    orphan(0, "a.1", LocalDate.of(2022, 3, 1), LocalDate.of(2023, 5, 31), "QĐ 99"));
            store.mergeChildren(resolved(store, pair, Resolution.KEEP_NEWER), TODAY);

            List<Membership> left = store.read(tx -> tx.memberships(pair.older().getId()));
            assertEquals(List.of("QĐ 99"), left.stream().map(Membership::basis).toList());
        }
    }

    @Test
    void joiningMakesOnePeriodFromTheEarliestStartToTheLatestEnd() {
        try (RegisterStore store = create()) {
            Pair pair = twoRecords(store, orphan(0, "a.3", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), "QĐ 15"),
                    orphan(0, "a.3", LocalDate.of(2021, 6, 1), null, "QĐ 99"));
            store.mergeChildren(resolved(store, pair, Resolution.JOIN), TODAY);

            List<Membership> left = store.read(tx -> tx.memberships(pair.older().getId()));
            assertEquals(1, left.size());
            assertEquals(LocalDate.of(2020, 1, 1), left.get(0).fromDate());
            assertNull(left.get(0).toDate(), "the newer period was still open");
            assertNull(left.get(0).closeReason());
            assertEquals("QĐ 15", left.get(0).basis());
            assertEquals(1, store.reportSnapshot().memberships().size());
            AuditEntry entry = store.auditEntries(new AuditFilter(null, AuditAction.MERGE, null, null, null), 10).get(0);
            assertTrue(entry.details().contains("thành đợt từ 01/01/2020 (chưa kết thúc)"), entry.details());
        }
    }

    @Test
    void anUnresolvedOverlapStillRefusesTheMergeAndChangesNothing() {
        try (RegisterStore store = create()) {
            Pair pair = twoRecords(store, orphan(0, "a.3", LocalDate.of(2020, 1, 1), null, "QĐ 15"),
                    orphan(0, "a.1", LocalDate.of(2022, 3, 1), LocalDate.of(2023, 5, 31), "QĐ 99"));
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> store.mergeChildren(ChildMerge.of(pair.older(), pair.newer()), TODAY));
            assertTrue(e.getMessage().endsWith("trong cửa sổ gộp."), e.getMessage());
            assertEquals(2, store.allChildren().size());
            assertEquals(1, store.read(tx -> tx.memberships(pair.newer().getId())).size());
        }
    }
}
