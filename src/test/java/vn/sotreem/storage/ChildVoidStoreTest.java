package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Memberships;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.report.RegisterSnapshot;

/** Voiding a child entered in error and restoring it, on a real register file. */
class ChildVoidStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BIRTH = LocalDate.of(2014, 6, 1);

    @TempDir
    Path dir;

    private RegisterStore create() {
        return RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"));
    }

    /** A kept child and a test entry with a membership, a support and an injury. */
    private static long[] twoChildren(RegisterStore store) {
        Child kept = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", BIRTH, "Thôn 1"));
        Child test = store.saveChild(RegisterStoreTest.child("Thử Nghiệm", BIRTH, "Thôn 1"));
        long id = test.getId();
        store.write(tx -> tx.saveMembership(Memberships.of(id, HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1))
                .basis("Quyết định 15/QĐ-UBND").build(), TODAY));
        store.write(tx -> tx.addSupport(Supports.of(id, LocalDate.of(2026, 1, 25), SupportType.GOODS_AND_GIFTS)
                .provider("UBND xã").amount(500_000L).build(), TODAY));
        store.write(tx -> tx.saveInjury(Injuries.of(id, LocalDate.of(2026, 10, 1)).build(), false, TODAY));
        store.write(tx -> tx.queueDuplicate(kept.getId(), id, DuplicateReason.SAME_NAME_AND_BIRTH_DATE));
        return new long[] {kept.getId(), id};
    }

    private static int rows(RegisterStore store, String sql) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aVoidedChildLeavesEveryListCountAndTheReportWithItsEventsButStaysInTheFile() {
        try (RegisterStore store = create()) {
            long[] ids = twoChildren(store);
            RegisterSnapshot before = store.reportSnapshot(); // kept: the void must make it stale
            assertEquals(2, before.children().size());
            assertEquals(1, before.memberships().size());
            assertEquals(1, store.pendingDuplicates().size());

            store.voidChild(ids[1], "  Nhập thử khi tập huấn  ");

            assertEquals(List.of(ids[0]), store.allChildren().stream().map(Child::getId).toList());
            assertTrue(store.child(ids[1]).isEmpty());
            assertTrue(store.read(tx -> tx.childByCode("TE000002")).isEmpty(), "the search by code leaves it out");
            assertEquals(1, store.read(RegisterTransaction::childCount));
            Child same = RegisterStoreTest.child("Thử Nghiệm", BIRTH, "Thôn 1");
            assertEquals(List.of(), store.possibleDuplicates(same), "nor is it proposed as a duplicate");
            assertEquals(List.of(), store.pendingDuplicates(), "its queued pair no longer waits");
            assertEquals(List.of(), store.read(tx -> tx.memberships(null)));
            assertEquals(List.of(), store.read(tx -> tx.supports(null)));
            assertEquals(List.of(), store.read(tx -> tx.injuries(null)));
            RegisterSnapshot after = store.reportSnapshot();
            assertEquals(List.of(ids[0]), after.children().stream().map(Child::getId).toList());
            assertEquals(List.of(), after.memberships());
            assertEquals(List.of(), after.supports());
            assertEquals(List.of(), after.injuries());

            // Nothing is physically deleted: the row, its events and who voided it, when and why, stay.
            assertEquals(2, rows(store, "SELECT COUNT(*) FROM child"));
            assertEquals(1, rows(store, "SELECT COUNT(*) FROM child WHERE voided_by = '" + store.userName() + "' AND voided_at IS NOT NULL "
                    + "AND void_reason = 'Nhập thử khi tập huấn'"));
            assertEquals(1, rows(store, "SELECT COUNT(*) FROM hcdb_membership"));
            assertEquals(1, rows(store, "SELECT COUNT(*) FROM injury"));

            AuditEntry entry = store.auditEntries(new AuditFilter(null, AuditAction.VOID, null, null, null), 10).get(0);
            assertEquals("TE000002", entry.entityId());
            assertTrue(entry.details().contains("còn trong sổ → đã hủy"), entry.details());
            assertTrue(entry.details().contains("1 đợt thuộc nhóm HCĐB, 1 lần trợ giúp, 1 tai nạn, thương tích"), entry.details());
            assertTrue(entry.details().contains("Lý do: Nhập thử khi tập huấn"), entry.details());

            // Its code stays taken: a row bringing it back (an old workbook) is refused by name.
            Child again = RegisterStoreTest.child("Thử Nghiệm", BIRTH, "Thôn 1");
            again.setCode("TE000002");
            UserFacingException taken = assertThrows(UserFacingException.class, () -> store.saveChild(again));
            assertTrue(taken.getMessage().contains("hồ sơ đã hủy"), taken.getMessage());
            // A new child gets a new code, not the voided one's.
            assertEquals("TE000003", store.saveChild(RegisterStoreTest.child("Vàng A Sử", BIRTH, "Thôn 1")).getCode());
        }
    }

    @Test
    void anAdministratorSeesTheVoidedRecordsAndRestoresOneWithItsEvents() {
        try (RegisterStore store = create()) {
            long[] ids = twoChildren(store);
            store.voidChild(ids[1], "Trùng hồ sơ");
            List<ChildRepository.Voided> voided = store.voidedChildren();
            assertEquals(1, voided.size());
            assertEquals("Thử Nghiệm", voided.get(0).child().getFullName());
            assertEquals("Trùng hồ sơ", voided.get(0).reason());
            assertEquals(store.userName(), voided.get(0).by());

            store.restoreChild(ids[1]);

            assertEquals(2, store.allChildren().size());
            assertEquals(List.of(), store.voidedChildren());
            assertEquals(1, store.reportSnapshot().memberships().size());
            assertEquals(1, store.read(tx -> tx.injuries(null)).size());
            AuditEntry entry = store.auditEntries(new AuditFilter(null, AuditAction.RESTORE, null, null, "TE000002"), 10).get(0);
            assertTrue(entry.details().contains("đã hủy → còn trong sổ"), entry.details());
            assertTrue(entry.details().contains("lý do: Trùng hồ sơ"), entry.details());
        }
    }

    @Test
    void aReasonIsRequiredAndAVictimOfAnAbuseCaseIsNotVoided() {
        try (RegisterStore store = create()) {
            long[] ids = twoChildren(store);
            assertThrows(UserFacingException.class, () -> store.voidChild(ids[1], "  "));
            Child victim = store.child(ids[1]).orElseThrow();
            store.saveAbuseCase(AbuseCases.simple("XH-2026-001", victim.getId(), LocalDate.of(2026, 11, 20), LocalTime.of(8, 0)), TODAY);
            UserFacingException refused = assertThrows(UserFacingException.class, () -> store.voidChild(ids[1], "Nhập thử"));
            assertTrue(refused.getMessage().contains("XH-2026-001"), refused.getMessage());
            assertEquals(2, store.allChildren().size(), "nothing changed");
            assertEquals(0, store.auditEntries(new AuditFilter(null, AuditAction.VOID, null, null, null), 10).size());
        }
    }

    @Test
    void viewersCannotVoidAndOnlyAdministratorsSeeOrRestoreVoidedRecords() {
        long id;
        try (RegisterStore store = create()) {
            id = twoChildren(store)[1];
            store.accounts().add("Phạm Thu", Role.VIEWER, AccountsTest.VIEWER_PW);
            store.accounts().add("Lê Minh", Role.OFFICER, AccountsTest.OFFICER_PW);
        }
        try (RegisterStore viewer = RegisterStore.open(new DataFolder(dir), "Phạm Thu", AccountsTest.VIEWER_PW)) {
            assertThrows(UserFacingException.class, () -> viewer.voidChild(id, "Nhập thử"));
            assertEquals(2, viewer.allChildren().size());
        }
        try (RegisterStore officer = RegisterStore.open(new DataFolder(dir), "Lê Minh", AccountsTest.OFFICER_PW)) {
            officer.voidChild(id, "Nhập thử");
            assertThrows(UserFacingException.class, officer::voidedChildren);
            assertThrows(UserFacingException.class, () -> officer.restoreChild(id));
            assertEquals(1, officer.allChildren().size());
        }
    }

    @Test
    void openingAChildsRecordIsAuditedOnceForEveryRole() {
        long id;
        String admin;
        try (RegisterStore store = create()) {
            id = twoChildren(store)[0];
            admin = store.userName();
            store.accounts().add("Phạm Thu", Role.VIEWER, AccountsTest.VIEWER_PW);
            assertEquals("Lò Thị Mây", store.openChildRecord(id).orElseThrow().getFullName());
        }
        try (RegisterStore viewer = RegisterStore.open(new DataFolder(dir), "Phạm Thu", AccountsTest.VIEWER_PW)) {
            viewer.openChildRecord(id);
        }
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), admin, AccountsTest.ADMIN_PW)) {
            List<AuditEntry> opened = store.auditEntries(new AuditFilter(null, AuditAction.OPEN_CHILD, null, null, null), 10);
            assertEquals(List.of("Phạm Thu", admin), opened.stream().map(AuditEntry::userName).toList());
            assertEquals("TE000001", opened.get(0).entityId());
        }
    }

    @Test
    void keepingANewChildThatLooksLikeAnotherQueuesThePair() {
        try (RegisterStore store = create()) {
            Child first = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", BIRTH, "Thôn 1"));
            Child again = RegisterStoreTest.child("Lo Thi May", BIRTH, "Thôn 1");
            Child saved = store.saveChildKeepingDuplicates(again, store.possibleDuplicates(again));
            assertEquals(1, store.pendingDuplicates().size());
            var pair = store.pendingDuplicates().get(0);
            assertEquals(List.of(first.getId(), saved.getId()), List.of(pair.childIdA(), pair.childIdB()));
            assertEquals(DuplicateReason.SAME_NAME_AND_BIRTH_DATE, pair.reason());
        }
    }
}
