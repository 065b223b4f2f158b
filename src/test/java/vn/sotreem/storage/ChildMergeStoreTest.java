package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.common.UserFacingException;

/** Merging two records of one child, and "không trùng", on a real register file. */
class ChildMergeStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BIRTH = LocalDate.of(2014, 6, 1);

    @TempDir
    Path dir;

    private RegisterStore create() {
        return RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1", "Thôn 2"));
    }

    private static Membership orphan(long childId, String subCase, LocalDate from, LocalDate to) {
        return Memberships.of(childId, HcdbGroup.ORPHAN, from).subCase(HcdbSubCase.byCode(subCase).orElseThrow()).to(to)
                .basis("Quyết định 15/QĐ-UBND").closeReason(to == null ? null : "hết hoàn cảnh").build();
    }

    /** Two records of Lò Thị Mây, the newer one with a phone and another father's spelling, queued as a pair. */
    private static Child[] twoRecords(RegisterStore store) {
        Child first = RegisterStoreTest.child("Lò Thị Mây", BIRTH, "Thôn 1");
        first.setFatherName("Lò Văn Páo");
        Child older = store.saveChild(first);
        Child second = RegisterStoreTest.child("Lo Thi May", BIRTH, "Thôn 2");
        second.setFatherName("Lò Văn Pao");
        second.setPhone("0912345678");
        Child newer = store.saveChild(second);
        store.write(tx -> tx.queueDuplicate(newer.getId(), older.getId(), DuplicateReason.SAME_NAME_AND_BIRTH_DATE));
        return new Child[] {older, newer};
    }

    private static String pairStatus(RegisterStore store, long a, long b) {
        return store.query(c -> store.duplicateQueueRepository().pair(c, a, b)).orElseThrow().status();
    }

    @Test
    void mergeKeepsEveryLinkedRecordAndTheChosenValues() {
        try (RegisterStore store = create()) {
            Child[] kids = twoRecords(store);
            long older = kids[0].getId();
            long newer = kids[1].getId();
            store.write(tx -> tx.saveMembership(orphan(older, "a.3", LocalDate.of(2020, 1, 1), null), TODAY));
            store.write(tx -> tx.saveMembership(orphan(newer, "a.3", LocalDate.of(2020, 1, 1), null), TODAY));
            store.write(tx -> tx.addSupport(Supports.of(newer, LocalDate.of(2026, 1, 25), SupportType.GOODS_AND_GIFTS)
                    .provider("UBND xã").amount(500_000L).build(), TODAY));
            store.write(tx -> tx.saveInjury(Injuries.of(newer, LocalDate.of(2026, 10, 1)).type(InjuryType.FALL)
                    .place(InjuryPlace.SCHOOL).treatedAt("Trạm y tế xã").build(), false, TODAY));
            AbuseCase both = store.saveAbuseCase(AbuseCases.full("XH-2026-001", older, newer), TODAY);
            AbuseCase onlyNewer = store.saveAbuseCase(AbuseCases.simple("XH-2026-002", newer,
                    LocalDate.of(2026, 11, 20), LocalTime.of(8, 0)), TODAY);
            // A third record waiting in the queue with the newer one moves to the older one.
            Child third = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", BIRTH, "Thôn 2"));
            store.write(tx -> tx.queueDuplicate(newer, third.getId(), DuplicateReason.SAME_NAME_AND_BIRTH_DATE));

            ChildMerge merge = ChildMerge.of(kids[1], kids[0]);
            merge.choose(ChildField.FATHER_NAME, ChildMerge.Side.NEWER);
            Child kept = store.mergeChildren(merge, TODAY);

            assertEquals("TE000001", kept.getCode());
            List<Child> children = store.allChildren();
            assertEquals(List.of(older, third.getId()), children.stream().map(Child::getId).toList());
            Child stored = store.child(older).orElseThrow();
            assertEquals("Lò Văn Pao", stored.getFatherName());
            assertEquals("0912345678", stored.getPhone()); // the only one filled in
            assertEquals("Thôn 1", stored.getVillage());
            assertTrue(store.child(newer).isEmpty());
            // The old code still leads to the kept child (a later import of an old workbook).
            assertEquals(older, store.read(tx -> tx.childByCode("TE000002")).orElseThrow().getId());

            assertEquals(1, store.read(tx -> tx.memberships(older)).size(), "the identical membership is kept once");
            // The copy given up is voided with the merge as its reason, not deleted.
            assertEquals(List.of("Gộp hồ sơ TE000002 vào hồ sơ TE000001: đợt trùng với đợt đã giữ"), store.query(c -> {
                List<String> reasons = new java.util.ArrayList<>();
                try (java.sql.PreparedStatement ps = c.prepareStatement(
                        "SELECT void_reason FROM hcdb_membership WHERE voided_at IS NOT NULL");
                     java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reasons.add(rs.getString(1));
                    }
                }
                return reasons;
            }));
            assertEquals(1, store.read(tx -> tx.supports(older)).size());
            assertEquals(1, store.read(tx -> tx.injuries(older)).size());
            assertEquals(List.of(), store.read(tx -> tx.memberships(newer)));
            AbuseCase merged = store.read(tx -> tx.abuseCase(both.getId())).orElseThrow();
            assertEquals(List.of(older), merged.getVictims().stream().map(AbuseVictim::childId).toList());
            assertEquals(List.of(older, older), merged.getPerpetrators().stream().map(Perpetrator::victimChildId).toList());
            assertEquals(List.of(older), store.read(tx -> tx.abuseCase(onlyNewer.getId())).orElseThrow()
                    .getVictims().stream().map(AbuseVictim::childId).toList());

            assertEquals(DuplicateQueueRepository.MERGED, pairStatus(store, older, newer));
            assertEquals(DuplicateQueueRepository.MERGED, pairStatus(store, newer, third.getId()));
            assertEquals(List.of(third.getId()), store.pendingDuplicates().stream()
                    .filter(p -> p.childIdA() == older).map(DuplicateQueueRepository.PossibleDuplicate::childIdB).toList());

            List<AuditEntry> ofNewer = store.auditEntries(new AuditFilter(null, null, null, null, "TE000002"), 100);
            assertTrue(ofNewer.stream().anyMatch(e -> e.action() == AuditAction.CREATE && e.entityId().equals("TE000002")));
            AuditEntry mergeEntry = ofNewer.stream().filter(e -> e.action() == AuditAction.MERGE).findFirst().orElseThrow();
            assertEquals("TE000001", mergeEntry.entityId());
            assertTrue(mergeEntry.details().contains("Gộp hồ sơ TE000002 (Lo Thi May) vào hồ sơ TE000001 (Lò Thị Mây)"),
                    mergeEntry.details());
            assertTrue(mergeEntry.details().contains("Họ tên cha: Lò Văn Pao (theo hồ sơ TE000002)"), mergeEntry.details());
            assertTrue(store.auditEntries(new AuditFilter(null, AuditAction.CREATE, null, null, "TE000001"), 100).stream()
                    .anyMatch(e -> e.entityId().equals("TE000001")));
        }
    }

    @Test
    void overlappingMembershipsOfOneGroupRefuseTheMergeAndLeaveBothRecordsUntouched() {
        try (RegisterStore store = create()) {
            Child[] kids = twoRecords(store);
            long older = kids[0].getId();
            long newer = kids[1].getId();
            store.write(tx -> tx.saveMembership(orphan(older, "a.3", LocalDate.of(2020, 1, 1), null), TODAY));
            store.write(tx -> tx.saveMembership(orphan(newer, "a.1", LocalDate.of(2022, 3, 1), LocalDate.of(2023, 5, 31)), TODAY));
            store.write(tx -> tx.addSupport(Supports.of(newer, LocalDate.of(2026, 1, 25), SupportType.GOODS_AND_GIFTS)
                    .provider("UBND xã").amount(500_000L).build(), TODAY));
            ChildMerge merge = ChildMerge.of(kids[0], kids[1]);
            merge.choose(ChildField.FULL_NAME, ChildMerge.Side.NEWER);

            UserFacingException e = assertThrows(UserFacingException.class, () -> store.mergeChildren(merge, TODAY));
            assertEquals("Không gộp được: hồ sơ TE000001 thuộc nhóm a. Trẻ em mồ côi cả cha và mẹ từ 01/01/2020 (chưa kết thúc), "
                    + "hồ sơ TE000002 cũng thuộc nhóm đó từ 01/03/2022 đến 31/05/2023; hai thời gian chồng nhau. "
                    + "Hãy chọn giữ một đợt hoặc nối hai thời gian trong cửa sổ gộp.", e.getMessage());
            assertEquals(2, store.allChildren().size());
            assertEquals("Lò Thị Mây", store.child(older).orElseThrow().getFullName());
            assertEquals("Lo Thi May", store.child(newer).orElseThrow().getFullName());
            assertEquals(1, store.read(tx -> tx.memberships(newer)).size());
            assertEquals(1, store.read(tx -> tx.supports(newer)).size());
            assertEquals(DuplicateQueueRepository.PENDING, pairStatus(store, older, newer));
            assertTrue(store.auditEntries(new AuditFilter(null, AuditAction.MERGE, null, null, null), 10).isEmpty());
        }
    }

    @Test
    void notADuplicateIsNeverProposedAgain() {
        try (RegisterStore store = create()) {
            Child[] kids = twoRecords(store);
            store.markNotDuplicate(kids[1].getId(), kids[0].getId());

            assertEquals(List.of(), store.pendingDuplicates());
            assertEquals(DuplicateQueueRepository.NOT_DUPLICATE, pairStatus(store, kids[0].getId(), kids[1].getId()));
            assertEquals(List.of(), store.possibleDuplicates(kids[0]));
            assertEquals(List.of(), store.possibleDuplicates(kids[1]));
            boolean requeued = store.write(tx -> tx.queueDuplicate(kids[0].getId(), kids[1].getId(), DuplicateReason.SAME_NAME_AND_BIRTH_DATE));
            assertFalse(requeued);
            assertEquals(List.of(), store.pendingDuplicates());
            // A new record of the same name is still proposed against both.
            assertEquals(2, store.possibleDuplicates(RegisterStoreTest.child("Lò Thị Mây", BIRTH, "Thôn 1")).size());
            assertEquals(1, store.auditEntries(new AuditFilter(null, null, null, null, "Không trùng"), 10).size());
        }
    }

    @Test
    void aViewerCanNeitherMergeNorDecide() {
        Child[] kids;
        try (RegisterStore store = create()) {
            kids = twoRecords(store);
            store.accounts().add("Phạm Thu", Role.VIEWER, AccountsTest.VIEWER_PW);
        }
        try (RegisterStore viewer = RegisterStore.open(new DataFolder(dir), "Phạm Thu", AccountsTest.VIEWER_PW)) {
            ChildMerge merge = ChildMerge.of(kids[0], kids[1]);
            UserFacingException e = assertThrows(UserFacingException.class, () -> viewer.mergeChildren(merge, TODAY));
            assertTrue(e.getMessage().contains("không được gộp hồ sơ trẻ"), e.getMessage());
            assertThrows(UserFacingException.class, () -> viewer.write(tx -> tx.mergeChildren(merge, TODAY)));
            assertThrows(UserFacingException.class, () -> viewer.markNotDuplicate(kids[0].getId(), kids[1].getId()));
            assertEquals(2, viewer.allChildren().size());
            assertEquals(1, viewer.pendingDuplicates().size());
        }
    }
}
