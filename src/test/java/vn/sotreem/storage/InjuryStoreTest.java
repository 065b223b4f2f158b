package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.UserFacingException;

class InjuryStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private static Injury injury(long childId, LocalDate date, InjuryType type, boolean died) {
        return Injuries.of(childId, date).type(type).place(InjuryPlace.COMMUNITY).died(died)
                .treatedAt("Trạm y tế xã").build();
    }

    @Test
    void injuriesReadBackAsSavedAndADeathIsRecordedOnlyWhenAsked() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Child núi = store.saveChild(RegisterStoreTest.child("Lò Văn Núi", LocalDate.of(2016, 2, 29), "Thôn 1"));
            Injury fall = Injuries.of(mây.getId(), LocalDate.of(2026, 10, 1)).type(InjuryType.FALL).place(InjuryPlace.SCHOOL)
                    .disabled().treatedAt("Bệnh viện huyện").cause("Trượt chân ở cầu thang").note("Gãy tay").build();
            Injury drowned = injury(núi.getId(), LocalDate.of(2026, 11, 2), InjuryType.DROWNING, true);
            List<Injury> saved = store.saveInjuries(List.of(fall, drowned), Set.of(), TODAY);
            assertEquals(List.of(fall.withId(saved.get(0).id()), drowned.withId(saved.get(1).id())), store.injuries(null));
            assertEquals(ChildStatus.LIVING_HERE, store.child(núi.getId()).orElseThrow().getStatus(), "not recorded silently");

            Injury again = saved.get(1);
            store.saveInjuries(List.of(again), Set.of(again), TODAY);
            Child died = store.child(núi.getId()).orElseThrow();
            assertEquals(ChildStatus.DIED, died.getStatus());
            assertEquals(LocalDate.of(2026, 11, 2), died.getStatusDate());
            assertEquals(2, store.auditEntries(new AuditFilter(null, null, null, null, "Đuối nước"), 10).size(), "created, then saved again");
            assertEquals(1, store.auditEntries(new AuditFilter(null, null, null, null, "Đã mất"), 10).size(), "the child's status change");

            store.write(tx -> {
                tx.deleteInjury(saved.get(0).id());
                return null;
            });
            assertEquals(1, store.injuries(null).size());
        }
    }

    @Test
    void oneRefusedRowLeavesTheWholeBatchUnsaved() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.saveInjuries(List.of(
                    injury(mây.getId(), LocalDate.of(2026, 11, 1), InjuryType.FALL, false),
                    injury(mây.getId(), LocalDate.of(2014, 5, 1), InjuryType.BURN, false)), Set.of(), TODAY));
            assertTrue(e.getMessage().startsWith("Lò Thị Mây (TE000001): Ngày xảy ra tai nạn 01/05/2014 trước ngày sinh"), e.getMessage());
            assertTrue(store.injuries(null).isEmpty());
            assertFalse(store.injuries(mây.getId()).iterator().hasNext());
        }
    }

    @Test
    void theCauseIsKeptInItsColumnChangedAndCleared() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Injury burn = store.saveInjuries(List.of(Injuries.of(mây.getId(), LocalDate.of(2026, 10, 1)).type(InjuryType.BURN)
                    .cause("Đổ nồi nước sôi").build()), Set.of(), TODAY).get(0);
            assertEquals("Đổ nồi nước sôi", store.injuries(null).get(0).cause());
            assertEquals("Đổ nồi nước sôi", store.query(c -> {
                try (var ps = c.prepareStatement("SELECT cause FROM injury WHERE id = ?")) {
                    ps.setLong(1, burn.id());
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString("cause");
                    }
                }
            }), "in column cause (V11)");
            store.saveInjuries(List.of(burn.withCause("Đổ ấm nước sôi")), Set.of(), TODAY);
            assertEquals(List.of(burn.withCause("Đổ ấm nước sôi")), store.injuries(null));
            store.saveInjuries(List.of(burn.withCause(null)), Set.of(), TODAY);
            assertEquals(List.of(burn.withCause(null)), store.injuries(null));
        }
    }

    @Test
    void deletingOrCorrectingAnInjuryThatRecordedADeathUndoesItOnlyWhenAsked() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child núi = store.saveChild(RegisterStoreTest.child("Lò Văn Núi", LocalDate.of(2016, 2, 29), "Thôn 1"));
            Child mây = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1"));
            Child sông = store.saveChild(RegisterStoreTest.child("Lò Văn Sông", LocalDate.of(2015, 3, 1), "Thôn 1"));
            Injury drowned = injury(núi.getId(), LocalDate.of(2026, 11, 2), InjuryType.DROWNING, true);
            Injury n = store.saveInjuries(List.of(drowned), Set.of(drowned), TODAY).get(0);
            Injury burn = injury(mây.getId(), LocalDate.of(2026, 10, 5), InjuryType.BURN, true);
            Injury m = store.saveInjuries(List.of(burn), Set.of(burn), TODAY).get(0);
            Injury fall = injury(sông.getId(), LocalDate.of(2026, 9, 9), InjuryType.FALL, true);
            Injury s = store.saveInjuries(List.of(fall), Set.of(fall), TODAY).get(0);
            assertEquals(LocalDate.of(2026, 11, 2), store.recordedDeath(n.id()).orElseThrow().deathDate());
            assertEquals(ChildStatus.LIVING_HERE, store.recordedDeath(n.id()).orElseThrow().statusBefore());
            Injury notRecorded = store.saveInjuries(List.of(injury(núi.getId(), LocalDate.of(2026, 10, 1), InjuryType.FALL, false)),
                    Set.of(), TODAY).get(0);
            assertTrue(store.recordedDeath(notRecorded.id()).isEmpty());

            assertEquals(4, store.reportSnapshot().injuries().size());
            store.voidInjury(n.id(), "Nhập nhầm trẻ", true);
            assertEquals(3, store.reportSnapshot().injuries().size(), "the kept report snapshot leaves it out too");
            assertTrue(store.reportSnapshot().injuries().stream().noneMatch(i -> i.id().equals(n.id())));
            Child back = store.child(núi.getId()).orElseThrow();
            assertEquals(ChildStatus.LIVING_HERE, back.getStatus(), "the status before the injury is given back");
            assertEquals(núi.getStatusDate(), back.getStatusDate());
            assertEquals(List.of(notRecorded), store.injuries(núi.getId()), "the voided injury leaves the list");
            assertEquals(3, store.injuries(null).size());
            assertEquals("Nhập nhầm trẻ", store.query(c -> {
                try (var ps = c.prepareStatement("SELECT void_reason FROM injury WHERE id = ? AND voided_at IS NOT NULL")) {
                    ps.setLong(1, n.id());
                    try (var rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            }), "marked voided with its reason, not deleted");
            assertEquals(1, store.auditEntries(new AuditFilter(null, null, null, null, "Bỏ tình trạng \"Đã mất\" từ ngày 02/11/2026"), 10).size());
            assertEquals(1, store.auditEntries(new AuditFilter(null, null, null, null, "lý do: Nhập nhầm trẻ"), 10).size());

            store.voidInjury(m.id(), null, false);
            assertEquals(ChildStatus.DIED, store.child(mây.getId()).orElseThrow().getStatus(), "no: the status stays");

            Injury corrected = store.saveInjury(s.withOutcome(false, false), false, true, TODAY);
            assertEquals(ChildStatus.LIVING_HERE, store.child(sông.getId()).orElseThrow().getStatus(), "an edit can undo it too");
            assertTrue(store.recordedDeath(corrected.id()).isEmpty(), "undone once, not asked again");
            assertEquals(List.of(corrected), store.injuries(sông.getId()));
        }
    }
}
