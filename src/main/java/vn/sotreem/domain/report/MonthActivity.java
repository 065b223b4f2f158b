package vn.sotreem.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.function.Function;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;

/**
 * What happened in one calendar month, from the first to the last day both included: the Today
 * screen's "Trong tháng này".
 *
 * @param abuseCasesReceived cases whose information was received in the month (any case, tracked or copied)
 * @param childrenEntered    children whose entry date in the register (ngày vào sổ) is in the month;
 *                           the register keeps no other date of creation, and the child form fills
 *                           the entry date with the day the record is made
 * @param membershipsStarted HCĐB memberships starting in the month (a child in two groups counts twice)
 * @param supportsGiven      supports dated in the month (a distribution day counts once per child)
 * @param injuries           injuries that happened in the month (one per injured child per event)
 */
public record MonthActivity(YearMonth month, int abuseCasesReceived, int childrenEntered, int membershipsStarted,
                            int supportsGiven, int injuries) {

    public static MonthActivity of(YearMonth month, Collection<AbuseCaseSummary> cases, Collection<Child> children,
                                   Collection<Membership> memberships, Collection<Support> supports,
                                   Collection<Injury> injuries) {
        return new MonthActivity(month,
                count(month, cases, AbuseCaseSummary::receivedOn),
                count(month, children, Child::getEntryDate),
                count(month, memberships, Membership::fromDate),
                count(month, supports, Support::date),
                count(month, injuries, Injury::date));
    }

    private static <T> int count(YearMonth month, Collection<T> items, Function<T, LocalDate> date) {
        return (int) items.stream().map(date).filter(d -> d != null && YearMonth.from(d).equals(month)).count();
    }
}
