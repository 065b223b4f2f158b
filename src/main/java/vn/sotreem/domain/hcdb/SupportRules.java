package vn.sotreem.domain.hcdb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.EventDates;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;

/** Checks of a support record against its child. */
public final class SupportRules {

    private static final String DATE = SupportField.DATE.key();
    private static final String TYPE = SupportField.TYPE.key();
    private static final String AMOUNT = SupportField.AMOUNT.key();
    private static final String CARER = SupportField.CARER.key();
    private static final String CARE_FORM = SupportField.CARE_FORM.key();

    private SupportRules() {
    }

    public static List<Problem> validate(Support s, Child child, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (s.type() == null) {
            problems.add(Problem.error(TYPE, "Chưa chọn loại trợ giúp."));
        }
        problems.addAll(EventDates.check(s.date(), child, today, DATE, "ngày trợ giúp"));
        if (s.amount() != null && s.amount() < 0) {
            problems.add(Problem.error(AMOUNT, "Kinh phí không được âm."));
        }
        if (s.type() == SupportType.ALTERNATIVE_CARE) {
            if (VietnameseText.isBlank(s.carerName())) {
                problems.add(Problem.error(CARER, "Chăm sóc thay thế cần họ tên người hoặc tên cơ sở nhận chăm sóc."));
            }
            if (s.careForm() == null) {
                problems.add(Problem.error(CARE_FORM, "Chăm sóc thay thế cần hình thức: người thân thích, gia đình khác hoặc cơ sở trợ giúp xã hội."));
            }
        }
        return problems;
    }
}
