package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.common.UserFacingException;

/**
 * The report snapshot the store keeps is brought up to date after each kind of write by reading only
 * what the write changed; after every step it must equal a fresh read of the whole register, and an
 * ordinary edit must not cost a whole read.
 */
class ReportSnapshotUpkeepTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void afterEveryKindOfWriteTheKeptSnapshotEqualsAFreshRead() {
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO,
                AccountsTest.ADMIN_PW, List.of("Tổ 1", "Tổ 2"))) {
            Child lan = store.saveChild(RegisterStoreTest.child("Lò Thị Lan", LocalDate.of(2015, 3, 1), "Tổ 1"));
            Child minh = store.saveChild(RegisterStoreTest.child("Vì Văn Minh", LocalDate.of(2012, 7, 9), "Tổ 2"));
            Child hoa = store.saveChild(RegisterStoreTest.child("Hà Thị Hoa", LocalDate.of(2019, 1, 20), "Tổ 2"));
            assertFresh(store);
            int wholeReads = store.reportSnapshotFullReads();

            Child edited = store.read(tx -> tx.child(minh.getId())).orElseThrow();
            edited.setSex(Sex.MALE);
            edited.setBirthDate(LocalDate.of(2012, 7, 19));
            edited.setVillage("Tổ 1");
            store.saveChild(edited);
            assertFresh(store);

            Child moved = store.read(tx -> tx.child(hoa.getId())).orElseThrow();
            moved.setStatus(ChildStatus.MOVED_AWAY);
            moved.setStatusDate(LocalDate.of(2026, 10, 31));
            store.saveChild(moved);
            assertFresh(store);

            store.saveChild(RegisterStoreTest.child("Đinh Thị Mai", LocalDate.of(2020, 5, 5), "Bản Mới"));
            assertFresh(store); // a new child in a new village

            store.write(tx -> tx.saveMembership(Memberships.of(lan.getId(), HcdbGroup.values()[0], LocalDate.of(2026, 1, 5))
                    .build(), TODAY));
            assertFresh(store);
            store.write(tx -> tx.addSupport(Supports.of(lan.getId(), LocalDate.of(2026, 10, 3), SupportType.HEALTH_INSURANCE)
                    .provider("UBND xã").build(), TODAY));
            assertFresh(store);
            Injury drowned = Injuries.of(minh.getId(), LocalDate.of(2026, 10, 2)).type(InjuryType.DROWNING)
                    .place(InjuryPlace.COMMUNITY).died().build();
            List<Injury> injuries = store.saveInjuries(List.of(drowned), Set.of(drowned), TODAY);
            assertEquals(ChildStatus.DIED, childIn(store.reportSnapshot(), minh.getId()).getStatus(),
                    "the recorded death reaches the kept snapshot");
            assertFresh(store);
            store.write(tx -> {
                tx.deleteInjury(injuries.get(0).id());
                return null;
            });
            assertFresh(store);
            store.saveAbuseCase(AbuseCases.simple("XH-2026-001", lan.getId(), LocalDate.of(2026, 10, 20),
                    LocalTime.of(8, 0)), TODAY);
            assertFresh(store);
            assertEquals(wholeReads, store.reportSnapshotFullReads(),
                    "edits of children, HCĐB, supports, injuries and cases read only what they changed");

            store.renameVillage(store.villages().get(0).id(), "Tổ dân phố 1");
            assertFresh(store);
            Child lanAgain = store.saveChild(RegisterStoreTest.child("Lò Thị Lan", LocalDate.of(2015, 3, 1), "Tổ 2"));
            store.mergeChildren(ChildMerge.of(lan, lanAgain), TODAY);
            assertFresh(store);
            assertThrows(UserFacingException.class, () -> store.write(tx -> { // a child saved, then the write refused
                tx.saveChild(RegisterStoreTest.child("Bị hoàn tác", LocalDate.of(2019, 9, 9), "Tổ 2"));
                return tx.saveChild(new Child());
            }), "refused and rolled back");
            assertFresh(store);
            assertTrue(store.reportSnapshot().children().stream().noneMatch(c -> c.getBirthDate().equals(LocalDate.of(2019, 9, 9))),
                    "the child saved before the refusal is not counted");
            int beforeRefusedRead = store.reportSnapshotFullReads();
            assertThrows(UserFacingException.class, () -> store.read(tx -> tx.child(-1L).orElseThrow(
                    () -> new UserFacingException("không có"))), "a read that fails");
            assertFresh(store);
            assertEquals(beforeRefusedRead, store.reportSnapshotFullReads(), "a failed read or refused form costs no whole read");

            int beforeImport = store.reportSnapshotFullReads();
            store.write(tx -> { // an import: more children than are worth patching one by one
                for (int i = 0; i <= KeptReportSnapshot.PATCH_AT_MOST_CHILDREN; i++) {
                    tx.saveChild(RegisterStoreTest.child("Trẻ " + i, LocalDate.of(2016, 1, 1).plusDays(i), "Tổ 2"));
                }
                return null;
            });
            assertFresh(store);
            assertEquals(beforeImport + 1, store.reportSnapshotFullReads(), "so many children: one whole read, not a patch");
        }
    }

    @Test
    void childrenArePatchedInIdOrder() {
        List<Child> held = List.of(child(1, "a"), child(3, "b"), child(5, "c"), child(7, "d"));
        List<Child> fresh = List.of(child(0, "new0"), child(3, "b2"), child(6, "new6"), child(9, "new9"));

        List<Child> patched = KeptReportSnapshot.patched(held, Set.of(0L, 3L, 5L, 6L, 9L), fresh);

        assertEquals(List.of("0:new0", "1:a", "3:b2", "6:new6", "7:d", "9:new9"),
                patched.stream().map(c -> c.getId() + ":" + c.getCode()).toList(), "5 was merged away");
    }

    private static Child child(long id, String code) {
        Child c = new Child();
        c.setId(id);
        c.setCode(code);
        return c;
    }

    private static Child childIn(RegisterSnapshot snapshot, long id) {
        return snapshot.children().stream().filter(c -> c.getId() == id).findFirst().orElseThrow();
    }

    private static void assertFresh(RegisterStore store) {
        RegisterSnapshot kept = store.reportSnapshot();
        RegisterSnapshot fresh = store.read(tx -> new RegisterSnapshot(tx.villages(), tx.childrenForCounting(),
                tx.memberships(null), tx.supports(null), tx.abuseCasesForCounting(), tx.injuries(null)));
        assertEquals(describe(fresh), describe(kept));
    }

    private static List<String> describe(RegisterSnapshot s) {
        List<String> lines = new ArrayList<>();
        s.villages().forEach(v -> lines.add(v.toString()));
        s.children().forEach(c -> lines.add(c.getId() + "|" + c.getCode() + "|" + c.getBirthDate() + "|" + c.getSex()
                + "|" + c.getVillage() + "|" + c.getStatus() + "|" + c.getStatusDate() + "|" + c.getEntryDate()));
        s.memberships().forEach(m -> lines.add(m.toString()));
        s.supports().forEach(m -> lines.add(m.toString()));
        s.injuries().forEach(m -> lines.add(m.toString()));
        for (AbuseCase c : s.abuseCases()) {
            lines.add(c.getId() + "|" + c.getCode() + "|" + c.getVictims().stream().map(Object::toString)
                    .collect(Collectors.joining(",")));
        }
        return lines;
    }
}
