package vn.sotreem.domain.injury;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.child.EventDates;
import vn.sotreem.domain.common.Problem;

/**
 * Checks of an injury against its child: the event-date rule of every dated event (not before
 * birth, not from the 16th birthday, not in the future, not after death), a type and a place, and
 * no free-text field longer than its {@link InjuryField#maxLength()}; a death while the register
 * still shows the child alive is a warning — the officer is asked whether to record the death, it
 * is never done silently. Each problem names its field by {@link InjuryField#key()}.
 */
public final class InjuryRules {

    private InjuryRules() {
    }

    public static List<Problem> validate(Injury injury, Child child, LocalDate today) {
        List<Problem> problems = new ArrayList<>(EventDates.check(injury.date(), child, today, InjuryField.DATE.key(),
                "ngày xảy ra tai nạn"));
        if (injury.type() == null) {
            problems.add(Problem.error(InjuryField.TYPE.key(), "Chưa chọn loại tai nạn, thương tích (01–11)."));
        }
        if (injury.place() == null) {
            problems.add(Problem.error(InjuryField.PLACE.key(), "Chưa chọn địa điểm (tại nhà / trường học / cộng đồng)."));
        }
        if (injury.died() && child.getStatus() != ChildStatus.DIED) {
            problems.add(Problem.warning(InjuryField.DIED.key(),
                    "Trẻ tử vong do tai nạn nhưng trong sổ trẻ chưa được ghi là đã mất."));
        }
        for (InjuryField field : InjuryField.values()) {
            if (field.isFreeText() && field.valueIn(injury) instanceof String text && text.length() > field.maxLength()) {
                problems.add(Problem.error(field.key(), field.label() + " dài quá " + field.maxLength() + " ký tự (đang có "
                        + text.length() + ")."));
            }
        }
        return problems;
    }

    /** True when saving this injury should offer to record the child's death on the injury's date. */
    public static boolean offersDeath(Injury injury, Child child) {
        return injury.died() && child.getStatus() != ChildStatus.DIED;
    }
}
