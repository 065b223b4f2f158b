package vn.sotreem.domain.abuse.procedure;

import java.time.Duration;
import java.time.LocalDateTime;
import vn.sotreem.domain.common.Coded;

/**
 * A time limit of a case's procedure and where it stands.
 *
 * @param hourly true for limits in hours (the 12-hour emergency limit), false for limits in days,
 *               whose {@code due} is the end of the last allowed day
 * @param legal  false for the review at the end of the plan, which the decree does not time
 * @param doneAt when the step was done, or null
 */
public record Deadline(CaseStep step, String label, LocalDateTime due, boolean hourly, boolean legal,
                       LocalDateTime doneAt, State state) {

    public enum State implements Coded {
        DONE_ON_TIME("dung_han", "Đã làm đúng hạn"),
        DONE_LATE("tre_han", "Đã làm, trễ hạn"),
        OVERDUE("qua_han", "Quá hạn"),
        DUE_SOON("sap_den_han", "Sắp đến hạn"),
        PENDING("con_han", "Còn hạn");

        private final CodeLabel value;

        State(String code, String label) {
            this.value = new CodeLabel(code, label);
        }

        @Override
        public CodeLabel codeLabel() {
            return value;
        }

        public boolean isOpen() {
            return this == OVERDUE || this == DUE_SOON || this == PENDING;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** Time left until the limit (negative when past). */
    public Duration remaining(LocalDateTime now) {
        return Duration.between(now, due);
    }

    /** "còn 3 giờ 20 phút", "quá 1 ngày 2 giờ": how a countdown reads. */
    public String remainingText(LocalDateTime now) {
        Duration left = remaining(now);
        boolean past = left.isNegative();
        Duration abs = left.abs();
        long days = abs.toDays();
        long hours = abs.toHoursPart();
        long minutes = abs.toMinutesPart();
        String amount = days > 0 ? days + " ngày " + hours + " giờ"
                : hours > 0 ? hours + " giờ " + minutes + " phút" : minutes + " phút";
        return (past ? "quá " : "còn ") + amount;
    }
}
