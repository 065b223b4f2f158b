package vn.sotreem.domain.injury;

import java.time.LocalDate;

/**
 * An injury of one child in one event (sheet {@code TNTT}); its fields are listed in
 * {@link InjuryField}. Built with {@link #of} and the {@code with…} copies, so that a new optional
 * field changes no caller that does not set it.
 *
 * @param died     the child died of it
 * @param disabled the child was left disabled by it
 * @param treatedAt where the child was treated (free text: trạm y tế, bệnh viện huyện…)
 * @param cause    the cause in a few words (free text: trượt chân khi tắm ao…)
 */
public record Injury(Long id, long childId, LocalDate date, InjuryType type, InjuryPlace place, boolean died,
                     boolean disabled, String treatedAt, String cause, String note) {

    /** A new injury (no id) of a child on a day, of a type at a place; no death, no disability, nothing written. */
    public static Injury of(long childId, LocalDate date, InjuryType type, InjuryPlace place) {
        return new Injury(null, childId, date, type, place, false, false, null, null, null);
    }

    public Injury withId(Long newId) {
        return new Injury(newId, childId, date, type, place, died, disabled, treatedAt, cause, note);
    }

    public Injury withChild(long newChildId) {
        return new Injury(id, newChildId, date, type, place, died, disabled, treatedAt, cause, note);
    }

    public Injury withOutcome(boolean newDied, boolean newDisabled) {
        return new Injury(id, childId, date, type, place, newDied, newDisabled, treatedAt, cause, note);
    }

    public Injury withTreatedAt(String newTreatedAt) {
        return new Injury(id, childId, date, type, place, died, disabled, newTreatedAt, cause, note);
    }

    public Injury withNote(String newNote) {
        return new Injury(id, childId, date, type, place, died, disabled, treatedAt, cause, newNote);
    }

    public Injury withCause(String newCause) {
        return new Injury(id, childId, date, type, place, died, disabled, treatedAt, newCause, note);
    }

    /** A copy with one free-text field ({@link InjuryField#isFreeText()}) set: how the form, grid, sheet and repository set them. */
    public Injury withText(InjuryField field, String text) {
        return switch (field) {
            case TREATED_AT -> withTreatedAt(text);
            case CAUSE -> withCause(text);
            case NOTE -> withNote(text);
            default -> throw new IllegalArgumentException(field + " is not a free-text field");
        };
    }
}
