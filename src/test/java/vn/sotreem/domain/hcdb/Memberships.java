package vn.sotreem.domain.hcdb;

import java.time.LocalDate;

/**
 * Builds a test's HCĐB membership with only what the test cares about: a child in a group from a
 * date, open, with no sub-case, basis or certificate unless set.
 */
public final class Memberships {

    private Long id;
    private final long childId;
    private final HcdbGroup group;
    private final LocalDate from;
    private HcdbSubCase subCase;
    private LocalDate to;
    private String basis;
    private LocalDate certificateDate;
    private String closeReason;

    private Memberships(long childId, HcdbGroup group, LocalDate from) {
        this.childId = childId;
        this.group = group;
        this.from = from;
    }

    public static Memberships of(long childId, HcdbGroup group, LocalDate from) {
        return new Memberships(childId, group, from);
    }

    public Memberships id(Long value) {
        id = value;
        return this;
    }

    public Memberships subCase(HcdbSubCase value) {
        subCase = value;
        return this;
    }

    /** The sub-case by its code in the bundled list (e.g. {@code "a1"}); null for none. */
    public Memberships subCase(String code) {
        subCase = code == null ? null : HcdbSubCase.byCode(code).orElseThrow();
        return this;
    }

    public Memberships to(LocalDate value) {
        to = value;
        return this;
    }

    public Memberships basis(String value) {
        basis = value;
        return this;
    }

    public Memberships certificateDate(LocalDate value) {
        certificateDate = value;
        return this;
    }

    public Memberships closed(LocalDate on, String reason) {
        to = on;
        closeReason = reason;
        return this;
    }

    public Memberships closeReason(String value) {
        closeReason = value;
        return this;
    }

    public Membership build() {
        return new Membership(id, childId, group, subCase, from, to, basis, certificateDate, closeReason);
    }
}
