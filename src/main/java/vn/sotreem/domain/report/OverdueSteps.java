package vn.sotreem.domain.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.procedure.CaseDeadlines;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.TimeText;

/** The report's warnings about a case: legal limits (NĐ 56/2017) passed with no step recorded; never an error. */
final class OverdueSteps {

    private OverdueSteps() {
    }

    static List<ReportProblem> of(AbuseCase c, WorkingDays workingDays, LocalDateTime now) {
        List<ReportProblem> problems = new ArrayList<>();
        if (c.getIntake().receivedOn() == null) {
            return problems;
        }
        for (Deadline d : CaseDeadlines.of(c, workingDays, now)) {
            if (d.legal() && d.state() == Deadline.State.OVERDUE) {
                String due = DateText.format(d.due().toLocalDate())
                        + (d.hourly() ? " lúc " + TimeText.format(d.due().toLocalTime()) : "");
                problems.add(ReportProblem.caseWarning(c, "Vụ việc " + c.getCode() + ": đã quá hạn “" + d.label()
                        + "” (hạn " + due + ") mà chưa ghi nhận bước này"
                        + (c.isProcedureTracked() ? "." : " (vụ việc chép từ sổ cũ, chưa ghi các bước thủ tục)."))
                        .at(ReportProblem.Fault.of(ReportProblem.Fault.Kind.ABUSE_CASE, c.getId(), AbuseCaseRules.STEPS)));
            }
        }
        return problems;
    }
}
