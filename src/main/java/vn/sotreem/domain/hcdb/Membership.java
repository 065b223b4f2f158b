package vn.sotreem.domain.hcdb;

import java.time.LocalDate;

/**
 * A child's membership of a special-circumstance group over a period (sheet {@code HCDB}). A child
 * may belong to several groups at once. A closed membership keeps its dates and reason: history.
 *
 * @param subCase         the NĐ 56 sub-case; for group d it is the disability level
 * @param basis           the document the membership rests on (căn cứ xác định)
 * @param certificateDate group d: the date of the disability certificate
 * @param closeReason     why it ended (e.g. "đủ 16 tuổi"), with {@code toDate}
 */
public record Membership(Long id, long childId, HcdbGroup group, HcdbSubCase subCase, LocalDate fromDate,
                         LocalDate toDate, String basis, LocalDate certificateDate, String closeReason) {

    public static final String AGED_OUT = "đủ 16 tuổi";

    /** Open on {@code date}: from ≤ date and (no end, or end ≥ date). */
    public boolean isOpenOn(LocalDate date) {
        return !fromDate.isAfter(date) && (toDate == null || !toDate.isBefore(date));
    }

    public Membership withId(long newId) {
        return new Membership(newId, childId, group, subCase, fromDate, toDate, basis, certificateDate, closeReason);
    }

    public Membership closed(LocalDate on, String reason) {
        return new Membership(id, childId, group, subCase, fromDate, on, basis, certificateDate, reason);
    }

    private boolean overlaps(Membership other) {
        LocalDate end = toDate == null ? LocalDate.MAX : toDate;
        LocalDate otherEnd = other.toDate == null ? LocalDate.MAX : other.toDate;
        return !fromDate.isAfter(otherEnd) && !other.fromDate.isAfter(end);
    }

    /** True when both are in the same group for at least one common day. */
    public boolean conflictsWith(Membership other) {
        return group == other.group && fromDate != null && other.fromDate != null && overlaps(other);
    }
}
