package vn.sotreem.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LunarCalendarTest {

    @Test
    void tetFallsOnTheKnownDates() {
        assertEquals(LocalDate.of(2023, 1, 22), LunarCalendar.tet(2023));
        assertEquals(LocalDate.of(2024, 2, 10), LunarCalendar.tet(2024));
        assertEquals(LocalDate.of(2025, 1, 29), LunarCalendar.tet(2025));
        assertEquals(LocalDate.of(2026, 2, 17), LunarCalendar.tet(2026));
        assertEquals(LocalDate.of(2027, 2, 6), LunarCalendar.tet(2027));
        assertEquals(LocalDate.of(2000, 2, 5), LunarCalendar.tet(2000));
    }

    @Test
    void vietnamReckonsAtUtcPlusSevenSoTetDiffersFromChinaIn1985And2007() {
        assertEquals(LocalDate.of(1985, 1, 21), LunarCalendar.tet(1985));
        assertEquals(LocalDate.of(1985, 2, 20), LunarCalendar.toSolar(1, 1, 1985, false, 8.0));
        assertEquals(LocalDate.of(2007, 2, 17), LunarCalendar.tet(2007));
        assertEquals(LocalDate.of(2007, 2, 18), LunarCalendar.toSolar(1, 1, 2007, false, 8.0));
    }

    @Test
    void hungKingsDayIsTheTenthOfTheThirdMonth() {
        assertEquals(LocalDate.of(2025, 4, 7), LunarCalendar.toSolar(10, 3, 2025, false));
        assertEquals(LocalDate.of(2026, 4, 26), LunarCalendar.toSolar(10, 3, 2026, false));
        assertEquals(LocalDate.of(2024, 4, 18), LunarCalendar.toSolar(10, 3, 2024, false));
    }

    @Test
    void leapMonthsAndTheWayBack() {
        // 2023 had a leap 2nd month (tháng 2 nhuận) starting 20/03/2023.
        assertEquals(LocalDate.of(2023, 3, 22), LunarCalendar.toSolar(1, 2, 2023, true));
        assertEquals(new LunarCalendar.LunarDate(1, 2, 2023, true), LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(1, 5, 2023, true));
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(13)) {
            LunarCalendar.LunarDate lunar = LunarCalendar.toLunar(d);
            assertEquals(d, LunarCalendar.toSolar(lunar.day(), lunar.month(), lunar.year(), lunar.leap()), d.toString());
        }
    }
}
