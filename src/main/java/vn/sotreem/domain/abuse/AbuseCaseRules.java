package vn.sotreem.domain.abuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.EventDates;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.abuse.procedure.Separation;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Checks of an abuse case: the intake, each victim against the register (the event-date rule of
 * every dated event), perpetrators and sanctions, and the order of the procedure's steps. Field
 * names are the keys of sheet {@code XamHai} where one exists.
 */
public final class AbuseCaseRules {

    public static final String CODE = "ma_vu";
    public static final String CHILD = "ma_tre";
    public static final String OCCURRED = "ngay_xay_ra";
    public static final String RECEIVED = "ngay_tiep_nhan";
    public static final String RECEIVED_TIME = "gio_tiep_nhan";
    public static final String FORMS = "hinh_thuc";
    public static final String SETTING = "moi_truong";
    public static final String HANDLING = "xu_ly";
    public static final String FINE = "tien_phat";
    public static final String STEPS = "quy_trinh";
    public static final String SEPARATION = "cach_ly";
    public static final String CONCLUSION = "ket_luan";

    private AbuseCaseRules() {
    }

    /** Every problem of the case; {@code children} holds the register's record of each victim by id. */
    public static List<Problem> validate(AbuseCase c, Map<Long, Child> children, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (VietnameseText.isBlank(c.getCode())) {
            problems.add(Problem.error(CODE, "Chưa có mã vụ việc."));
        }
        Intake intake = c.getIntake();
        problems.addAll(intakeProblems(intake, today));
        if (c.getVictims().isEmpty()) {
            problems.add(Problem.error(CHILD, "Vụ việc cần ít nhất một trẻ bị xâm hại."));
        }
        Set<Long> seen = new HashSet<>();
        for (AbuseVictim victim : c.getVictims()) {
            Child child = children.get(victim.childId());
            String who = child == null ? "Trẻ (mã nội bộ " + victim.childId() + ")" : child.getFullName() + " (" + child.getCode() + ")";
            if (!seen.add(victim.childId())) {
                problems.add(Problem.error(CHILD, who + " có hai lần trong cùng một vụ việc."));
            }
            if (child == null) {
                problems.add(Problem.error(CHILD, who + " không có trong sổ."));
                continue;
            }
            problems.addAll(victimProblems(victim, who));
            if (intake.occurredOn() != null) {
                EventDates.check(intake.occurredOn(), child, today, OCCURRED, "ngày xảy ra").forEach(p ->
                        problems.add(new Problem(p.field(), p.severity(), who + ": " + p.message())));
            }
        }
        for (Perpetrator perpetrator : c.getPerpetrators()) {
            problems.addAll(perpetratorProblems(perpetrator, seen));
        }
        problems.addAll(stepProblems(c, today));
        if (c.getConclusion() != null && c.currentStep() != CaseStep.CLOSED) {
            problems.add(Problem.error(CONCLUSION, "Kết luận vụ việc chỉ ghi khi đóng hồ sơ."));
        }
        problems.addAll(separationProblems(c.getSeparation(), intake, today));
        return problems;
    }

    static List<Problem> intakeProblems(Intake intake, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (intake.receivedOn() == null) {
            problems.add(Problem.error(RECEIVED, "Chưa nhập ngày tiếp nhận."));
        } else if (intake.receivedOn().isAfter(today)) {
            problems.add(Problem.error(RECEIVED, "Ngày tiếp nhận " + DateText.format(intake.receivedOn()) + " ở trong tương lai."));
        }
        if (intake.occurredOn() == null) {
            problems.add(Problem.error(OCCURRED, "Chưa nhập ngày xảy ra."));
        } else if (intake.receivedOn() != null && intake.receivedOn().isBefore(intake.occurredOn())) {
            problems.add(Problem.error(RECEIVED, "Ngày tiếp nhận " + DateText.format(intake.receivedOn())
                    + " trước ngày xảy ra " + DateText.format(intake.occurredOn()) + "."));
        }
        if (intake.receivedTime() == null) {
            problems.add(Problem.warning(RECEIVED_TIME, "Chưa có giờ tiếp nhận: thời hạn 12 giờ được tính từ đầu ngày tiếp nhận."));
        }
        if (intake.setting() == null) {
            problems.add(Problem.error(SETTING, "Chưa chọn môi trường xảy ra xâm hại."));
        }
        return problems;
    }

    private static List<Problem> victimProblems(AbuseVictim victim, String who) {
        List<Problem> problems = new ArrayList<>();
        if (victim.forms().isEmpty()) {
            problems.add(Problem.error(FORMS, who + ": chưa chọn hình thức xâm hại."));
        }
        for (HcdbSubCase subForm : victim.subForms()) {
            AbuseForm form = AbuseForm.ofSubForm(subForm);
            if (form == null || !victim.forms().contains(form)) {
                problems.add(Problem.error(FORMS, who + ": hình thức chi tiết \"" + subForm.label() + "\" không thuộc hình thức đã chọn."));
            }
        }
        return problems;
    }

    private static List<Problem> perpetratorProblems(Perpetrator p, Set<Long> victimIds) {
        List<Problem> problems = new ArrayList<>();
        if (p.victimChildId() != null && !victimIds.contains(p.victimChildId())) {
            problems.add(Problem.error(CHILD, "Đối tượng xâm hại gắn với một trẻ không phải nạn nhân của vụ việc."));
        }
        Sanction s = p.sanction();
        if (s != null) {
            if (s.fine() != null && s.fine() < 0) {
                problems.add(Problem.error(FINE, "Tiền phạt không được âm."));
            }
            if (p.handling() != HandlingRoute.ADMINISTRATIVE) {
                problems.add(Problem.error(HANDLING, "Có quyết định xử phạt nhưng hướng xử lý không phải \""
                        + HandlingRoute.ADMINISTRATIVE.label() + "\"."));
            }
        }
        return problems;
    }

    /** Problems of recording {@code next} as the case's next step. */
    public static List<Problem> nextStepProblems(AbuseCase c, CaseStepRecord next, LocalDate today) {
        return stepProblems(c.currentStep(), previousDate(c), next, c.getIntake(), today);
    }

    private static LocalDate previousDate(AbuseCase c) {
        return c.getSteps().isEmpty() ? c.getIntake().receivedOn() : c.getSteps().get(c.getSteps().size() - 1).date();
    }

    private static List<Problem> stepProblems(AbuseCase c, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        CaseStep current = CaseStep.RECEIVED;
        LocalDate previous = c.getIntake().receivedOn();
        for (CaseStepRecord step : c.getSteps()) {
            problems.addAll(stepProblems(current, previous, step, c.getIntake(), today));
            current = step.step();
            previous = step.date() == null ? previous : step.date();
        }
        return problems;
    }

    private static List<Problem> stepProblems(CaseStep current, LocalDate previous, CaseStepRecord next, Intake intake,
                                              LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (!current.allows(next.step())) {
            problems.add(Problem.error(STEPS, "Không thể chuyển từ bước \"" + current.label() + "\" sang \""
                    + next.step().label() + "\"." + allowedText(current)));
        }
        if (next.date() == null) {
            problems.add(Problem.error(STEPS, "Bước \"" + next.step().label() + "\" chưa có ngày."));
            return problems;
        }
        String event = "Bước \"" + next.step().label() + "\" ngày " + DateText.format(next.date());
        if (next.date().isAfter(today)) {
            problems.add(Problem.error(STEPS, event + " ở trong tương lai."));
        }
        if (previous != null && next.date().isBefore(previous)) {
            problems.add(Problem.error(STEPS, event + " trước bước trước đó (" + DateText.format(previous) + ")."));
        } else if (intake.receivedTime() != null && next.time() != null && next.date().equals(intake.receivedOn())
                && next.time().isBefore(intake.receivedTime())) {
            problems.add(Problem.error(STEPS, event + " lúc " + next.time() + " trước giờ tiếp nhận " + intake.receivedTime() + "."));
        }
        if ((next.step() == CaseStep.INITIAL_ASSESSMENT || next.step() == CaseStep.DETAILED_ASSESSMENT) && next.risk() == null) {
            problems.add(Problem.error(STEPS, event + ": chưa chọn mức nguy cơ (Cao / Trung bình / Thấp)."));
        }
        return problems;
    }

    private static String allowedText(CaseStep current) {
        if (current.next().isEmpty()) {
            return " Hồ sơ đã đóng.";
        }
        return " Bước tiếp theo có thể là: " + String.join(", ", current.next().stream().map(CaseStep::label).toList()) + ".";
    }

    private static List<Problem> separationProblems(Separation s, Intake intake, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (s == null) {
            return problems;
        }
        if (s.from() == null) {
            problems.add(Problem.error(SEPARATION, "Tạm thời cách ly chưa có ngày bắt đầu."));
            return problems;
        }
        if (intake.receivedOn() != null && s.from().isBefore(intake.receivedOn())) {
            problems.add(Problem.error(SEPARATION, "Ngày bắt đầu cách ly " + DateText.format(s.from()) + " trước ngày tiếp nhận."));
        }
        if (s.from().isAfter(today)) {
            problems.add(Problem.error(SEPARATION, "Ngày bắt đầu cách ly " + DateText.format(s.from()) + " ở trong tương lai."));
        }
        if (s.endedOn() != null && s.endedOn().isBefore(s.from())) {
            problems.add(Problem.error(SEPARATION, "Ngày kết thúc cách ly trước ngày bắt đầu."));
        } else if (!s.extended() && s.endedOn() != null && s.endedOn().isAfter(s.latestEnd())) {
            problems.add(Problem.warning(SEPARATION, "Tạm thời cách ly quá " + Separation.MAX_DAYS
                    + " ngày mà không có gia hạn (NĐ 56/2017 Điều 32)."));
        }
        return problems;
    }
}
