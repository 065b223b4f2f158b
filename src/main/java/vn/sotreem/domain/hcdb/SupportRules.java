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

    public static final String DATE = "ngay";
    public static final String TYPE = "loai";
    public static final String AMOUNT = "kinh_phi";
    public static final String CARER = "nguoi_cham_soc_thay_the";
    public static final String CARE_FORM = "hinh_thuc_cham_soc";

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
