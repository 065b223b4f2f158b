package vn.sotreem.domain.injury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.child.EventDates;
import vn.sotreem.domain.common.Problem;

/**
 * Checks of an injury against its child: the event-date rule of every dated event (not before
 * birth, not from the 16th birthday, not in the future, not after death), a type and a place; a
 * death while the register still shows the child alive is a warning — the officer is asked whether
 * to record the death, it is never done silently.
 */
public final class InjuryRules {

    public static final String CHILD = "ma_tre";
    public static final String DATE = "ngay_xay_ra";
    public static final String TYPE = "loai";
    public static final String PLACE = "dia_diem";
    public static final String DIED = "tu_vong";

    private InjuryRules() {
    }

    public static List<Problem> validate(Injury injury, Child child, LocalDate today) {
        List<Problem> problems = new ArrayList<>(EventDates.check(injury.date(), child, today, DATE, "ngày xảy ra tai nạn"));
        if (injury.type() == null) {
            problems.add(Problem.error(TYPE, "Chưa chọn loại tai nạn, thương tích (01–11)."));
        }
        if (injury.place() == null) {
            problems.add(Problem.error(PLACE, "Chưa chọn địa điểm (tại nhà / trường học / cộng đồng)."));
        }
        if (injury.died() && child.getStatus() != ChildStatus.DIED) {
            problems.add(Problem.warning(DIED, "Trẻ tử vong do tai nạn nhưng trong sổ trẻ chưa được ghi là đã mất."));
        }
        return problems;
    }

    /** True when saving this injury should offer to record the child's death on the injury's date. */
    public static boolean offersDeath(Injury injury, Child child) {
        return injury.died() && child.getStatus() != ChildStatus.DIED;
    }
}
