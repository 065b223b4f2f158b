package vn.sotreem.domain.injury;

import java.time.LocalDate;

/**
 * An injury of one child in one event (sheet {@code TNTT}).
 *
 * @param died     the child died of it
 * @param disabled the child was left disabled by it
 * @param treatedAt where the child was treated (free text: trạm y tế, bệnh viện huyện…)
 */
public record Injury(Long id, long childId, LocalDate date, InjuryType type, InjuryPlace place, boolean died,
                     boolean disabled, String treatedAt, String note) {

    public Injury withId(long newId) {
        return new Injury(newId, childId, date, type, place, died, disabled, treatedAt, note);
    }
}
