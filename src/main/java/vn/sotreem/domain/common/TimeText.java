package vn.sotreem.domain.common;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours as offices write them: {@code HH:mm} on display; {@code 9:30}, {@code 9.30}, {@code 9h30},
 * {@code 9h}, {@code 9g}, {@code 9 giờ 5 phút} on input — the one rule for forms and workbook cells.
 */
public final class TimeText {

    private static final Pattern HOUR_MINUTE = Pattern.compile(
            "(\\d{1,2})\\s*(?:([:.])\\s*(\\d{2})|(?:h|g|giờ)\\s*(?:(\\d{1,2})\\s*(?:phút|p)?)?)");

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
        // A bare "9", "9:" or "930" is refused as unfinished or ambiguous.
        Matcher m = HOUR_MINUTE.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        String minutes = m.group(3) != null ? m.group(3) : m.group(4);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
