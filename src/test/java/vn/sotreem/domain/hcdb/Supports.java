package vn.sotreem.domain.hcdb;

import java.time.LocalDate;

/**
 * Builds a test's support with only what the test cares about: a support of a type given to a child
 * on a date, with no provider, amount, note or carer unless set.
 */
public final class Supports {

    private Long id;
    private final long childId;
    private final LocalDate date;
    private final SupportType type;
    private String provider;
    private Long amount;
    private String note;
    private String carerName;
    private CareForm careForm;

    private Supports(long childId, LocalDate date, SupportType type) {
        this.childId = childId;
        this.date = date;
        this.type = type;
    }

    public static Supports of(long childId, LocalDate date, SupportType type) {
        return new Supports(childId, date, type);
    }

    public Supports id(Long value) {
        id = value;
        return this;
    }

    public Supports provider(String value) {
        provider = value;
        return this;
    }

    public Supports amount(Long value) {
        amount = value;
        return this;
    }

    public Supports note(String value) {
        note = value;
        return this;
    }

    public Supports carerName(String value) {
        carerName = value;
        return this;
    }

    public Supports careForm(CareForm value) {
        careForm = value;
        return this;
    }

    public Support build() {
        return new Support(id, childId, date, type, provider, amount, note, carerName, careForm);
    }
}
