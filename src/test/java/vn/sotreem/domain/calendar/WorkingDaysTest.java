package vn.sotreem.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.standard();

    @Test
    void weekendsAndFixedHolidaysAreNotWorkingDays() {
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 21)), "Saturday");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 22)), "Sunday");
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 11, 23)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 1, 1)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 4, 30)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 5, 1)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 9, 2)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 4, 27)), "Giỗ Tổ 10/3 âm lịch is Sunday 26/04/2026: Monday off");
    }

    @Test
    void tetIsTheLastDayOfTheYearAndTheFirstFourOfTheNext() {
        // Tết 2026 is Tuesday 17/02/2026: Monday 16 to Friday 20 are off.
        for (int d = 16; d <= 20; d++) {
            assertFalse(days.isWorkingDay(LocalDate.of(2026, 2, d)), "Feb " + d);
        }
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 2, 13)));
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 2, 23)));
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // 02/09/2029 is a Sunday: Monday 03/09/2029 is off.
        assertFalse(days.isWorkingDay(LocalDate.of(2029, 9, 3)));
        // 30/04/2028 is a Sunday and 01/05/2028 a Monday holiday: Tuesday 02/05/2028 is off.
        assertFalse(days.isWorkingDay(LocalDate.of(2028, 5, 2)));
        assertTrue(days.isWorkingDay(LocalDate.of(2028, 5, 3)));
    }

    @Test
    void deadlinesCountWorkingDaysAfterTheDayOfReceipt() {
        assertEquals(LocalDate.of(2026, 11, 27), days.addWorkingDays(LocalDate.of(2026, 11, 20), 5), "Friday + 5 = next Friday");
        assertEquals(LocalDate.of(2026, 12, 1), days.addWorkingDays(LocalDate.of(2026, 11, 27), 2));
        // Across Tết 2026: received Thursday 12/02/2026, 5 working days → 13, 23, 24, 25, 26 February.
        assertEquals(LocalDate.of(2026, 2, 26), days.addWorkingDays(LocalDate.of(2026, 2, 12), 5));
        // Across the year end: received 30/12/2026 (Wednesday) → 31/12, (1/1 off), 4/1, 5/1.
        assertEquals(LocalDate.of(2027, 1, 5), days.addWorkingDays(LocalDate.of(2026, 12, 30), 3));
        // Tết 2025 (Wednesday 29/01): 28/01–01/02 off; 01/02 is a Saturday, so by Điều 112 k.3 Monday 03/02
        // is off too. Received Friday 24/01/2025, 2 working days → 27/01, 04/02.
        assertEquals(LocalDate.of(2025, 2, 4), days.addWorkingDays(LocalDate.of(2025, 1, 24), 2));
    }

    @Test
    void daysOffAnnouncedByTheGovernmentComeFromSettings() {
        WorkingDays with2026 = new WorkingDays(List.of(LocalDate.of(2026, 9, 1)), List.of());
        assertFalse(with2026.isWorkingDay(LocalDate.of(2026, 9, 1)));
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 9, 1)));
        // A year the government kept 03/02/2025 a working day (Tết 25/01–02/02 with swapped days):
        WorkingDays tet2025 = new WorkingDays(List.of(LocalDate.of(2025, 1, 27)), List.of(LocalDate.of(2025, 2, 3)));
        assertTrue(tet2025.isWorkingDay(LocalDate.of(2025, 2, 3)));
        assertFalse(tet2025.isWorkingDay(LocalDate.of(2025, 1, 27)));
        assertEquals(LocalDate.of(2025, 2, 4), tet2025.addWorkingDays(LocalDate.of(2025, 1, 24), 2));
    }

    @Test
    void holidaysHaveTheirNames() {
        assertEquals(List.of(
                new WorkingDays.Holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch"),
                new WorkingDays.Holiday(LocalDate.of(2026, 2, 16), "Tết Nguyên đán (ngày cuối năm âm lịch)"),
                new WorkingDays.Holiday(LocalDate.of(2026, 2, 17), "Tết Nguyên đán (mùng 1)"),
                new WorkingDays.Holiday(LocalDate.of(2026, 2, 18), "Tết Nguyên đán (mùng 2)"),
                new WorkingDays.Holiday(LocalDate.of(2026, 2, 19), "Tết Nguyên đán (mùng 3)"),
                new WorkingDays.Holiday(LocalDate.of(2026, 2, 20), "Tết Nguyên đán (mùng 4)"),
                new WorkingDays.Holiday(LocalDate.of(2026, 4, 26), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
                new WorkingDays.Holiday(LocalDate.of(2026, 4, 27), "Nghỉ bù vì Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng Chủ nhật"),
                new WorkingDays.Holiday(LocalDate.of(2026, 4, 30), "Ngày Chiến thắng (30/4)"),
                new WorkingDays.Holiday(LocalDate.of(2026, 5, 1), "Ngày Quốc tế Lao động (1/5)"),
                new WorkingDays.Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh (2/9)")), WorkingDays.namedHolidays(2026));
        assertEquals("Nghỉ bù vì Tết Nguyên đán (mùng 4) trùng thứ Bảy", WorkingDays.namedHolidays(2025).stream()
                .filter(h -> h.date().equals(LocalDate.of(2025, 2, 3))).findFirst().orElseThrow().name());
    }

    @Test
    void noTwoHolidaysShareADate() {
        // namedHolidays keeps one name per date: a collision would silently drop a holiday's name.
        for (int year = 1990; year <= 2100; year++) {
            List<String> names = WorkingDays.namedHolidays(year).stream().map(WorkingDays.Holiday::name)
                    .filter(n -> !n.startsWith("Nghỉ bù")).toList();
            assertEquals(10, names.size(), "year " + year);
        }
    }

    @Test
    void dayNamesAreVietnamese() {
        assertEquals("Thứ Hai", WorkingDays.dayName(LocalDate.of(2026, 11, 23)));
        assertEquals("Thứ Bảy", WorkingDays.dayName(LocalDate.of(2026, 11, 21)));
        assertEquals("Chủ nhật", WorkingDays.dayName(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void theCalendarFromAnnouncedDays() {
        WorkingDays announced = WorkingDays.of(List.of(
                new AnnouncedDay(LocalDate.of(2026, 9, 1), AnnouncedDayKind.DAY_OFF, "Nghỉ liền kề Quốc khánh"),
                new AnnouncedDay(LocalDate.of(2026, 9, 12), AnnouncedDayKind.WORKING_DAY, "Làm bù cho 01/09/2026")));
        assertFalse(announced.isWorkingDay(LocalDate.of(2026, 9, 1)));
        assertTrue(announced.isWorkingDay(LocalDate.of(2026, 9, 12)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 9, 12)));
    }
}
