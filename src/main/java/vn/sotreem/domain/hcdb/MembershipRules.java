package vn.sotreem.domain.hcdb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.EventDates;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Problem;

/** Checks of a membership against its child and the child's other memberships (form and import alike). */
public final class MembershipRules {

    private static final String GROUP = MembershipField.GROUP.key();
    private static final String SUB_CASE = MembershipField.SUB_CASE.key();
    private static final String FROM = MembershipField.FROM.key();
    private static final String TO = MembershipField.TO.key();
    private static final String CERTIFICATE = MembershipField.CERTIFICATE.key();

    private MembershipRules() {
    }

    public static List<Problem> validate(Membership m, Child child, List<Membership> others, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (m.group() == null) {
            problems.add(Problem.error(GROUP, "Chưa chọn nhóm hoàn cảnh đặc biệt."));
            return problems;
        }
        if (m.subCase() != null && m.subCase().group() != m.group()) {
            problems.add(Problem.error(SUB_CASE, "Trường hợp " + m.subCase().code() + " không thuộc nhóm " + m.group().code() + "."));
        }
        if (m.group() == HcdbGroup.DISABLED) {
            if (m.subCase() == null) {
                problems.add(Problem.error(SUB_CASE, "Nhóm d cần mức độ khuyết tật: đặc biệt nặng, nặng hoặc nhẹ."));
            }
            if (m.certificateDate() == null) {
                problems.add(Problem.warning(CERTIFICATE, "Chưa ghi ngày cấp giấy xác nhận khuyết tật."));
            }
        }
        if (m.group() == HcdbGroup.SERIOUS_ILLNESS_POOR) {
            Poverty poverty = child.getPoverty();
            if (poverty == null) {
                problems.add(Problem.warning(GROUP, "Nhóm n chỉ dành cho trẻ thuộc hộ nghèo hoặc cận nghèo, "
                        + "nhưng hộ của trẻ chưa được ghi là nghèo/cận nghèo."));
            } else if (m.subCase() != null && !m.subCase().code().equals(poverty == Poverty.POOR ? "n.1" : "n.2")) {
                problems.add(Problem.warning(SUB_CASE, "Trường hợp " + m.subCase().code() + " không khớp với hộ của trẻ ("
                        + poverty.label().toLowerCase() + ")."));
            }
        }
        problems.addAll(EventDates.check(m.fromDate(), child, today, FROM, "ngày bắt đầu"));
        if (m.toDate() != null && m.fromDate() != null && m.toDate().isBefore(m.fromDate())) {
            problems.add(Problem.error(TO, "Ngày kết thúc " + DateText.format(m.toDate()) + " trước ngày bắt đầu "
                    + DateText.format(m.fromDate()) + "."));
        } else if (m.toDate() != null && m.toDate().isAfter(today)) {
            problems.add(Problem.error(TO, "Ngày kết thúc " + DateText.format(m.toDate()) + " ở trong tương lai."));
        }
        for (Membership other : others) {
            boolean itself = other == m || m.id() != null && m.id().equals(other.id());
            if (!itself && m.fromDate() != null && m.conflictsWith(other)) {
                problems.add(Problem.error(FROM, "Trẻ đã thuộc nhóm " + m.group().code() + " từ "
                        + DateText.format(other.fromDate()) + (other.toDate() == null ? " (chưa kết thúc)"
                        : " đến " + DateText.format(other.toDate())) + "; hai thời gian không được chồng nhau."));
            }
        }
        return problems;
    }
}
