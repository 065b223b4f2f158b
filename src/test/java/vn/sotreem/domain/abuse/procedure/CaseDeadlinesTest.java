package vn.sotreem.domain.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.calendar.WorkingDays;

class CaseDeadlinesTest {

    private final WorkingDays calendar = WorkingDays.standard();

    private static Deadline find(List<Deadline> deadlines, String labelStart) {
        return deadlines.stream().filter(d -> d.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + labelStart + " in " + deadlines));
    }

    private static void addStep(AbuseCase c, CaseStep step, LocalDate date, LocalTime time, RiskLevel risk) {
        List<CaseStepRecord> steps = new ArrayList<>(c.getSteps());
        steps.add(new CaseStepRecord(step, date, time, null, risk, null));
        c.setSteps(steps);
    }

    @Test
    void theEmergencyClockRunsTwelveHoursFromTheHourOfReceipt() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 23), LocalTime.of(9, 30));
        c.setMarkedEmergency(true);
        Deadline atNoon = find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 23, 12, 0)), "Can thiệp khẩn cấp");
        assertEquals(LocalDateTime.of(2026, 11, 23, 21, 30), atNoon.due());
        assertEquals(Deadline.State.DUE_SOON, atNoon.state());
        assertEquals("còn 9 giờ 30 phút", atNoon.remainingText(LocalDateTime.of(2026, 11, 23, 12, 0)));

        Deadline late = find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 23, 22, 0)), "Can thiệp khẩn cấp");
        assertEquals(Deadline.State.OVERDUE, late.state());
        assertEquals("quá 30 phút", late.remainingText(LocalDateTime.of(2026, 11, 23, 22, 0)));

        addStep(c, CaseStep.INITIAL_ASSESSMENT, LocalDate.of(2026, 11, 23), LocalTime.of(10, 0), RiskLevel.HIGH);
        addStep(c, CaseStep.EMERGENCY, LocalDate.of(2026, 11, 23), LocalTime.of(21, 30), null);
        assertEquals(Deadline.State.DONE_ON_TIME,
                find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 24, 8, 0)), "Can thiệp khẩn cấp").state());
    }

    @Test
    void anEmergencyStepAfterTwelveHoursIsLateAndAHighInitialRiskStartsTheClock() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 23), LocalTime.of(20, 0));
        assertTrue(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 23, 21, 0)).stream()
                .noneMatch(d -> d.hourly()), "not an emergency yet");
        addStep(c, CaseStep.INITIAL_ASSESSMENT, LocalDate.of(2026, 11, 23), LocalTime.of(21, 0), RiskLevel.HIGH);
        addStep(c, CaseStep.EMERGENCY, LocalDate.of(2026, 11, 24), LocalTime.of(8, 1), null);
        Deadline d = find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 24, 9, 0)), "Can thiệp khẩn cấp");
        assertEquals(LocalDateTime.of(2026, 11, 24, 8, 0), d.due());
        assertEquals(Deadline.State.DONE_LATE, d.state());
    }

    @Test
    void withoutAnHourTheClockCountsFromTheStartOfTheDay() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 23), null);
        c.setMarkedEmergency(true);
        assertEquals(LocalDateTime.of(2026, 11, 23, 12, 0),
                find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 23, 8, 0)), "Can thiệp khẩn cấp").due());
    }

    @Test
    void thePlanIsDueFiveWorkingDaysAfterTheDayOfReceipt() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 20), LocalTime.of(15, 0)); // a Friday
        Deadline onMonday = find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 23, 8, 0)), "Xây dựng kế hoạch");
        assertEquals(LocalDateTime.of(2026, 11, 27, 23, 59), onMonday.due());
        assertEquals(Deadline.State.PENDING, onMonday.state());
        assertEquals(Deadline.State.DUE_SOON,
                find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 26, 8, 0)), "Xây dựng kế hoạch").state());
        assertEquals(Deadline.State.OVERDUE,
                find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 28, 0, 1)), "Xây dựng kế hoạch").state());
    }

    @Test
    void workingDaysSkipTetAndNewYear() {
        // Tết Đinh Mùi is Saturday 06/02/2027: 05–09/02 are holidays, and 06/02 and 07/02 fall on the
        // weekend, so 10/02 and 11/02 are off too. A report received on Thursday 04/02 is due 18/02.
        AbuseCase tet = AbuseCases.simple("XH-1", 1, LocalDate.of(2027, 2, 4), LocalTime.of(10, 0));
        assertEquals(LocalDate.of(2027, 2, 18),
                find(CaseDeadlines.of(tet, calendar, LocalDateTime.of(2027, 2, 4, 11, 0)), "Xây dựng kế hoạch").due().toLocalDate());
        // Received on 31/12/2025: 01/01/2026 is a holiday, then Fri 2, Mon 5 … Thu 8.
        AbuseCase newYear = AbuseCases.simple("XH-2", 1, LocalDate.of(2025, 12, 31), LocalTime.of(10, 0));
        assertEquals(LocalDate.of(2026, 1, 8),
                find(CaseDeadlines.of(newYear, calendar, LocalDateTime.of(2025, 12, 31, 11, 0)), "Xây dựng kế hoạch").due().toLocalDate());
        // Tết Giáp Thìn 2024 (10/02, Saturday): by the default rule 09–13/02 and, for the weekend,
        // 14–15/02 are off; received Wednesday 07/02 → 08/02, 16/02, 19/02, 20/02, 21/02.
        AbuseCase tet2024 = AbuseCases.simple("XH-3", 1, LocalDate.of(2024, 2, 7), LocalTime.of(10, 0));
        assertEquals(LocalDate.of(2024, 2, 21),
                find(CaseDeadlines.of(tet2024, calendar, LocalDateTime.of(2024, 2, 7, 11, 0)), "Xây dựng kế hoạch").due().toLocalDate());
    }

    @Test
    void approvalIsDueTwoWorkingDaysAfterTheDraftAndAnnouncedDaysOffCount() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 20), LocalTime.of(15, 0));
        addStep(c, CaseStep.INITIAL_ASSESSMENT, LocalDate.of(2026, 11, 20), null, RiskLevel.MEDIUM);
        addStep(c, CaseStep.DETAILED_ASSESSMENT, LocalDate.of(2026, 11, 24), null, RiskLevel.MEDIUM);
        addStep(c, CaseStep.PLAN_DRAFTED, LocalDate.of(2026, 11, 27), null, null);
        LocalDateTime monday = LocalDateTime.of(2026, 11, 30, 9, 0);
        List<Deadline> deadlines = CaseDeadlines.of(c, calendar, monday);
        assertEquals(Deadline.State.DONE_ON_TIME, find(deadlines, "Xây dựng kế hoạch").state());
        Deadline approval = find(deadlines, "Phê duyệt kế hoạch");
        assertEquals(LocalDate.of(2026, 12, 1), approval.due().toLocalDate());
        assertEquals(Deadline.State.DUE_SOON, approval.state());

        WorkingDays withDayOff = new WorkingDays(Set.of(LocalDate.of(2026, 11, 30)), Set.of());
        assertEquals(LocalDate.of(2026, 12, 2), find(CaseDeadlines.of(c, withDayOff, monday), "Phê duyệt kế hoạch").due().toLocalDate());
    }

    @Test
    void aCaseClosedAfterVerificationOwesNoPlanAndAClosedCaseNothingMore() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 2), LocalTime.of(8, 0));
        c.setMarkedEmergency(true);
        addStep(c, CaseStep.CLOSED, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0), null);
        assertEquals(List.of(), CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 23, 8, 0)));
    }

    @Test
    void aSeparationLongerThanFifteenDaysIsOverdueUnlessExtended() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 1), LocalTime.of(8, 0));
        c.setSeparation(new Separation(LocalDate.of(2026, 11, 1), "Nhà bà nội", null, false));
        Deadline d = find(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 17, 0, 0)), "Kết thúc tạm thời cách ly");
        assertEquals(LocalDate.of(2026, 11, 16), d.due().toLocalDate());
        assertEquals(Deadline.State.OVERDUE, d.state());
        c.setSeparation(new Separation(LocalDate.of(2026, 11, 1), "Nhà bà nội", null, true));
        assertTrue(CaseDeadlines.of(c, calendar, LocalDateTime.of(2026, 11, 17, 0, 0)).stream()
                .noneMatch(x -> x.label().startsWith("Kết thúc tạm thời cách ly")));
    }
}
