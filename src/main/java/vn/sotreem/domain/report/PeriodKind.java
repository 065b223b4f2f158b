package vn.sotreem.domain.report;

import java.util.Locale;
import java.util.Optional;
import vn.sotreem.domain.common.Coded;

/**
 * The kind of a report period ({@code loai_ky} of sheet {@code ThongTin}): a month, a quarter, six
 * months or a year. The command line names them in English ({@code month}, {@code quarter},
 * {@code half}, {@code year}).
 */
public enum PeriodKind implements Coded {
    MONTH("thang", "Tháng", "month", 1),
    QUARTER("quy", "Quý", "quarter", 3),
    HALF("sau_thang", "6 tháng", "half", 6),
    YEAR("nam", "Năm", "year", 12);

    private final CodeLabel value;
    private final String commandName;
    private final int months;

    PeriodKind(String code, String label, String commandName, int months) {
        this.value = new CodeLabel(code, label);
        this.commandName = commandName;
        this.months = months;
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    /** The name on the command line: {@code month}, {@code quarter}, {@code half}, {@code year}. */
    public String commandName() {
        return commandName;
    }

    /** Calendar months in one period of this kind. */
    public int months() {
        return months;
    }

    /** Periods of this kind in a year (12, 4, 2, 1). */
    public int perYear() {
        return 12 / months;
    }

    /** By command-line name, code or label ("quarter", "quy", "Quý"). */
    public static Optional<PeriodKind> lookup(String text) {
        if (text != null) {
            for (PeriodKind kind : values()) {
                if (kind.commandName.equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return Optional.of(kind);
                }
            }
        }
        return Coded.lookup(values(), text);
    }

    @Override
    public String toString() {
        return label();
    }
}
