package vn.sotreem.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Supports;
import vn.sotreem.domain.hcdb.Memberships;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;

class MonthActivityTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    /** The days around November 2026: the first and last day count, their neighbours do not. */
    private static final List<LocalDate> AROUND = List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), LocalDate.of(2025, 11, 15));

    private static AbuseCaseSummary received(LocalDate on) {
        return new AbuseCaseSummary(1, "XH-2026-001", on, on.atStartOfDay(), on, "Thôn 1", List.of("Lò Thị Mây"), 1,
                CaseStep.RECEIVED, false, true, List.of());
    }

    private static Child entered(LocalDate on) {
        Child c = new Child();
        c.setFullName("Lò Thị Mây");
        c.setEntryDate(on);
        return c;
    }

    @Test
    void countsWhatHappenedFromTheFirstToTheLastDayOfTheMonth() {
        List<AbuseCaseSummary> cases = AROUND.stream().map(MonthActivityTest::received).toList();
        List<Child> children = Stream.concat(AROUND.stream().map(MonthActivityTest::entered), Stream.of(entered(null))).toList();
        List<Membership> memberships = AROUND.stream()
                .map(d -> Memberships.of(1, HcdbGroup.ORPHAN, d).build()).toList();
        List<Support> supports = AROUND.stream()
                .map(d -> Supports.of(1, d, SupportType.SOCIAL_ALLOWANCE).amount(500_000L).build()).toList();
        List<Injury> injuries = AROUND.stream()
                .map(d -> Injuries.of(1, d).type(InjuryType.FALL).place(InjuryPlace.HOME).build()).toList();

        assertEquals(new MonthActivity(NOVEMBER, 2, 2, 2, 2, 2),
                MonthActivity.of(NOVEMBER, cases, children, memberships, supports, injuries));
        assertEquals(new MonthActivity(YearMonth.of(2026, 12), 1, 1, 1, 1, 1),
                MonthActivity.of(YearMonth.of(2026, 12), cases, children, memberships, supports, injuries));
    }

    @Test
    void aMembershipCountsInTheMonthItStartsNotWhileItRuns() {
        Membership longRunning = Memberships.of(1, HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1)).build();
        assertEquals(new MonthActivity(NOVEMBER, 0, 0, 0, 0, 0),
                MonthActivity.of(NOVEMBER, List.of(), List.of(), List.of(longRunning), List.of(), List.of()));
    }
}
