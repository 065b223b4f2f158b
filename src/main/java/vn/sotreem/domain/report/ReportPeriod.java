package vn.sotreem.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.UserFacingException;

/**
 * The period of an indicator report: a kind, a number inside the year (month 1–12, quarter 1–4,
 * half 1–2, year 1) and the rule that cuts it from the calendar.
 *
 * <p>Calendar rule: month 2026-10 is 01/10/2026–31/10/2026, quarter 3 is 01/07–30/09, the first
 * half 01/01–30/06, the year 01/01–31/12. NĐ 09/2019 rule: each period starts on the 15th of the
 * month before its first month and ends on the 14th of its last month — month 2026-01 is
 * 15/12/2025–14/01/2026, quarter 1 is 15/12–14/03, the first half 15/12–14/06, the second
 * 15/06–14/12, the year 15/12 of the year before to 14/12.
 *
 * <p>{@link #ky()} is the text of sheet {@code ThongTin} and of the command line: {@code 2026-10},
 * {@code 2026-Q3}, {@code 2026-H1}, {@code 2026}.
 */
public record ReportPeriod(PeriodKind kind, PeriodRule rule, int year, int number) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-[Hh]([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    /** The NĐ 09/2019 cut-off: figures are closed on the 14th, the next period opens on the 15th. */
    private static final int ND09_FIRST_DAY = 15;

    public ReportPeriod {
        if (kind == null || rule == null) {
            throw new IllegalArgumentException("kind and rule are required");
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException("No " + kind.commandName() + " number " + number);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
    }

    public static ReportPeriod month(int year, int month, PeriodRule rule) {
        return new ReportPeriod(PeriodKind.MONTH, rule, year, month);
    }

    public static ReportPeriod quarter(int year, int quarter, PeriodRule rule) {
        return new ReportPeriod(PeriodKind.QUARTER, rule, year, quarter);
    }

    public static ReportPeriod half(int year, int half, PeriodRule rule) {
        return new ReportPeriod(PeriodKind.HALF, rule, year, half);
    }

    public static ReportPeriod year(int year, PeriodRule rule) {
        return new ReportPeriod(PeriodKind.YEAR, rule, year, 1);
    }

    /**
     * Reads a period as written on the command line or in {@code ThongTin}: {@code 2026-10} (or
     * {@code 2026-1}), {@code 2026-Q3}, {@code 2026-H1}, {@code 2026}. {@code kind} may be null, when
     * the text's form decides; otherwise the form must be that kind's.
     *
     * @throws UserFacingException naming the expected form
     */
    public static ReportPeriod parse(String text, PeriodKind kind, PeriodRule rule) {
        String t = text == null ? "" : text.trim();
        PeriodKind found = null;
        Matcher m = null;
        for (PeriodKind candidate : PeriodKind.values()) {
            Matcher candidateMatcher = pattern(candidate).matcher(t);
            if (candidateMatcher.matches()) {
                found = candidate;
                m = candidateMatcher;
                break;
            }
        }
        if (found == null || kind != null && found != kind) {
            String expected = kind == null
                    ? "2026-10 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm)"
                    : example(kind) + " (" + kind.label().toLowerCase(java.util.Locale.ROOT) + ")";
            throw new UserFacingException("Kỳ báo cáo “" + t + "” không hợp lệ: hãy viết dạng " + expected + ".");
        }
        int year = Integer.parseInt(m.group(1));
        int number = found == PeriodKind.YEAR ? 1 : Integer.parseInt(m.group(2));
        if (number < 1 || number > found.perYear()) {
            throw new UserFacingException("Kỳ báo cáo “" + t + "” không hợp lệ: tháng phải từ 1 đến 12.");
        }
        return new ReportPeriod(found, rule, year, number);
    }

    private static Pattern pattern(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> MONTH;
            case QUARTER -> QUARTER;
            case HALF -> HALF;
            case YEAR -> YEAR;
        };
    }

    private static String example(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> "2026-10";
            case QUARTER -> "2026-Q3";
            case HALF -> "2026-H1";
            case YEAR -> "2026";
        };
    }

    /** The period of this kind and rule that contains {@code date} (the current period on a given day). */
    public static ReportPeriod containing(LocalDate date, PeriodKind kind, PeriodRule rule) {
        YearMonth month = YearMonth.from(date);
        if (rule == PeriodRule.ND09 && date.getDayOfMonth() >= ND09_FIRST_DAY) {
            month = month.plusMonths(1); // from the 15th the figures belong to the next month's period
        }
        int number = (month.getMonthValue() - 1) / kind.months() + 1;
        return new ReportPeriod(kind, rule, month.getYear(), number);
    }

    /** The first calendar month of the period. */
    private YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * kind.months() + 1);
    }

    private YearMonth lastMonth() {
        return firstMonth().plusMonths(kind.months() - 1L);
    }

    /** {@code tu_ngay}: the first day, included. */
    public LocalDate from() {
        return rule == PeriodRule.ND09
                ? firstMonth().minusMonths(1).atDay(ND09_FIRST_DAY)
                : firstMonth().atDay(1);
    }

    /** {@code den_ngay}: the last day, included; stock indicators are counted on it. */
    public LocalDate to() {
        return rule == PeriodRule.ND09 ? lastMonth().atDay(ND09_FIRST_DAY - 1) : lastMonth().atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return within(date, from(), to());
    }

    /** {@code date} (null: no) lies between the two days, both included. */
    static boolean within(LocalDate date, LocalDate first, LocalDate last) {
        return date != null && !date.isBefore(first) && !date.isAfter(last);
    }

    /** The period of the same kind just before this one (shown beside it in the preview). */
    public ReportPeriod previous() {
        return number > 1 ? new ReportPeriod(kind, rule, year, number - 1)
                : new ReportPeriod(kind, rule, year - 1, kind.perYear());
    }

    /** {@code ky}: {@code 2026-10}, {@code 2026-Q3}, {@code 2026-H1}, {@code 2026}. */
    public String ky() {
        return switch (kind) {
            case MONTH -> String.format("%04d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** How the period reads in a report title: "Tháng 10/2026", "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public String label() {
        return switch (kind) {
            case MONTH -> "Tháng " + number + "/" + year;
            case QUARTER -> "Quý " + ROMAN[number - 1] + "/" + year;
            case HALF -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "Năm " + year;
        };
    }

    /** The label with its dates: "Tháng 10/2026 (01/10/2026 – 31/10/2026)". */
    public String labelWithDates() {
        return label() + " (" + DateText.format(from()) + " – " + DateText.format(to()) + ")";
    }

    @Override
    public String toString() {
        return ky() + " " + rule.code();
    }
}
