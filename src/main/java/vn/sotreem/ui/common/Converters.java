package vn.sotreem.ui.common;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.util.StringConverter;
import vn.sotreem.domain.common.DateText;

/** The text of values in choice boxes and date pickers: one converter per kind instead of one per control. */
public final class Converters {

    private Converters() {
    }

    /** Shows each value by {@code text} (nothing for none); the box is not typed into, so nothing is parsed. */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** Dates as dd/MM/yyyy both ways; what does not read is no date. */
    public static StringConverter<LocalDate> dates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateText.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return DateText.parse(text).orElse(null);
            }
        };
    }
}
