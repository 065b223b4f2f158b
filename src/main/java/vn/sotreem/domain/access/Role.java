package vn.sotreem.domain.access;

import vn.sotreem.domain.common.Coded;

/**
 * What an account may do. {@code quản trị} manages users, settings and restores; {@code cán bộ}
 * enters, edits and exports; {@code xem} reads, cannot export and does not see abuse-case details.
 */
public enum Role implements Coded {
    ADMIN("quan_tri", "Quản trị"),
    OFFICER("can_bo", "Cán bộ"),
    VIEWER("xem", "Xem");

    private final CodeLabel value;

    Role(String code, String label) {
        this.value = new CodeLabel(code, label);
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    public boolean canEdit() {
        return this != VIEWER;
    }

    public boolean canExport() {
        return this != VIEWER;
    }

    public boolean canManageAccounts() {
        return this == ADMIN;
    }

    public boolean canRestore() {
        return this == ADMIN;
    }

    public boolean canSeeAbuseDetails() {
        return this != VIEWER;
    }

    public boolean canViewAudit() {
        return this == ADMIN;
    }

    @Override
    public String toString() {
        return label();
    }
}
