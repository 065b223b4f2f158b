package vn.sotreem.domain;

import java.time.LocalDateTime;

/**
 * One line of the audit log: who did what to which record, when. {@code details} holds the
 * changed fields as "field: old → new" lines, or the export's period and file name.
 */
public record AuditEntry(long id, LocalDateTime at, String userName, AuditAction action, String entity,
                         String entityId, String details) {
}
