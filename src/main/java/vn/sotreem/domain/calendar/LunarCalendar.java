package vn.sotreem.domain.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed (not tabulated) with Hồ Ngọc Đức's published
 * algorithm: astronomical new moons and solar terms, reckoned at UTC+7. The time zone matters:
 * reckoned at UTC+8 (the Chinese calendar) Tết falls on other days in some years, e.g. 1985 and 2007.
 */
public final class LunarCalendar {

    /** Vietnam's time zone for the calendar, in hours. */
    public static final double VIETNAM = 7.0;

    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private LunarCalendar() {
    }

    /** A lunar date; {@code leap} marks the intercalary month. */
    public record LunarDate(int day, int month, int year, boolean leap) {
    }

    /** The solar date of a lunar date in Vietnam. */
    public static LocalDate toSolar(int day, int month, int year, boolean leap) {
        return toSolar(day, month, year, leap, VIETNAM);
    }

    /** The lunar date of a solar date in Vietnam. */
    public static LunarDate toLunar(LocalDate date) {
        return toLunar(date, VIETNAM);
    }

    /** Tết Nguyên đán (1 tháng Giêng) of a lunar year, in Vietnam. */
    public static LocalDate tet(int year) {
        return toSolar(1, 1, year, false);
    }

    static LocalDate toSolar(int day, int month, int year, boolean leap, double zone) {
        long a11;
        long b11;
        if (month < 11) {
            a11 = lunarMonth11(year - 1, zone);
            b11 = lunarMonth11(year, zone);
        } else {
            a11 = lunarMonth11(year, zone);
            b11 = lunarMonth11(year + 1, zone);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = month - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11, zone);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && month != leapMonth) {
                throw new IllegalArgumentException("Năm âm lịch " + year + " không có tháng " + month + " nhuận.");
            }
            if (leap || offset >= leapOffset) {
                offset += 1;
            }
        } else if (leap) {
            throw new IllegalArgumentException("Năm âm lịch " + year + " không có tháng nhuận.");
        }
        long monthStart = newMoonDay(k + offset, zone);
        return fromJulianDay(monthStart + day - 1);
    }

    static LunarDate toLunar(LocalDate date, double zone) {
        long dayNumber = julianDay(date);
        long k = (long) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1, zone);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k, zone);
        }
        long a11 = lunarMonth11(date.getYear(), zone);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = date.getYear();
            a11 = lunarMonth11(date.getYear() - 1, zone);
        } else {
            lunarYear = date.getYear() + 1;
            b11 = lunarMonth11(date.getYear() + 1, zone);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11, zone);
            if (diff >= leapDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    static long julianDay(LocalDate date) {
        int a = (14 - date.getMonthValue()) / 12;
        long y = date.getYear() + 4800L - a;
        int m = date.getMonthValue() + 12 * a - 3;
        return date.getDayOfMonth() + (153L * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    }

    static LocalDate fromJulianDay(long jd) {
        long a = jd + 32044;
        long b = (4 * a + 3) / 146097;
        long c = a - b * 146097 / 4;
        long d = (4 * c + 3) / 1461;
        long e = c - 1461 * d / 4;
        long m = (5 * e + 2) / 153;
        int day = (int) (e - (153 * m + 2) / 5 + 1);
        int month = (int) (m + 3 - 12 * (m / 10));
        int year = (int) (b * 100 + d - 4800 + m / 10);
        return LocalDate.of(year, month, day);
    }

    /** The Julian day of the k-th new moon since 1900-01-01 (astronomical formula). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    private static long newMoonDay(long k, double zone) {
        return (long) Math.floor(newMoon(k) + 0.5 + zone / 24);
    }

    /** The sun's longitude at the start of a day, as one of 12 sectors of 30°. */
    private static int sunLongitudeSector(long dayNumber, double zone) {
        double t = (dayNumber - 0.5 - zone / 24 - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** The first day of the 11th lunar month (the one holding the winter solstice) before the end of a year. */
    private static long lunarMonth11(int year, double zone) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k, zone);
        if (sunLongitudeSector(nm, zone) >= 9) {
            nm = newMoonDay(k - 1, zone);
        }
        return nm;
    }

    /** Which month after month 11 is the leap month (the first without a major solar term). */
    private static int leapMonthOffset(long a11, double zone) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i, zone), zone);
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i, zone), zone);
        } while (arc != last && i < 14);
        return i - 1;
    }
}
