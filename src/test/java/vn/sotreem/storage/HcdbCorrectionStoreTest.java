package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.hcdb.Distribution;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Memberships;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.hcdb.Supports;

/** Correcting and voiding memberships, supports and whole distribution days, read back from the register file. */
class HcdbCorrectionStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private RegisterStore create() {
        return RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"));
    }

    private static List<AuditEntry> audit(RegisterStore store, AuditAction action, String entity) {
        return store.auditEntries(new AuditFilter(null, action, null, null, null), 100).stream()
                .filter(e -> e.entity().equals(entity)).toList();
    }

    /** The void columns of a row, read with SQL: the row is still in its table. */
    private static String voidReason(RegisterStore store, String table, long id) {
        return store.read(tx -> tx.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT void_reason, voided_by, voided_at FROM " + table + " WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "the row is kept");
                    return rs.getString(1) == null ? null : rs.getString(1) + " | " + rs.getString(2)
                            + (rs.getTimestamp(3) == null ? " | no time" : "");
                }
            }
        }));
    }

    @Test
    void aMembershipIsCorrectedWithTheRulesOfEntryAndAuditedOldToNew() {
        try (RegisterStore store = create()) {
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Membership wrong = store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.ORPHAN,
                    LocalDate.of(2020, 1, 1)).subCase(HcdbSubCase.byCode("a.3").orElseThrow()).build(), TODAY));
            Membership other = store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.WITHOUT_SUPPORT,
                    LocalDate.of(2018, 1, 1)).to(LocalDate.of(2019, 12, 31)).build(), TODAY));

            Membership right = new Membership(wrong.id(), mây.getId(), HcdbGroup.WITHOUT_SUPPORT,
                    HcdbSubCase.byCode("c.7").orElseThrow(), LocalDate.of(2021, 3, 5), null, "Quyết định 15/QĐ-UBND", null, null);
            store.write(tx -> tx.saveMembership(right, TODAY));

            List<Membership> read = store.read(tx -> tx.memberships(mây.getId()));
            assertEquals(List.of(other, right), read, "the corrected one replaces the wrong one, no copy");
            AuditEntry entry = audit(store, AuditAction.UPDATE, "hcdb").get(0);
            assertEquals("TE000001/" + wrong.id(), entry.entityId());
            assertTrue(entry.details().contains("Nhóm HCĐB: a → c"), entry.details());
            assertTrue(entry.details().contains("Trường hợp: a.3 → c.7"), entry.details());
            assertTrue(entry.details().contains("Từ ngày: 01/01/2020 → 05/03/2021"), entry.details());
            assertTrue(entry.details().contains("Căn cứ xác định: (trống) → Quyết định 15/QĐ-UBND"), entry.details());

            // Same rules as on entry: no overlap with the child's other memberships, inside the child's life.
            Membership overlapping = new Membership(wrong.id(), mây.getId(), HcdbGroup.WITHOUT_SUPPORT, null,
                    LocalDate.of(2019, 6, 1), null, null, null, null);
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.write(tx -> tx.saveMembership(overlapping, TODAY)));
            assertTrue(e.getMessage().contains("hai thời gian không được chồng nhau"), e.getMessage());
            Membership beforeBirth = new Membership(wrong.id(), mây.getId(), HcdbGroup.WITHOUT_SUPPORT, null,
                    LocalDate.of(2013, 6, 1), LocalDate.of(2013, 12, 1), null, null, null);
            assertThrows(UserFacingException.class, () -> store.write(tx -> tx.saveMembership(beforeBirth, TODAY)));
            assertEquals(List.of(other, right), store.read(tx -> tx.memberships(mây.getId())), "refused: nothing changed");

            // Saving it unchanged writes and audits nothing.
            int entries = store.auditEntries(new AuditFilter(null, null, null, null, null), 100).size();
            store.write(tx -> tx.saveMembership(right, TODAY));
            assertEquals(entries, store.auditEntries(new AuditFilter(null, null, null, null, null), 100).size());
        }
    }

    @Test
    void aVoidedMembershipLeavesTheListsAndTheReportButKeepsItsRowAndReason() {
        try (RegisterStore store = create()) {
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Membership m = store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.ORPHAN,
                    LocalDate.of(2020, 1, 1)).build(), TODAY));
            assertEquals(1, store.reportSnapshot().memberships().size());

            UserFacingException noReason = assertThrows(UserFacingException.class,
                    () -> store.write(tx -> { tx.hcdb().voidMembership(m.id(), "  "); return null; }));
            assertEquals("Hãy ghi lý do hủy (ví dụ: nhập nhầm trẻ, nhập hai lần).", noReason.getMessage());

            store.write(tx -> { tx.hcdb().voidMembership(m.id(), "Nhập nhầm trẻ"); return null; });

            assertEquals(List.of(), store.read(tx -> tx.memberships(null)));
            assertEquals(List.of(), store.reportSnapshot().memberships(), "gone from the report's counts");
            assertEquals("Nhập nhầm trẻ | " + store.userName(), voidReason(store, "hcdb_membership", m.id()));
            AuditEntry entry = audit(store, AuditAction.VOID, "hcdb").get(0);
            assertEquals("TE000001/" + m.id(), entry.entityId());
            assertEquals("Hủy diện HCĐB nhập nhầm: nhóm a từ 01/01/2020\nLý do: Nhập nhầm trẻ", entry.details());
            // The group is free again for the right period.
            store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1)).build(), TODAY));
            assertThrows(UserFacingException.class, () -> store.write(tx -> { tx.hcdb().voidMembership(m.id(), "lần nữa"); return null; }),
                    "a voided membership cannot be voided again");
        }
    }

    @Test
    void aSupportIsCorrectedAndVoided() {
        try (RegisterStore store = create()) {
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Support s = store.write(tx -> tx.addSupport(Supports.of(mây.getId(), LocalDate.of(2026, 1, 20), SupportType.SOCIAL_ALLOWANCE)
                    .amount(500_000L).build(), TODAY));
            Support corrected = new Support(s.id(), mây.getId(), LocalDate.of(2026, 1, 25), SupportType.SOCIAL_ALLOWANCE, "UBND xã",
                    1_000_000L, "Quà Tết", null, null);
            store.write(tx -> tx.hcdb().saveSupport(corrected, TODAY));
            assertEquals(List.of(corrected), store.read(tx -> tx.supports(null)));
            AuditEntry update = audit(store, AuditAction.UPDATE, "tro_giup").get(0);
            assertTrue(update.details().contains("Ngày trợ giúp: 20/01/2026 → 25/01/2026"), update.details());
            assertTrue(update.details().contains("Kinh phí (đồng): 500000 → 1000000"), update.details());

            Support beforeBirth = new Support(s.id(), mây.getId(), LocalDate.of(2013, 1, 25), SupportType.SOCIAL_ALLOWANCE, null, null,
                    null, null, null);
            assertThrows(UserFacingException.class, () -> store.write(tx -> tx.hcdb().saveSupport(beforeBirth, TODAY)));

            store.write(tx -> { tx.hcdb().voidSupport(s.id(), "Nhập hai lần"); return null; });
            assertEquals(List.of(), store.read(tx -> tx.supports(null)));
            assertEquals(List.of(), store.reportSnapshot().supports());
            assertEquals("Nhập hai lần | " + store.userName(), voidReason(store, "support", s.id()));
            assertTrue(audit(store, AuditAction.VOID, "tro_giup").get(0).details().endsWith("Lý do: Nhập hai lần"));
        }
    }

    @Test
    void aDistributionDayIsCorrectedAndVoidedAsAWholeInOneTransaction() {
        try (RegisterStore store = create()) {
            Child a = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Child b = store.saveChild(RegisterStoreTest.child("Vàng A Páo", LocalDate.of(2026, 1, 10), "Thôn 1"));
            Support tet = Supports.of(0, LocalDate.of(2026, 1, 25), SupportType.GOODS_AND_GIFTS).provider("UBND xã")
                    .amount(500_000L).note("Quà Tết").build();
            store.addSupportToChildren(tet, List.of(a.getId(), b.getId()), TODAY);
            store.write(tx -> tx.addSupport(Supports.of(a.getId(), LocalDate.of(2026, 3, 1), SupportType.SOCIAL_ALLOWANCE).build(), TODAY));

            List<Distribution> days = store.read(tx -> tx.hcdb().distributions());
            assertEquals(1, days.size(), "one entry for the day; the single support is none");
            Distribution day = days.get(0);
            assertEquals(2, day.childCount());
            assertEquals(LocalDate.of(2026, 1, 25), day.support().date());

            // A date before b's birth: refused for the whole day, nothing changed.
            Support tooEarly = Supports.of(0, LocalDate.of(2026, 1, 5), SupportType.GOODS_AND_GIFTS).provider("UBND xã")
                    .amount(500_000L).note("Quà Tết").build();
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> store.write(tx -> tx.hcdb().correctDistribution(day.id(), tooEarly, TODAY)));
            assertTrue(e.getMessage().startsWith("Vàng A Páo (TE000002)"), e.getMessage());
            assertEquals(List.of(LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 25)), datesOfDay(store, day.id()));
            assertEquals(0, audit(store, AuditAction.UPDATE, "tro_giup").size(), "refused: nothing audited");

            Support right = Supports.of(0, LocalDate.of(2026, 1, 27), SupportType.GOODS_AND_GIFTS).provider("Hội Chữ thập đỏ")
                    .amount(300_000L).note("Quà Tết 2026").build();
            store.write(tx -> tx.hcdb().correctDistribution(day.id(), right, TODAY));
            assertEquals(List.of(LocalDate.of(2026, 1, 27), LocalDate.of(2026, 1, 27)), datesOfDay(store, day.id()));
            assertEquals(List.of(300_000L, 300_000L), store.reportSnapshot().supports().stream()
                    .filter(s -> s.type() == SupportType.GOODS_AND_GIFTS).map(Support::amount).toList(), "the report counts the corrected day");
            List<AuditEntry> updates = audit(store, AuditAction.UPDATE, "tro_giup");
            assertEquals(2, updates.size(), "one entry per child");
            assertTrue(updates.get(0).details().contains("Đơn vị thực hiện: UBND xã → Hội Chữ thập đỏ"), updates.get(0).details());

            store.write(tx -> tx.hcdb().voidDistribution(day.id(), "Đợt nhập nhầm ngày"));
            assertEquals(List.of(), store.read(tx -> tx.hcdb().distributions()));
            assertEquals(List.of(SupportType.SOCIAL_ALLOWANCE), store.read(tx -> tx.supports(null)).stream().map(Support::type).toList());
            assertEquals(List.of(SupportType.SOCIAL_ALLOWANCE), store.reportSnapshot().supports().stream().map(Support::type).toList());
            assertEquals(2, audit(store, AuditAction.VOID, "tro_giup").size());
            for (Support s : day.supports()) {
                assertEquals("Đợt nhập nhầm ngày | " + store.userName(), voidReason(store, "support", s.id()));
            }
        }
    }

    @Test
    void aViewerCannotCorrectOrVoid() {
        long membershipId;
        long supportId;
        try (RegisterStore store = create()) {
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            membershipId = store.write(tx -> tx.saveMembership(Memberships.of(mây.getId(), HcdbGroup.ORPHAN,
                    LocalDate.of(2020, 1, 1)).build(), TODAY)).id();
            supportId = store.write(tx -> tx.addSupport(Supports.of(mây.getId(), LocalDate.of(2026, 1, 20),
                    SupportType.OTHER).build(), TODAY)).id();
            store.accounts().add("Phạm Thu", vn.sotreem.domain.access.Role.VIEWER, AccountsTest.VIEWER_PW);
        }
        try (RegisterStore viewer = RegisterStore.open(new DataFolder(dir), AccountsTest.VIEWER_PW)) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> viewer.write(tx -> { tx.hcdb().voidMembership(membershipId, "thử"); return null; }));
            assertEquals("Tài khoản chỉ xem (Phạm Thu) không được thay đổi dữ liệu.", e.getMessage());
            assertThrows(UserFacingException.class, () -> viewer.write(tx -> { tx.hcdb().voidSupport(supportId, "thử"); return null; }));
            assertEquals(1, viewer.read(tx -> tx.memberships(null)).size());
            assertEquals(1, viewer.read(tx -> tx.supports(null)).size());
        }
    }

    private static List<LocalDate> datesOfDay(RegisterStore store, long distributionId) {
        return store.read(tx -> tx.hcdb().distributions()).stream().filter(d -> d.id() == distributionId)
                .flatMap(d -> d.supports().stream()).map(Support::date).toList();
    }
}
