package vn.sotreem.domain.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an indicator is counted: on {@code den_ngay} (stock), over the events dated in the period
 * (event), both (mixed: children counted on {@code den_ngay} who had an event in the period), or a
 * ratio of two other indicators (rate).
 */
public enum IndicatorKind {
    STOCK("stock"),
    EVENT("event"),
    MIXED("mixed"),
    RATE("rate");

    private final String code;

    IndicatorKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IndicatorKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
