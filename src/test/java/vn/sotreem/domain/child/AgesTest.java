package vn.sotreem.domain.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {

    @Test
    void ageCountsWholeYearsAndTurnsOnTheBirthday() {
        LocalDate birth = LocalDate.of(2015, 6, 10);
        assertEquals(10, Ages.ageOn(birth, LocalDate.of(2026, 6, 9)));
        assertEquals(11, Ages.ageOn(birth, LocalDate.of(2026, 6, 10)));
        assertEquals(0, Ages.ageOn(birth, birth));
        assertEquals(-1, Ages.ageOn(birth, LocalDate.of(2015, 6, 9)));
    }

    @Test
    void leapDayChildrenAgeOnTheLastDayOfFebruaryInCommonYears() {
        LocalDate birth = LocalDate.of(2020, 2, 29);
        assertEquals(0, Ages.ageOn(birth, LocalDate.of(2021, 2, 27)));
        assertEquals(1, Ages.ageOn(birth, LocalDate.of(2021, 2, 28)));
        assertEquals(4, Ages.ageOn(birth, LocalDate.of(2024, 2, 29)));
        assertEquals(3, Ages.ageOn(birth, LocalDate.of(2024, 2, 28)));
        // 2100 is not a leap year: a child born 29/02/2084 turns 16 on 28/02/2100.
        LocalDate born2084 = LocalDate.of(2084, 2, 29);
        assertEquals(LocalDate.of(2100, 2, 28), Ages.sixteenthBirthday(born2084));
        assertTrue(Ages.isChildOn(born2084, LocalDate.of(2100, 2, 27)));
        assertFalse(Ages.isChildOn(born2084, LocalDate.of(2100, 2, 28)));
    }

    @Test
    void ageIsTheNumberOfBirthdaysReachedForEveryBirthDateAndDay() {
        // The definition itself: age N is reached on birthDate.plusYears(N) (29/02 → 28/02 in common years).
        for (LocalDate birth = LocalDate.of(2011, 12, 25); birth.isBefore(LocalDate.of(2012, 3, 5)); birth = birth.plusDays(1)) {
            for (LocalDate day = birth.minusDays(3); day.isBefore(birth.plusYears(17)); day = day.plusDays(1)) {
                int expected = -1;
                while (!birth.plusYears(expected + 1L).isAfter(day)) {
                    expected++;
                }
                assertEquals(expected, Ages.ageOn(birth, day), birth + " on " + day);
            }
        }
    }

    @Test
    void aChildIsUnderSixteen() {
        LocalDate birth = LocalDate.of(2010, 11, 23);
        assertTrue(Ages.isChildOn(birth, LocalDate.of(2026, 11, 22)));
        assertFalse(Ages.isChildOn(birth, LocalDate.of(2026, 11, 23)));
        assertFalse(Ages.isChildOn(birth, LocalDate.of(2010, 11, 22)), "not yet born");
    }

    @Test
    void ageBandsOfTheInjuryForm() {
        assertEquals(AgeBand.FROM_0_TO_5, AgeBand.ofAge(0));
        assertEquals(AgeBand.FROM_0_TO_5, AgeBand.ofAge(5));
        assertEquals(AgeBand.FROM_6_TO_9, AgeBand.ofAge(6));
        assertEquals(AgeBand.FROM_10_TO_13, AgeBand.ofAge(13));
        assertEquals(AgeBand.FROM_14_TO_15, AgeBand.ofAge(15));
        assertNull(AgeBand.ofAge(16));
        assertNull(AgeBand.ofAge(-1));
        LocalDate birth = LocalDate.of(2016, 3, 1);
        assertEquals(AgeBand.FROM_6_TO_9, AgeBand.of(birth, LocalDate.of(2026, 2, 28)));
        assertEquals(AgeBand.FROM_10_TO_13, AgeBand.of(birth, LocalDate.of(2026, 3, 1)));
    }
}
