package vn.sotreem.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.report.MonthActivity;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.UiTestSupport;

class TodayModelTest {

    /** A Monday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime NOW = TODAY.atTime(10, 0);

    @TempDir
    Path dir;

    private static Deadline deadline(String label, LocalDateTime due, boolean hourly, Deadline.State state) {
        return new Deadline(CaseStep.PLAN_DRAFTED, label, due, hourly, true,
                state == Deadline.State.DONE_ON_TIME ? due.minusHours(1) : null, state);
    }

    private static AbuseCaseSummary summary(long id, String code, boolean tracked, Deadline... deadlines) {
        return new AbuseCaseSummary(id, code, TODAY, NOW, TODAY, "Thôn Đông", List.of("Lò Thị Mây", "Lò Văn Núi"), 2,
                CaseStep.RECEIVED, false, tracked, List.of(deadlines));
    }

    @Test
    void overdueComeFirstThenTheSoonestAndOnlyTrackedCasesPastOrNearTheirLimit() {
        Deadline lateOld = deadline("b", NOW.minusDays(3), false, Deadline.State.OVERDUE);
        Deadline lateRecent = deadline("a", NOW.minusHours(1), false, Deadline.State.OVERDUE);
        Deadline soonTomorrow = deadline("d", NOW.plusDays(1), false, Deadline.State.DUE_SOON);
        Deadline soonTonight = deadline("c", NOW.plusHours(10), true, Deadline.State.DUE_SOON);
        List<AbuseCaseSummary> cases = List.of(
                summary(1, "XH-2026-001", true, soonTomorrow, deadline("pending", NOW.plusDays(6), false, Deadline.State.PENDING),
                        deadline("done", NOW.minusDays(1), false, Deadline.State.DONE_ON_TIME)),
                summary(2, "XH-2026-002", true, lateRecent, soonTonight),
                summary(3, "XH-2026-003", false, deadline("copied", NOW.minusDays(30), false, Deadline.State.OVERDUE)),
                summary(4, "XH-2026-004", true, lateOld));

        List<TodayModel.Task> tasks = TodayModel.tasks(cases, NOW);
        assertEquals(List.of("b", "a", "c", "d"), tasks.stream().map(t -> t.deadline().label()).toList());
        assertEquals(List.of("XH-2026-004", "XH-2026-002", "XH-2026-002", "XH-2026-001"),
                tasks.stream().map(TodayModel.Task::caseCode).toList());
        assertEquals("quá 3 ngày 0 giờ", tasks.get(0).remaining());
        assertEquals("Quá hạn", tasks.get(0).stateText());
        assertEquals("còn 10 giờ 0 phút", tasks.get(2).remaining());
        assertEquals("Sắp đến hạn", tasks.get(2).stateText());
        assertEquals("23/11/2026 20:00", tasks.get(2).dueText(), "a limit in hours shows its hour");
        assertEquals("24/11/2026", tasks.get(3).dueText());
        assertEquals("Lò Thị Mây, Lò Văn Núi", tasks.get(3).children());

        List<TodayModel.Countdown> countdowns = TodayModel.countdowns(cases, NOW);
        assertEquals(1, countdowns.size());
        assertEquals("XH-2026-002 — còn 10 giờ 0 phút để can thiệp khẩn cấp", countdowns.get(0).text());
    }

    @Test
    void maskedNamesAreNotRepeated() {
        AbuseCaseSummary masked = new AbuseCaseSummary(1, "XH-2026-001", TODAY, NOW, TODAY, AbuseCaseSummary.MASK,
                List.of(AbuseCaseSummary.MASK, AbuseCaseSummary.MASK), 2, CaseStep.RECEIVED, false, true, List.of());
        assertEquals("(ẩn) — 2 trẻ", TodayModel.childrenText(masked));
    }

    private static Child child(String name, LocalDate birth) {
        return UiTestSupport.child(name, birth, Sex.FEMALE, "Thôn Đông");
    }

    private static AbuseCase received(String code, long childId, LocalDateTime at, boolean emergency) {
        AbuseCase c = AbuseCases.simple(code, childId, at.toLocalDate(), at.toLocalTime());
        c.setMarkedEmergency(emergency);
        return c;
    }

    /**
     * Six cases in a real register, read as the screen reads them: a new emergency, a plan due
     * tomorrow, an old emergency past both limits, a copied case and a closed one (not chased),
     * and one from last month, closed.
     */
    private RegisterStore registerWithCases(DataFolder folder) {
        UiTestSupport.createRegister(folder, List.of(child("Lò Thị Mây", LocalDate.of(2014, 6, 1)),
                child("Lò Văn Núi", LocalDate.of(2016, 2, 29))));
        RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        store.write(tx -> {
            long mây = tx.childByCode("TE000001").orElseThrow().getId();
            long núi = tx.childByCode("TE000002").orElseThrow().getId();
            tx.saveAbuseCase(received("XH-2026-001", mây, NOW.minusHours(2), true), TODAY);
            tx.saveAbuseCase(received("XH-2026-002", núi, LocalDateTime.of(2026, 11, 17, 9, 0), false), TODAY);
            AbuseCase later = received("XH-2026-006", núi, LocalDateTime.of(2026, 11, 20, 9, 0), false);
            later.setVictims(List.of(AbuseVictim.of(mây, Set.of(AbuseForm.VIOLENCE)), AbuseVictim.of(núi, Set.of(AbuseForm.ABANDONMENT))));
            tx.saveAbuseCase(later, TODAY); // plan due 27/11: still pending
            tx.saveAbuseCase(received("XH-2026-003", mây, LocalDateTime.of(2026, 11, 9, 8, 0), true), TODAY);
            AbuseCase copied = received("XH-2026-004", núi, LocalDateTime.of(2026, 11, 2, 8, 0), true);
            copied.setProcedureTracked(false);
            tx.saveAbuseCase(copied, TODAY);
            AbuseCase closed = received("XH-2026-005", mây, LocalDateTime.of(2026, 11, 3, 8, 0), true);
            closed.setSteps(List.of(new CaseStepRecord(CaseStep.CLOSED, LocalDate.of(2026, 11, 3), null, null, null, "Không có xâm hại")));
            tx.saveAbuseCase(closed, TODAY);
            AbuseCase lastMonth = received("XH-2026-010", núi, LocalDateTime.of(2026, 10, 31, 8, 0), false);
            lastMonth.setSteps(List.of(new CaseStepRecord(CaseStep.CLOSED, LocalDate.of(2026, 10, 31), null, null, null, null)));
            tx.saveAbuseCase(lastMonth, TODAY);
            return null;
        });
        return store;
    }

    @Test
    void theDeadlinesOfARealRegister() {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (RegisterStore store = registerWithCases(folder)) {
            TodayModel model = new TodayModel(() -> NOW);
            model.loadAll(store);
            assertEquals(List.of(
                    "XH-2026-003 Can thiệp khẩn cấp / cách ly (≤ 12 giờ) Quá hạn quá 13 ngày 14 giờ",
                    "XH-2026-003 Xây dựng kế hoạch hỗ trợ (≤ 5 ngày làm việc) Quá hạn quá 6 ngày 10 giờ",
                    "XH-2026-001 Can thiệp khẩn cấp / cách ly (≤ 12 giờ) Sắp đến hạn còn 10 giờ 0 phút",
                    "XH-2026-002 Xây dựng kế hoạch hỗ trợ (≤ 5 ngày làm việc) Sắp đến hạn còn 1 ngày 13 giờ"),
                    model.tasks().stream().map(t -> t.caseCode() + " " + t.deadline().label() + " " + t.stateText() + " "
                            + t.remaining()).toList());
            assertEquals("Lò Thị Mây", model.tasks().get(2).children());
            assertEquals("16/11/2026", model.tasks().get(1).dueText());
            assertEquals(List.of("XH-2026-003 — quá 13 ngày 14 giờ so với thời hạn can thiệp khẩn cấp",
                            "XH-2026-001 — còn 10 giờ 0 phút để can thiệp khẩn cấp"),
                    model.countdowns().stream().map(TodayModel.Countdown::text).toList());
            assertEquals(6, model.month().abuseCasesReceived(), "November's cases, the copied and closed included");
        }
    }

    @Test
    void theCountdownMovesWithTheClockAndAViewerSeesMaskedNames() {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (RegisterStore store = registerWithCases(folder)) {
            store.accounts().add("Người Xem", Role.VIEWER, "mat-khau-xem-1".toCharArray());
        }
        LocalDateTime[] clock = {NOW};
        try (RegisterStore viewer = RegisterStore.open(folder, "Người Xem", "mat-khau-xem-1".toCharArray())) {
            TodayModel model = new TodayModel(() -> clock[0]);
            model.loadAll(viewer);
            assertEquals(List.of(AbuseCaseSummary.MASK), model.tasks().stream().map(TodayModel.Task::children).distinct().toList());
            assertEquals("XH-2026-001 — còn 10 giờ 0 phút để can thiệp khẩn cấp", model.countdowns().get(1).text());

            clock[0] = NOW.plusHours(6).plusMinutes(40);
            assertTrue(model.tickWithinDay(viewer));
            assertEquals("XH-2026-001 — còn 3 giờ 20 phút để can thiệp khẩn cấp", model.countdowns().get(1).text());

            // Past 20:00 the limit is overdue: it moves up among the overdue tasks, ordered by due time.
            clock[0] = TODAY.atTime(20, 30);
            assertTrue(model.tickWithinDay(viewer));
            assertEquals("XH-2026-001 — quá 30 phút so với thời hạn can thiệp khẩn cấp", model.countdowns().get(1).text());
            assertEquals(List.of("XH-2026-003", "XH-2026-003", "XH-2026-001", "XH-2026-002"),
                    model.tasks().stream().map(TodayModel.Task::caseCode).toList());
            assertTrue(model.tasks().get(2).overdue());
        }
    }

    @Test
    void pastMidnightTheFiguresMustBeReadAgain(@TempDir Path dir) {
        LocalDateTime[] clock = {TODAY.atTime(23, 59)};
        try (RegisterStore store = registerWithCases(new DataFolder(dir.resolve("data")))) {
            TodayModel model = new TodayModel(() -> clock[0]);
            model.loadAll(store);
            clock[0] = TODAY.atTime(23, 59, 40);
            assertTrue(model.tickWithinDay(store), "same day: only the deadlines are read again");
            assertEquals(clock[0], model.now());
            clock[0] = TODAY.plusDays(1).atTime(0, 0, 10);
            assertFalse(model.tickWithinDay(store), "a new day: the month, the children turning 16 and the deadlines all change");
            assertEquals(TODAY.atTime(23, 59, 40), model.now(), "nothing read: the day shown is still yesterday");
            clock[0] = TODAY.plusDays(1).atTime(0, 0, 40);
            assertFalse(model.tickWithinDay(store), "every tick says so until everything is read again");
            model.show(TodayModel.read(store, clock[0], store.allChildren()));
            assertTrue(model.tickWithinDay(store));
            assertEquals(TODAY.plusDays(1), model.now().toLocalDate());
        }
    }

    @Test
    void turningSixteenFromTodayToThirtyDaysOnWithTheMembershipsToClose() {
        Child today = child("Sinh nhật hôm nay", TODAY.minusYears(16));
        today.setId(1L);
        Child yesterday = child("Sinh nhật hôm qua", TODAY.minusYears(16).minusDays(1));
        yesterday.setId(2L);
        Child inThirty = child("Sau 30 ngày", TODAY.plusDays(30).minusYears(16));
        inThirty.setId(3L);
        Child inThirtyOne = child("Sau 31 ngày", TODAY.plusDays(31).minusYears(16));
        inThirtyOne.setId(4L);
        Child moved = child("Đã chuyển đi", TODAY.plusDays(5).minusYears(16));
        moved.setId(5L);
        moved.setStatus(ChildStatus.MOVED_AWAY);
        moved.setStatusDate(TODAY.minusMonths(1));
        List<Membership> memberships = List.of(
                Memberships.of(3, HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1)).id(1L).build(),
                Memberships.of(3, HcdbGroup.DISABLED, LocalDate.of(2021, 1, 1)).id(2L).build(),
                Memberships.of(3, HcdbGroup.WITHOUT_SUPPORT, LocalDate.of(2019, 1, 1)).id(3L)
                        .to(LocalDate.of(2020, 1, 1)).closeReason("Đã có người nuôi").build(),
                Memberships.of(1, HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1)).id(4L).build());

        List<TodayModel.TurningSixteen> rows = TodayModel.turningSixteen(
                List.of(inThirtyOne, inThirty, moved, yesterday, today), memberships, TODAY);
        assertEquals(List.of("Sinh nhật hôm nay", "Sau 30 ngày"), rows.stream().map(r -> r.child().getFullName()).toList());
        assertEquals(TODAY, rows.get(0).sixteenth());
        assertEquals(1, rows.get(0).openMemberships());
        assertEquals(LocalDate.of(2026, 12, 23), rows.get(1).sixteenth());
        assertEquals(2, rows.get(1).openMemberships(), "the membership ended years ago is not closed again");
    }

    @Test
    void theMonthCountsOfARealRegister() {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Child octoberEntry = child("Vào sổ tháng 10", LocalDate.of(2018, 1, 1));
        octoberEntry.setEntryDate(LocalDate.of(2026, 10, 31));
        Child novemberEntry = child("Vào sổ tháng 11", LocalDate.of(2019, 1, 1));
        novemberEntry.setEntryDate(LocalDate.of(2026, 11, 1));
        UiTestSupport.createRegister(folder, List.of(octoberEntry, novemberEntry, child("Không rõ ngày vào sổ", LocalDate.of(2017, 1, 1))));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            store.write(tx -> {
                long id = tx.childByCode("TE000001").orElseThrow().getId();
                tx.saveMembership(Memberships.of(id, HcdbGroup.ORPHAN, LocalDate.of(2026, 10, 31)).build(), TODAY);
                tx.saveMembership(Memberships.of(id, HcdbGroup.WITHOUT_SUPPORT, LocalDate.of(2026, 11, 1))
                        .build(), TODAY);
                for (LocalDate d : List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), TODAY)) {
                    tx.addSupport(Supports.of(id, d, SupportType.SOCIAL_ALLOWANCE).provider("UBND xã").amount(500_000L)
                            .build(), TODAY);
                }
                for (LocalDate d : List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20), TODAY)) {
                    tx.saveInjury(Injuries.of(id, d).type(InjuryType.FALL).place(InjuryPlace.HOME).build(), false, TODAY);
                }
                return null;
            });
            TodayModel model = new TodayModel(() -> NOW);
            model.loadAll(store);
            assertEquals(new MonthActivity(YearMonth.of(2026, 11), 0, 1, 1, 2, 3), model.month());
        }
    }
}
