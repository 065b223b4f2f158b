package vn.sotreem.domain.access;

import java.time.LocalDate;

/** Which audit entries to show: every criterion may be null (no restriction). */
public record AuditFilter(String userName, AuditAction action, LocalDate from, LocalDate to, String text) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
