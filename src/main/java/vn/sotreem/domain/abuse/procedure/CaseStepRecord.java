package vn.sotreem.domain.abuse.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.sotreem.domain.abuse.RiskLevel;

/**
 * A step of the procedure as done: when, by whom, and for assessments the risk found.
 *
 * @param time the hour, when known; it matters for the 12-hour emergency limit
 */
public record CaseStepRecord(CaseStep step, LocalDate date, LocalTime time, String actor, RiskLevel risk, String note) {

    /** The moment of the step; without an hour, the end of the day (the latest it can have been). */
    public LocalDateTime at() {
        return date.atTime(time == null ? LocalTime.of(23, 59) : time);
    }
}
