package vn.sotreem.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Map<Integer, Set<LocalDate>> HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();

    private final Set<LocalDate> extraDaysOff;
    private final Set<LocalDate> extraWorkingDays;

    public WorkingDays(Collection<LocalDate> extraDaysOff, Collection<LocalDate> extraWorkingDays) {
        this.extraDaysOff = Set.copyOf(extraDaysOff);
        this.extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    public static WorkingDays standard() {
        return new WorkingDays(Set.of(), Set.of());
    }

    /** The calendar with the days announced by the government (kept in the register's settings). */
    public static WorkingDays of(Collection<AnnouncedDay> announced) {
        return new WorkingDays(
                announced.stream().filter(d -> d.kind() == AnnouncedDayKind.DAY_OFF).map(AnnouncedDay::date).toList(),
                announced.stream().filter(d -> d.kind() == AnnouncedDayKind.WORKING_DAY).map(AnnouncedDay::date).toList());
    }

    /** A public holiday (or the day off that compensates one on a weekend) with its Vietnamese name. */
    public record Holiday(LocalDate date, String name) {
    }

    /** The public holidays of a solar year, with the compensating days for those on a weekend. */
    public static Set<LocalDate> holidays(int year) {
        // Worked out from the lunar calendar once per year: deadline checks ask for every day they count.
        return HOLIDAYS_BY_YEAR.computeIfAbsent(year, y -> {
            Set<LocalDate> dates = new TreeSet<>();
            namedHolidays(y).forEach(h -> dates.add(h.date()));
            return Collections.unmodifiableSet(dates);
        });
    }

    /** {@link #holidays(int)} with their names, in date order. */
    public static List<Holiday> namedHolidays(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarCalendar.tet(year);
        holidays.put(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)");
        for (int d = 0; d <= 3; d++) {
            holidays.put(tet.plusDays(d), "Tết Nguyên đán (mùng " + (d + 1) + ")");
        }
        // 10/3 âm lịch falls between 30/3 and 29/4 (1990–2100, tested), so no two holidays share a date.
        holidays.put(LunarCalendar.toSolar(10, 3, year, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        holidays.put(LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");
        Map<LocalDate, String> withCompensation = new TreeMap<>(holidays);
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate next = holiday.getKey().plusDays(1);
                while (isWeekend(next) || withCompensation.containsKey(next)) {
                    next = next.plusDays(1);
                }
                withCompensation.put(next, "Nghỉ bù vì " + holiday.getValue() + " trùng " + dayNameInSentence(holiday.getKey()));
            }
        }
        return withCompensation.entrySet().stream().map(e -> new Holiday(e.getKey(), e.getValue())).toList();
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

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The day of the week as Vietnamese calendars print it: "Thứ Hai" … "Thứ Bảy", "Chủ nhật". */
    public static String dayName(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** {@link #dayName} inside a sentence: "thứ Bảy", "Chủ nhật". */
    static String dayNameInSentence(LocalDate date) {
        return dayName(date).replace("Thứ ", "thứ ");
    }
}
