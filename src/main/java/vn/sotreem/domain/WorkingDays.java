package vn.sotreem.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Vietnamese working days for legal deadlines (NĐ 56/2017: plan in 5 working days, approval in 2):
 * not Saturday or Sunday, not a public holiday of Bộ luật Lao động 2019 Điều 112 — Tết Dương lịch
 * (1/1), Tết Nguyên đán (the last day of the lunar year and the first four of the new one), Giỗ Tổ
 * Hùng Vương (10/3 âm lịch), 30/4, 1/5, Quốc khánh (2/9) — and, as Điều 112 khoản 3 says, a
 * holiday on a weekend gives the next working day off. The government announces further days each
 * year (the day next to 2/9, swapped days around Tết): those come from settings as
 * {@code extraDaysOff}, and the days it declares working instead as {@code extraWorkingDays}.
 */
public final class WorkingDays {

    private final Set<LocalDate> extraDaysOff;
    private final Set<LocalDate> extraWorkingDays;

    public WorkingDays(Collection<LocalDate> extraDaysOff, Collection<LocalDate> extraWorkingDays) {
        this.extraDaysOff = Set.copyOf(extraDaysOff);
        this.extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    public static WorkingDays standard() {
        return new WorkingDays(Set.of(), Set.of());
    }

    /** The public holidays of a solar year, with the compensating days for those on a weekend. */
    public static Set<LocalDate> holidays(int year) {
        Set<LocalDate> holidays = new TreeSet<>();
        holidays.add(LocalDate.of(year, 1, 1));
        LocalDate tet = LunarCalendar.tet(year);
        for (int d = -1; d <= 3; d++) {
            holidays.add(tet.plusDays(d));
        }
        holidays.add(LunarCalendar.toSolar(10, 3, year, false));
        holidays.add(LocalDate.of(year, 4, 30));
        holidays.add(LocalDate.of(year, 5, 1));
        holidays.add(LocalDate.of(year, 9, 2));
        Set<LocalDate> withCompensation = new TreeSet<>(holidays);
        for (LocalDate holiday : holidays) {
            if (isWeekend(holiday)) {
                LocalDate next = holiday.plusDays(1);
                while (isWeekend(next) || withCompensation.contains(next)) {
                    next = next.plusDays(1);
                }
                withCompensation.add(next);
            }
        }
        return withCompensation;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        return !isWeekend(date) && !holidays(date.getYear()).contains(date) && !extraDaysOff.contains(date);
    }

    /**
     * The deadline {@code count} working days after {@code start} (the day of receipt does not
     * count): a plan received on a Friday is due, in 5 working days, on the next Friday.
     */
    public LocalDate addWorkingDays(LocalDate start, int count) {
        LocalDate date = start;
        int added = 0;
        while (added < count) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
