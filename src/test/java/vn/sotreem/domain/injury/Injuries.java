package vn.sotreem.domain.injury;

import java.time.LocalDate;

/**
 * Builds a test's injury with only what the test cares about: a child's injury on a date — a fall
 * at home unless set — with no id, no death, no disability and nothing written unless set. The one
 * place in the tests that knows the order of {@link Injury}'s components.
 */
public final class Injuries {

    private Long id;
    private final long childId;
    private final LocalDate date;
    private InjuryType type = InjuryType.FALL;
    private InjuryPlace place = InjuryPlace.HOME;
    private boolean died;
    private boolean disabled;
    private String treatedAt;
    private String cause;
    private String note;

    private Injuries(long childId, LocalDate date) {
        this.childId = childId;
        this.date = date;
    }

    public static Injuries of(long childId, LocalDate date) {
        return new Injuries(childId, date);
    }

    public Injuries id(Long value) {
        id = value;
        return this;
    }

    public Injuries type(InjuryType value) {
        type = value;
        return this;
    }

    public Injuries place(InjuryPlace value) {
        place = value;
        return this;
    }

    /** The child died of it. */
    public Injuries died() {
        return died(true);
    }

    public Injuries died(boolean value) {
        died = value;
        return this;
    }

    /** The child was left disabled by it. */
    public Injuries disabled() {
        return disabled(true);
    }

    public Injuries disabled(boolean value) {
        disabled = value;
        return this;
    }

    public Injuries treatedAt(String value) {
        treatedAt = value;
        return this;
    }

    public Injuries cause(String value) {
        cause = value;
        return this;
    }

    public Injuries note(String value) {
        note = value;
        return this;
    }

    public Injury build() {
        return new Injury(id, childId, date, type, place, died, disabled, treatedAt, cause, note);
    }
}
