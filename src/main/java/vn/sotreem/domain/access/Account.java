package vn.sotreem.domain.access;

/** A local account of the register. Removed accounts stay (inactive) so the audit log keeps their name. */
public record Account(String userName, Role role, boolean active) {
}
