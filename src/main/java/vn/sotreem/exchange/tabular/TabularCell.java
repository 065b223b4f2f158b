package vn.sotreem.exchange.tabular;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.sotreem.domain.common.DateText;

/**
 * One cell of a sheet or list, whatever the file type: its text (trimmed, NFC, null when blank)
 * and what it was in the file. A date cell's text is dd/MM/yyyy; a number's is plain
 * ({@code 912345678}, never {@code 9.12E8}), so its leading zeros may have been lost by Excel. A
 * boolean is text Có/Không and an error cell the text Excel shows (#N/A). Numbers and dates also
 * keep their value ({@link #number}): a date as its Excel day number, in the 1900 date system.
 */
public record TabularCell(String text, Kind kind, double number) {

    public enum Kind { TEXT, NUMBER, DATE }

    /** Days between Excel's 1900 and 1904 date systems. */
    private static final int DAYS_1900_TO_1904 = 1462;

    public static final TabularCell BLANK = new TabularCell(null, Kind.TEXT, Double.NaN);

    /** A text cell, cleaned: no-break spaces are spaces, trimmed, NFC; blank when nothing is left. */
    public static TabularCell ofText(String text) {
        if (text == null) {
            return BLANK;
        }
        // Text pasted from web pages often carries no-break spaces; they are spaces to the officer.
        String clean = Normalizer.normalize(text.replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
        return clean.isEmpty() ? BLANK : new TabularCell(clean, Kind.TEXT, Double.NaN);
    }

    /** A number cell: its text in plain notation without a useless ".0". */
    public static TabularCell ofNumber(double value) {
        return new TabularCell(plainNumber(value), Kind.NUMBER, value);
    }

    /** A date-formatted number cell; {@code use1904} for a workbook in the Mac 1904 date system. */
    static TabularCell ofDate(double excelDay, boolean use1904) {
        double day = use1904 ? excelDay + DAYS_1900_TO_1904 : excelDay;
        return new TabularCell(DateText.format(DateUtil.getLocalDateTime(day, false).toLocalDate()), Kind.DATE, day);
    }

    public boolean isBlank() {
        return text == null;
    }

    /** True for a plain number (not a date). */
    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isDate() {
        return kind == Kind.DATE;
    }

    /** The date of a date cell (time of day dropped). */
    public LocalDate date() {
        return DateUtil.getLocalDateTime(number, false).toLocalDate();
    }

    /**
     * The time of day of a date or time cell (Excel stores it as the fraction of a day), to the
     * minute; a date-time cell gives its time.
     */
    public LocalTime time() {
        long minutes = Math.round((number - Math.floor(number)) * 24 * 60);
        return LocalTime.MIN.plusMinutes(Math.min(minutes, 24 * 60 - 1));
    }

    /** A double in plain decimal notation: 123456789012.0 → "123456789012", 1.5 → "1.5". */
    static String plainNumber(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    /** A boolean as the register writes it. */
    static String yesNo(boolean value) {
        return value ? "Có" : "Không";
    }
}
