package vn.sotreem.domain;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hours as offices write them: {@code HH:mm} on display; {@code 9:30}, {@code 9.30}, {@code 9h30}, {@code 9h} on input. */
public final class TimeText {

    private static final Pattern HOUR_MINUTE = Pattern.compile("\\s*(\\d{1,2})\\s*(?:[:.hH]\\s*(\\d{2})?)?\\s*");

    private TimeText() {
    }

    public static String format(LocalTime time) {
        return time == null ? "" : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** Parses an hour of the day; empty when the text is not one (24:00 and 9:75 are not). */
    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = HOUR_MINUTE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        // Without minutes only "9h" is an hour; "9", "9:" and "930" are refused as unfinished or ambiguous.
        if (m.group(2) == null && !text.trim().matches("\\d{1,2}\\s*[hH]")) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
