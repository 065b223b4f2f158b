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
 * @param fault      the record and field at fault when it is one of the child's events (an injury,
 *                   a case's date…), so that the window opens that record with that field; null:
 *                   the subject itself is at fault
 */
public record ReportProblem(Severity severity, Subject subject, Long recordId, String recordCode, String message,
                            Fault fault) {

    /** A problem whose subject itself is at fault. */
    public ReportProblem(Severity severity, Subject subject, Long recordId, String recordCode, String message) {
        this(severity, subject, recordId, recordCode, message, null);
    }

    /**
     * The record and field a check is about: the window opens that record (on the tab holding the
     * field) with the field focused, where the officer can fix it.
     *
     * @param kind  the kind of record
     * @param id    its database id
     * @param field the field's key ({@code InjuryField.key()}, {@code AbuseCaseRules.OCCURRED}…), or null
     */
    public record Fault(Kind kind, long id, String field) {

        /** The fault, or null for a record not saved (no id: nothing to open). */
        public static Fault of(Kind kind, Long id, String field) {
            return id == null ? null : new Fault(kind, id, field);
        }

        /** The records a check can lead to, besides the child's record itself. */
        public enum Kind {
            INJURY,
            ABUSE_CASE,
            SUPPORT,
            MEMBERSHIP
        }
    }

    /** The same problem, naming the record and field at fault. */
    public ReportProblem at(Fault newFault) {
        return new ReportProblem(severity, subject, recordId, recordCode, message, newFault);
    }

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
