package vn.sotreem.domain.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;

/**
 * The rule every dated event of a child obeys (a membership start, a support, an injury, an abuse
 * case): not before birth, not on or after the 16th birthday, not in the future, not after the
 * child's death; after the child moved away it is only a warning.
 */
public final class EventDates {

    private EventDates() {
    }

    /** Problems of {@code date} for {@code child}, reported on {@code field}; {@code what} names the event. */
    public static List<Problem> check(LocalDate date, Child child, LocalDate today, String field, String what) {
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(Problem.error(field, "Chưa nhập " + what + "."));
            return problems;
        }
        // The event's words are made only for a problem: reports check every dated record, nearly all fine.
        if (date.isAfter(today)) {
            problems.add(Problem.error(field, event(what, date) + " ở trong tương lai."));
        }
        LocalDate birth = child.getBirthDate();
        if (birth != null && date.isBefore(birth)) {
            problems.add(Problem.error(field, event(what, date) + " trước ngày sinh của trẻ (" + DateText.format(birth) + ")."));
        } else if (birth != null && !Ages.isChildOn(birth, date)) {
            problems.add(Problem.error(field, event(what, date) + " từ ngày trẻ đủ 16 tuổi ("
                    + DateText.format(Ages.sixteenthBirthday(birth)) + ") trở đi."));
        }
        LocalDate statusDate = child.getStatusDate();
        if (statusDate != null && date.isAfter(statusDate)) {
            if (child.getStatus() == ChildStatus.DIED) {
                problems.add(Problem.error(field, event(what, date) + " sau ngày trẻ mất (" + DateText.format(statusDate) + ")."));
            } else if (child.getStatus() == ChildStatus.MOVED_AWAY) {
                problems.add(Problem.warning(field, event(what, date) + " sau ngày trẻ chuyển đi ("
                        + DateText.format(statusDate) + ")."));
            }
        }
        return problems;
    }

    /** "Ngày trợ giúp 05/03/2025" from "ngày trợ giúp". */
    private static String event(String what, LocalDate date) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " " + DateText.format(date);
    }

}
