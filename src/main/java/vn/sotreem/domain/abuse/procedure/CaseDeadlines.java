package vn.sotreem.domain.abuse.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.calendar.WorkingDays;

/**
 * The time limits of NĐ 56/2017 for one case, computed from the recorded times:
 * <ul>
 * <li>emergency intervention or separation: 12 hours from receipt (Điều 26 khoản 3, Điều 31–32);</li>
 * <li>plan drafted: 5 working days counted from the day of receipt (Điều 28 khoản 1); the decree
 * does not name the starting event and the provincial administrative-procedure sheets give the
 * whole procedure 7 working days from receipt, so receipt is the safe reading (decision 0005);</li>
 * <li>plan approved: 2 working days after the plan was drafted (Điều 28 khoản 4);</li>
 * <li>separation ended: at most 15 days (Điều 32), unless extended;</li>
 * <li>review at the planned end of the plan (not a legal limit: a reminder).</li>
 * </ul>
 * A limit is "due soon" on its last working day and the one before, and for the 12-hour limit at
 * any time before it passes.
 */
public final class CaseDeadlines {

    public static final int EMERGENCY_HOURS = 12;
    public static final int PLAN_WORKING_DAYS = 5;
    public static final int APPROVAL_WORKING_DAYS = 2;

    private CaseDeadlines() {
    }

    public static List<Deadline> of(AbuseCase c, WorkingDays calendar, LocalDateTime now) {
        List<Deadline> result = new ArrayList<>();
        LocalDateTime received = c.getIntake().receivedAt();
        boolean closed = c.currentStep() == CaseStep.CLOSED;
        boolean closedEarly = closed && c.firstStep(CaseStep.DETAILED_ASSESSMENT).isEmpty();

        if (c.isEmergency()) {
            add(result, CaseStep.EMERGENCY, "Can thiệp khẩn cấp / cách ly (≤ 12 giờ)",
                    received.plusHours(EMERGENCY_HOURS), true, true, c.firstStep(CaseStep.EMERGENCY), closed, calendar, now);
        }
        if (!closedEarly) {
            LocalDate planDue = calendar.addWorkingDays(c.getIntake().receivedOn(), PLAN_WORKING_DAYS);
            add(result, CaseStep.PLAN_DRAFTED, "Xây dựng kế hoạch hỗ trợ (≤ 5 ngày làm việc)", endOf(planDue), false, true,
                    c.firstStep(CaseStep.PLAN_DRAFTED), closed, calendar, now);
        }
        c.lastStep(CaseStep.PLAN_DRAFTED).ifPresent(draft -> {
            LocalDate approvalDue = calendar.addWorkingDays(draft.date(), APPROVAL_WORKING_DAYS);
            Optional<CaseStepRecord> approval = c.getSteps().stream()
                    .dropWhile(s -> s != draft).filter(s -> s.step() == CaseStep.PLAN_APPROVED).findFirst();
            add(result, CaseStep.PLAN_APPROVED, "Phê duyệt kế hoạch (≤ 2 ngày làm việc)", endOf(approvalDue), false, true,
                    approval, closed, calendar, now);
        });
        Separation separation = c.getSeparation();
        if (separation != null && separation.from() != null && !separation.extended()) {
            Optional<CaseStepRecord> ended = Optional.ofNullable(separation.endedOn())
                    .map(d -> new CaseStepRecord(CaseStep.EMERGENCY, d, null, null, null, null));
            add(result, CaseStep.EMERGENCY, "Kết thúc tạm thời cách ly (≤ 15 ngày)", endOf(separation.latestEnd()),
                    false, true, ended, closed, calendar, now);
        }
        if (c.currentStep() == CaseStep.PLAN_APPROVED || c.currentStep() == CaseStep.IMPLEMENTING) {
            c.currentPlan().stream().map(PlanItem::plannedEnd).filter(d -> d != null).max(LocalDate::compareTo)
                    .ifPresent(end -> add(result, CaseStep.REVIEWED, "Rà soát, đánh giá khi hết kế hoạch", endOf(end),
                            false, false, Optional.empty(), closed, calendar, now));
        }
        return result;
    }

    private static LocalDateTime endOf(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59));
    }

    private static void add(List<Deadline> result, CaseStep step, String label, LocalDateTime due, boolean hourly,
                            boolean legal, Optional<CaseStepRecord> done, boolean closed, WorkingDays calendar,
                            LocalDateTime now) {
        if (done.isPresent()) {
            // A step recorded without an hour counts as on time when its day is the last allowed day.
            LocalDateTime doneAt = done.get().at();
            boolean onTime = done.get().time() == null ? !done.get().date().isAfter(due.toLocalDate()) : !doneAt.isAfter(due);
            result.add(new Deadline(step, label, due, hourly, legal, doneAt,
                    onTime ? Deadline.State.DONE_ON_TIME : Deadline.State.DONE_LATE));
            return;
        }
        if (closed) {
            return; // a closed case owes nothing more
        }
        Deadline.State state;
        if (now.isAfter(due)) {
            state = Deadline.State.OVERDUE;
        } else if (hourly || !calendar.addWorkingDays(now.toLocalDate(), 1).isBefore(due.toLocalDate())) {
            state = Deadline.State.DUE_SOON;
        } else {
            state = Deadline.State.PENDING;
        }
        result.add(new Deadline(step, label, due, hourly, legal, null, state));
    }
}
