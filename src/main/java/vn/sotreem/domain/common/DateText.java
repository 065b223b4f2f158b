package vn.sotreem.domain.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese offices write them: {@code dd/MM/yyyy} (also {@code d/M/yyyy} on input). */
public final class DateText {

    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\s*(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})\\s*");

    private DateText() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    /** Parses {@code d/M/yyyy}; empty when the text is not a real date (31/02/2020 is not). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
