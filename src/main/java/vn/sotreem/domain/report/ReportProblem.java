package vn.sotreem.domain.report;

import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Severity;

/**
 * A check of the report (report-spec "checks before export"): errors block the export, warnings need
 * the officer's confirmation. It names the record concerned so that the window can open it.
 *
 * @param subject    what {@code recordId} and {@code recordCode} refer to
 * @param recordId   the database id of the child or case; null for an indicator
 * @param recordCode the child's code ({@code ma_tre}), the case's code ({@code ma_vu}) or the indicator id
 */
public record ReportProblem(Severity severity, Subject subject, Long recordId, String recordCode, String message) {

    /** The kind of record a problem is about. */
    public enum Subject {
        CHILD,
        ABUSE_CASE,
        INDICATOR
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    static ReportProblem childError(Child child, String message) {
        return new ReportProblem(Severity.ERROR, Subject.CHILD, child.getId(), child.getCode(), message);
    }

    static ReportProblem childWarning(Child child, String message) {
        return new ReportProblem(Severity.WARNING, Subject.CHILD, child.getId(), child.getCode(), message);
    }

    static ReportProblem caseWarning(AbuseCase c, String message) {
        return new ReportProblem(Severity.WARNING, Subject.ABUSE_CASE, c.getId(), c.getCode(), message);
    }

    static ReportProblem indicatorWarning(String indicatorId, String message) {
        return new ReportProblem(Severity.WARNING, Subject.INDICATOR, null, indicatorId, message);
    }

    @Override
    public String toString() {
        return (isError() ? "Lỗi" : "Cảnh báo") + ": " + message;
    }
}
