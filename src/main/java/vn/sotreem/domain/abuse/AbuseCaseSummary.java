package vn.sotreem.domain.abuse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.sotreem.domain.abuse.procedure.CaseDeadlines;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.calendar.WorkingDays;

/**
 * What lists and the Today screen show of a case. For an account that may not see abuse details
 * ({@link Role#canSeeAbuseDetails()}) the victims' names are replaced by a mask: the code, dates,
 * procedure state and deadlines stay visible so that the work can be followed.
 */
public record AbuseCaseSummary(long id, String code, LocalDate receivedOn, LocalDateTime receivedAt, LocalDate occurredOn,
                               String village, List<String> victimNames, int victimCount, CaseStep currentStep,
                               boolean emergency, boolean procedureTracked, List<Deadline> deadlines) {

    public static final String MASK = "(ẩn)";

    public static AbuseCaseSummary of(AbuseCase c, Map<Long, Child> children, boolean showDetails, WorkingDays calendar,
                                      LocalDateTime now) {
        List<String> names = c.getVictims().stream().map(v -> {
            Child child = children.get(v.childId());
            return !showDetails || child == null ? MASK : child.getFullName();
        }).toList();
        Intake intake = c.getIntake();
        return new AbuseCaseSummary(c.getId(), c.getCode(), intake.receivedOn(), intake.receivedAt(), intake.occurredOn(),
                showDetails ? intake.village() : MASK, names, names.size(), c.currentStep(), c.isEmergency(),
                c.isProcedureTracked(), CaseDeadlines.of(c, calendar, now));
    }

    /** The deadlines still to meet, soonest first. */
    public List<Deadline> openDeadlines() {
        return deadlines.stream().filter(d -> d.state().isOpen())
                .sorted(java.util.Comparator.comparing(Deadline::due)).toList();
    }
}
