package vn.sotreem.domain.report;

import java.util.Optional;
import vn.sotreem.domain.common.Coded;

/**
 * How a report period is cut from the calendar: whole calendar months, or the statistical cut-off
 * of Nghị định 09/2019/NĐ-CP (from the 15th of the month before to the 14th), chosen in settings.
 */
public enum PeriodRule implements Coded {
    CALENDAR("calendar", "Theo tháng dương lịch"),
    ND09("nd09", "Theo thời điểm chốt số liệu của NĐ 09/2019/NĐ-CP (ngày 15 tháng trước đến ngày 14)");

    private final CodeLabel value;

    PeriodRule(String code, String label) {
        this.value = new CodeLabel(code, label);
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    public static Optional<PeriodRule> lookup(String text) {
        return Coded.lookup(values(), text);
    }

    @Override
    public String toString() {
        return label();
    }
}
