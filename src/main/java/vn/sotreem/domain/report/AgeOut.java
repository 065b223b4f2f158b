package vn.sotreem.domain.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.hcdb.Membership;

/** Children leave the child counts on their 16th birthday; the officer closes their memberships. */
public final class AgeOut {

    /** How far ahead the officer is told of a coming 16th birthday (HCĐB view and Today screen). */
    public static final int NOTICE_DAYS = 30;

    private AgeOut() {
    }

    /** Living children turning 16 from today to {@link #NOTICE_DAYS} days on, both included, soonest first. */
    public static List<Child> turningSixteenSoon(Collection<Child> children, LocalDate today) {
        return turningSixteenBetween(children, today, today.plusDays(NOTICE_DAYS));
    }

    /** Living children whose 16th birthday falls in [from, to], soonest first. */
    public static List<Child> turningSixteenBetween(Collection<Child> children, LocalDate from, LocalDate to) {
        return children.stream()
                .filter(c -> c.getBirthDate() != null && c.getStatus() == ChildStatus.LIVING_HERE)
                .filter(c -> ReportPeriod.within(Ages.sixteenthBirthday(c.getBirthDate()), from, to))
                .sorted(java.util.Comparator.comparing(c -> Ages.sixteenthBirthday(c.getBirthDate())))
                .toList();
    }

    /** The memberships to close for a child who turned 16: those still open, closed the day before the birthday. */
    public static List<Membership> closings(Child child, Collection<Membership> memberships) {
        LocalDate lastDay = Ages.sixteenthBirthday(child.getBirthDate()).minusDays(1);
        return memberships.stream()
                .filter(m -> m.childId() == child.getId() && (m.toDate() == null || m.toDate().isAfter(lastDay)))
                .map(m -> m.closed(lastDay, Membership.AGED_OUT))
                .toList();
    }
}
