package vn.sotreem.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.report.IndicatorReports;
import vn.sotreem.storage.RegisterStore;

/** {@code check}: the checks of the indicator report of a period, without writing a file. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra số liệu trước khi lập báo cáo chỉ tiêu (in các lỗi và cảnh báo, không ghi tệp).")
class CheckCommand extends RegisterCommand implements Callable<Integer> {

    @Mixin
    PeriodOptions periodOptions = new PeriodOptions();

    @Override
    public Integer call() {
        try (RegisterStore store = openStore()) {
            Prepared prepared = prepare(new IndicatorReports(store));
            return prepared.hasErrors() ? SoTreEmCommand.EXIT_ERROR : 0;
        }
    }

    /** A computed report with its header and checks, the checks already printed. */
    record Prepared(IndicatorReport report, ReportHeader header, List<ReportProblem> checks) {
        boolean hasErrors() {
            return checks.stream().anyMatch(ReportProblem::isError);
        }
    }

    /** Computes the report of the period asked for and prints its checks: errors to stderr, warnings to stdout. */
    Prepared prepare(IndicatorReports reports) {
        ReportPeriod period = periodOptions.period(reports.settings().periodRule());
        IndicatorReport report = reports.compute(period, LocalDateTime.now(parent.clock));
        ReportHeader header = reports.header(period, parent.today());
        List<ReportProblem> checks = reports.checks(report, header);
        PrintWriter out = out();
        PrintWriter err = err();
        out.println("Kỳ báo cáo: " + period.labelWithDates());
        for (ReportProblem problem : checks) {
            String line = describe(problem);
            (problem.isError() ? err : out).println(line);
        }
        long errors = checks.stream().filter(ReportProblem::isError).count();
        out.println(errors == 0 && checks.isEmpty() ? "Không có lỗi, không có cảnh báo."
                : errors + " lỗi, " + (checks.size() - errors) + " cảnh báo."
                + (errors > 0 ? " Phải sửa các lỗi trước khi lập báo cáo." : ""));
        out.flush();
        err.flush();
        return new Prepared(report, header, checks);
    }

    /** "Lỗi [TE-0001]: …" — the code lets the officer find the record in the window. */
    static String describe(ReportProblem problem) {
        String code = problem.recordCode() == null || problem.recordCode().isBlank() ? "" : " [" + problem.recordCode() + "]";
        return (problem.isError() ? "Lỗi" : "Cảnh báo") + code + ": " + problem.message();
    }
}
