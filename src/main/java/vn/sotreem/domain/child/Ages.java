package vn.sotreem.domain.child;

import java.time.LocalDate;

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
        // By month and day rather than Period: the report asks this for every child of the register.
        int years = date.getYear() - birthDate.getYear();
        int month = birthDate.getMonthValue();
        int day = birthDate.getDayOfMonth();
        if (month == 2 && day == 29 && !date.isLeapYear()) {
            day = 28; // the birthday of someone born on 29/02, in a common year
        }
        if (date.getMonthValue() < month || date.getMonthValue() == month && date.getDayOfMonth() < day) {
            years--;
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
