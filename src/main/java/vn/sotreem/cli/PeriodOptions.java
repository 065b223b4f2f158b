package vn.sotreem.cli;

import picocli.CommandLine.Option;
import vn.sotreem.domain.report.PeriodKind;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.common.UserFacingException;

/** The period options shared by {@code report} and {@code check}. */
final class PeriodOptions {

    @Option(names = "--period", required = true, paramLabel = "KỲ",
            description = "Kỳ báo cáo: 2026-10 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm).")
    String period;

    @Option(names = "--kind", paramLabel = "LOẠI", defaultValue = "month",
            description = "Loại kỳ: month, quarter, half, year (mặc định: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--rule", paramLabel = "QUY_TẮC",
            description = "Quy tắc kỳ: calendar (tháng dương lịch) hoặc nd09 (chốt ngày 14 theo NĐ 09/2019). "
                    + "Mặc định: theo cài đặt của sổ.")
    String rule;

    /** The period asked for; the rule defaults to the register's setting. */
    ReportPeriod period(PeriodRule settingsRule) {
        PeriodKind periodKind = PeriodKind.lookup(kind).orElseThrow(() -> new UserFacingException(
                "Loại kỳ “" + kind + "” không hợp lệ. Dùng month, quarter, half hoặc year."));
        PeriodRule periodRule = rule == null ? settingsRule : PeriodRule.lookup(rule).orElseThrow(
                () -> new UserFacingException("Quy tắc kỳ “" + rule + "” không hợp lệ. Dùng calendar hoặc nd09."));
        return ReportPeriod.parse(period, periodKind, periodRule);
    }
}
