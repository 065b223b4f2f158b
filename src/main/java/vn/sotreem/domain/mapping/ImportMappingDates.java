package vn.sotreem.domain.mapping;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Birth dates of an officer's own list that are not one date cell: day, month and year in three
 * columns, or a year alone. A year alone is not a date: the child gets the register's estimated
 * birth date (an estimated age N at the reference date R gives R − N years, register-workbook.md),
 * with N = R's year − the year, so the estimated date falls in the year written.
 */
public final class ImportMappingDates {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}(\\.0+)?");

    /**
     * What the cells hold. {@code dateText} is d/M/yyyy for the register's date reader (an impossible
     * date such as 31/02 stays text, so the reader reports it with the row); {@code year} is set for
     * a year alone.
     */
    public record Parts(String dateText, Integer year) {
        public static final Parts NONE = new Parts(null, null);
    }

    private ImportMappingDates() {
    }

    /** True for text that is a four-digit year and nothing else ("2018"). */
    public static boolean isYear(String text) {
        return text != null && YEAR.matcher(text.strip()).matches();
    }

    /**
     * Assembles day, month and year cells (any may be blank). A year with neither day nor month is a
     * year alone; all three give "d/M/yyyy"; anything else is passed on as written, joined with "/",
     * for the date reader to report.
     */
    public static Parts assemble(String day, String month, String year) {
        boolean noDay = VietnameseText.isBlank(day);
        boolean noMonth = VietnameseText.isBlank(month);
        if (VietnameseText.isBlank(year)) {
            return noDay && noMonth ? Parts.NONE : new Parts(join(day, month, year), null);
        }
        if (noDay && noMonth && isYear(year)) {
            return new Parts(null, Integer.parseInt(year.strip()));
        }
        return new Parts(join(day, month, year), null);
    }

    private static String join(String day, String month, String year) {
        return whole(day) + "/" + whole(month) + "/" + whole(year);
    }

    /** "5.0" (a number cell read as text) → "5"; blanks stay empty. */
    private static String whole(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return WHOLE.matcher(t).matches() ? t.replaceAll("\\.0+$", "") : t;
    }

    /** The estimated age that gives a birth date in {@code year} at {@code reference}: its year − the year. */
    public static int ageForYear(int year, LocalDate reference) {
        return reference.getYear() - year;
    }
}
