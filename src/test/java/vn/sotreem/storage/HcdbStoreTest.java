package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.report.AgeOut;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.hcdb.CareForm;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.common.UserFacingException;

class HcdbStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private static Membership membership(long childId, HcdbGroup group, String subCase, LocalDate from) {
        return Memberships.of(childId, group, from).subCase(HcdbSubCase.byCode(subCase).orElseThrow())
                .basis("Quyết định 15/QĐ-UBND").certificateDate(group == HcdbGroup.DISABLED ? from : null).build();
    }

    @Test
    void membershipsInSeveralGroupsAndTheirHistoryAreKept() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child c = RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1");
            c.setPoverty(Poverty.POOR);
            Child mây = store.saveChild(c);
            Membership disabled = store.write(tx -> tx.saveMembership(membership(mây.getId(), HcdbGroup.DISABLED, "d.2",
                    LocalDate.of(2020, 3, 1)), TODAY));
            store.write(tx -> tx.saveMembership(membership(mây.getId(), HcdbGroup.SERIOUS_ILLNESS_POOR, "n.1",
                    LocalDate.of(2021, 1, 1)), TODAY));
            store.write(tx -> tx.saveMembership(disabled.closed(LocalDate.of(2025, 12, 31), "hết khuyết tật"), TODAY));

            List<Membership> history = store.read(tx -> tx.memberships(mây.getId()));
            assertEquals(2, history.size());
            Membership closed = history.get(0);
            assertEquals(HcdbGroup.DISABLED, closed.group());
            assertEquals("d.2", closed.subCase().code());
            assertEquals(LocalDate.of(2025, 12, 31), closed.toDate());
            assertEquals("hết khuyết tật", closed.closeReason());
            assertEquals(LocalDate.of(2020, 3, 1), closed.certificateDate());
            assertTrue(history.get(1).isOpenOn(TODAY));
            assertEquals(3, store.auditEntries(new AuditFilter(null, null, null, null, "nhom"), 10).stream()
                    .filter(e -> e.entity().equals("hcdb")).count());
        }
    }

    @Test
    void aSecondOpenMembershipOfTheSameGroupIsRefusedAndNothingIsWritten() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            store.write(tx -> tx.saveMembership(membership(mây.getId(), HcdbGroup.ORPHAN, "a.3", LocalDate.of(2020, 1, 1)), TODAY));
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.write(tx -> tx.saveMembership(
                    membership(mây.getId(), HcdbGroup.ORPHAN, "a.1", LocalDate.of(2022, 1, 1)), TODAY)));
            assertEquals("Lò Thị Mây (TE000001): Trẻ đã thuộc nhóm a từ 01/01/2020 (chưa kết thúc); "
                    + "hai thời gian không được chồng nhau.", e.getMessage());
            assertEquals(1, store.read(tx -> tx.memberships(null)).size());
        }
    }

    @Test
    void aDistributionDayIsOneTransaction() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child a = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Child b = store.saveChild(RegisterStoreTest.child("Vàng A Páo", LocalDate.of(2015, 2, 3), "Thôn 1"));
            Child gone = RegisterStoreTest.child("Giàng Thị Sua", LocalDate.of(2016, 2, 3), "Thôn 1");
            gone.setStatus(ChildStatus.DIED);
            gone.setStatusDate(LocalDate.of(2025, 5, 5));
            Child died = store.saveChild(gone);
            Support tet = Supports.of(0, LocalDate.of(2026, 1, 25), SupportType.GOODS_AND_GIFTS).provider("UBND xã")
                    .amount(500_000L).note("Quà Tết").build();

            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> store.addSupportToChildren(tet, List.of(a.getId(), b.getId(), died.getId()), TODAY));
            assertTrue(e.getMessage().startsWith("Giàng Thị Sua (TE000003): Ngày trợ giúp 25/01/2026 sau ngày trẻ mất"), e.getMessage());
            assertEquals(0, store.read(tx -> tx.supports(null)).size(), "all or nothing");

            List<Support> given = store.addSupportToChildren(tet, List.of(a.getId(), b.getId()), TODAY);
            assertEquals(2, given.size());
            assertEquals(List.of(500_000L, 500_000L), store.read(tx -> tx.supports(null)).stream().map(Support::amount).toList());
            assertEquals(List.of("TE000002", "TE000001"), store.auditEntries(new AuditFilter(null, AuditAction.CREATE, null,
                    null, "nhu yeu pham"), 10).stream().map(entry -> entry.entityId().split("/")[0]).toList(), "one entry per child");
        }
    }

    @Test
    void alternativeCareNeedsTheCarerAndTheForm() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child a = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Support incomplete = Supports.of(a.getId(), LocalDate.of(2026, 2, 1), SupportType.ALTERNATIVE_CARE).build();
            assertThrows(UserFacingException.class, () -> store.write(tx -> tx.addSupport(incomplete, TODAY)));
            Support care = Supports.of(a.getId(), LocalDate.of(2026, 2, 1), SupportType.ALTERNATIVE_CARE)
                    .provider("UBND xã").carerName("Lò Văn Chứ (chú ruột)").careForm(CareForm.RELATIVE).build();
            store.write(tx -> tx.addSupport(care, TODAY));
            Support read = store.read(tx -> tx.supports(a.getId())).get(0);
            assertEquals(CareForm.RELATIVE, read.careForm());
            assertEquals("Lò Văn Chứ (chú ruột)", read.carerName());
            assertEquals(null, read.amount(), "no amount stays no amount, not 0");
        }
    }

    @Test
    void childrenTurningSixteenLoseTheirOpenMembershipsTheDayBefore() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child c = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2010, 12, 10), "Thôn 1"));
            store.saveChild(RegisterStoreTest.child("Vàng A Páo", LocalDate.of(2012, 12, 10), "Thôn 1"));
            store.write(tx -> tx.saveMembership(membership(c.getId(), HcdbGroup.ORPHAN, "a.3", LocalDate.of(2020, 1, 1)), TODAY));
            List<Child> soon = AgeOut.turningSixteenBetween(store.allChildren(), TODAY, TODAY.plusMonths(1));
            assertEquals(List.of("Lò Thị Mây"), soon.stream().map(Child::getFullName).toList());

            // On 15/12/2026 the officer confirms: closed on 09/12/2026, the day before the birthday.
            List<Membership> closed = store.closeAgedOutMemberships(c.getId(), LocalDate.of(2026, 12, 15));
            assertEquals(1, closed.size());
            Membership m = store.read(tx -> tx.memberships(c.getId())).get(0);
            assertEquals(LocalDate.of(2026, 12, 9), m.toDate());
            assertEquals(Membership.AGED_OUT, m.closeReason());
            assertEquals(1, store.allChildren().stream().filter(x -> x.getId().equals(c.getId())).count(), "the child is kept");
        }
    }
}
