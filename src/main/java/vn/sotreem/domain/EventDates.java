package vn.sotreem.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        String event = Character.toUpperCase(what.charAt(0)) + what.substring(1) + " " + DateText.format(date);
        if (date.isAfter(today)) {
            problems.add(Problem.error(field, event + " ở trong tương lai."));
        }
        LocalDate birth = child.getBirthDate();
        if (birth != null && date.isBefore(birth)) {
            problems.add(Problem.error(field, event + " trước ngày sinh của trẻ (" + DateText.format(birth) + ")."));
        } else if (birth != null && !Ages.isChildOn(birth, date)) {
            problems.add(Problem.error(field, event + " từ ngày trẻ đủ 16 tuổi (" + DateText.format(Ages.sixteenthBirthday(birth)) + ") trở đi."));
        }
        LocalDate statusDate = child.getStatusDate();
        if (statusDate != null && date.isAfter(statusDate)) {
            if (child.getStatus() == ChildStatus.DIED) {
                problems.add(Problem.error(field, event + " sau ngày trẻ mất (" + DateText.format(statusDate) + ")."));
            } else if (child.getStatus() == ChildStatus.MOVED_AWAY) {
                problems.add(Problem.warning(field, event + " sau ngày trẻ chuyển đi (" + DateText.format(statusDate) + ")."));
            }
        }
        return problems;
    }
}
