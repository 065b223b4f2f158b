package vn.sotreem.domain.child;

import java.time.LocalDate;

/** Age bands of the injury report form (list {@code nhom_tuoi}). */
public enum AgeBand {
    FROM_0_TO_5("0-5", "0 - 5 tuổi", 0, 5),
    FROM_6_TO_9("6-9", "6 - 9 tuổi", 6, 9),
    FROM_10_TO_13("10-13", "10 - 13 tuổi", 10, 13),
    FROM_14_TO_15("14-15", "14 - dưới 16 tuổi", 14, 15);

    /** {@link #values()} copies its array on every call; the report asks for a band per child. */
    private static final AgeBand[] ALL = values();

    private final String code;
    private final String label;
    private final int fromAge;
    private final int toAge;

    AgeBand(String code, String label, int fromAge, int toAge) {
        this.code = code;
        this.label = label;
        this.fromAge = fromAge;
        this.toAge = toAge;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The band of an age in whole years, or null when the age is outside 0–15. */
    public static AgeBand ofAge(int age) {
        for (AgeBand band : ALL) {
            if (age >= band.fromAge && age <= band.toAge) {
                return band;
            }
        }
        return null;
    }

    /** The band of a child on a date, or null when not a child on that date. */
    public static AgeBand of(LocalDate birthDate, LocalDate date) {
        return birthDate == null ? null : ofAge(Ages.ageOn(birthDate, date));
    }

    @Override
    public String toString() {
        return label;
    }
}
