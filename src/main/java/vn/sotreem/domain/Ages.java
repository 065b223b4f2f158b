package vn.sotreem.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age rules. A person reaches age N on the date N years after birth; someone born on 29/02 does
 * so on 28/02 in common years (as {@link LocalDate#plusYears} does). A child is under 16 (Luật Trẻ
 * em Điều 1).
 */
public final class Ages {

    public static final int CHILD_AGE_LIMIT = 16;

    private Ages() {
    }

    /** Whole years completed on {@code date}; negative dates before birth give -1. */
    public static int ageOn(LocalDate birthDate, LocalDate date) {
        if (date.isBefore(birthDate)) {
            return -1;
        }
        int years = Period.between(birthDate, date).getYears();
        // Period treats 29/02 → 28/02 as not yet a full year; the legal rule says it is.
        if (birthDate.plusYears(years + 1L).compareTo(date) <= 0) {
            years++;
        }
        return years;
    }

    /** The day the child stops being a child. */
    public static LocalDate sixteenthBirthday(LocalDate birthDate) {
        return birthDate.plusYears(CHILD_AGE_LIMIT);
    }

    /** True when the person is a child (under 16) on {@code date} and already born. */
    public static boolean isChildOn(LocalDate birthDate, LocalDate date) {
        return !date.isBefore(birthDate) && date.isBefore(sixteenthBirthday(birthDate));
    }
}
