package vn.sotreem.ui.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.PeriodKind;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.domain.report.ReportTemplateFile;
import vn.sotreem.domain.access.Role;
import vn.sotreem.report.IndicatorReports;
import vn.sotreem.domain.child.Child;
import vn.sotreem.storage.RegisterStore;

/**
 * The Báo cáo page without the screen: the periods to choose from, the report of a period and of
 * the one before it and the 12-month trend, all computed from one reading of the register (kept
 * until {@link #invalidate}, so that changing the period does not read the register again), the
 * checks and whether they allow the export.
 */
public final class ReportPageModel {

    /** How far back the period list goes. */
    static final int YEARS_BACK = 10;
    static final String VIEWER_CANNOT_EXPORT = "Tài khoản chỉ xem không được xuất báo cáo.";

    private final RegisterStore store;
    private final IndicatorReports reports;
    private final Supplier<LocalDateTime> now;
    private int generation;
    private Loaded loaded;

    /** A reading of the register and the reports computed from it, by period. */
    private record Loaded(int generation, RegisterSnapshot snapshot, Map<ReportPeriod, IndicatorReport> reports) {
    }

    /**
     * What the page shows for a period.
     *
     * @param checks   the checks of report-spec, errors first
     * @param template the province template kept in the register, if any
     */
    record Computed(ReportPeriod period, IndicatorReport report, IndicatorReport previous, ReportHeader header,
                    List<ReportProblem> checks, ReportTrendModel trend, Optional<ReportTemplateFile> template) {

        long errors() {
            return checks.stream().filter(ReportProblem::isError).count();
        }

        long warnings() {
            return checks.size() - errors();
        }

        List<ReportPreviewModel.Indicator> preview() {
            return ReportPreviewModel.build(report, previous);
        }
    }

    public ReportPageModel(RegisterStore store, Supplier<LocalDateTime> now) {
        this.store = store;
        this.reports = new IndicatorReports(store);
        this.now = now;
    }

    IndicatorReports reports() {
        return reports;
    }

    /** The account working now (kept in memory: no read). */
    Role role() {
        return store.currentAccount().role();
    }

    /** How the report settings cut the year into periods; reads the register. */
    PeriodRule periodRule() {
        return store.settings().reportSettings().periodRule();
    }

    /** The child a check is about, as the register has it now (empty: deleted since); reads the register. */
    Optional<Child> child(long id) {
        return store.child(id);
    }

    /** The register changed (or the page is shown again): the next computation reads it anew. */
    synchronized void invalidate() {
        generation++;
        loaded = null;
    }

    /**
     * The report of {@code period} with the previous period and the trend; off the FX thread. Each
     * period is computed once per reading of the register; {@code progress} counts the computations
     * and stops between them when cancelled.
     */
    Computed compute(ReportPeriod period, Progress progress) {
        Loaded data = loaded();
        long total = 2 + ReportTrendModel.MONTHS + 1L; // the period, the one before, the months, the checks
        long[] done = {0};
        LocalDateTime at = now.get();
        java.util.function.Function<ReportPeriod, IndicatorReport> report = p -> {
            progress.checkCancelled();
            IndicatorReport r = data.reports().computeIfAbsent(p, q -> reports.compute(data.snapshot(), q, at));
            progress.update(++done[0], total);
            return r;
        };
        IndicatorReport current = report.apply(period);
        IndicatorReport previous = report.apply(period.previous());
        ReportTrendModel trend = ReportTrendModel.of(period, report);
        ReportHeader header = reports.header(period, at.toLocalDate());
        List<ReportProblem> checks = reports.checks(current, header);
        Optional<ReportTemplateFile> template = reports.templateFile();
        progress.update(total, total);
        return new Computed(period, current, previous, header, List.copyOf(checks), trend, template);
    }

    private Loaded loaded() {
        int wanted;
        synchronized (this) {
            if (loaded != null && loaded.generation() == generation) {
                return loaded;
            }
            wanted = generation;
        }
        Loaded fresh = new Loaded(wanted, store.reportSnapshot(), new ConcurrentHashMap<>());
        synchronized (this) {
            if (generation == wanted) {
                loaded = fresh;
            }
        }
        return fresh;
    }

    // ---- choosing the period

    /** The periods of a kind from the current one (not yet over) back {@link #YEARS_BACK} years, newest first. */
    static List<ReportPeriod> periodChoices(LocalDate today, PeriodKind kind, PeriodRule rule) {
        List<ReportPeriod> choices = new ArrayList<>();
        ReportPeriod p = ReportPeriod.containing(today, kind, rule);
        int firstYear = today.getYear() - YEARS_BACK;
        while (p.year() >= firstYear) {
            choices.add(p);
            p = p.previous();
        }
        return choices;
    }

    /** The last period that is over: officers report last month (quarter, …) early in the next. */
    static ReportPeriod defaultPeriod(LocalDate today, PeriodKind kind, PeriodRule rule) {
        return ReportPeriod.containing(today, kind, rule).previous();
    }

    /** "Tháng 10/2026", with "(chưa hết kỳ)" for a period that is not over on {@code today}. */
    static String choiceLabel(ReportPeriod period, LocalDate today) {
        return period.label() + (period.to().isBefore(today) ? "" : " (chưa hết kỳ)");
    }

    /** The same period (kind, year, number) under another rule, e.g. after the rule changed in settings. */
    static ReportPeriod withRule(ReportPeriod period, PeriodRule rule) {
        return new ReportPeriod(period.kind(), rule, period.year(), period.number());
    }

    // ---- checks and export

    /** "Không có lỗi hay cảnh báo.", "1 lỗi, 2 cảnh báo". */
    static String checksSummary(Computed c) {
        if (c.checks().isEmpty()) {
            return "Không có lỗi hay cảnh báo.";
        }
        List<String> parts = new ArrayList<>();
        if (c.errors() > 0) {
            parts.add(c.errors() + " lỗi");
        }
        if (c.warnings() > 0) {
            parts.add(c.warnings() + " cảnh báo");
        }
        return String.join(", ", parts) + ".";
    }

    /** Why the export button is disabled; empty when the report may be exported. */
    static Optional<String> exportBlocked(Computed c, Role role) {
        if (!role.canExport()) {
            return Optional.of(VIEWER_CANNOT_EXPORT);
        }
        if (c.errors() > 0) {
            return Optional.of("Chưa xuất được: còn " + c.errors() + " lỗi phải sửa trước. Bấm vào từng lỗi để mở hồ sơ cần sửa.");
        }
        return Optional.empty();
    }

    /** The question asked before exporting a report that has warnings. */
    static String warningQuestion(Computed c) {
        return "Báo cáo " + c.period().label() + " còn " + c.warnings() + " cảnh báo (xem mục “Kiểm tra trước khi xuất”). "
                + "Các cảnh báo không làm sai số liệu nhưng nên xem lại. Vẫn xuất báo cáo?";
    }

    /** The text of the province-template choice: "Điền vào mẫu của tỉnh (mau.xlsx)". */
    static String templateChoice(ReportTemplateFile file) {
        return "Điền vào mẫu của tỉnh (" + file.fileName() + ")";
    }

    /** What clicking a check does, as its link reads. */
    static String openText(ReportProblem problem) {
        if (problem.fault() != null) {
            return switch (problem.fault().kind()) {
                case INJURY -> "Mở tai nạn, thương tích";
                case ABUSE_CASE -> "Mở vụ việc";
                case SUPPORT -> "Mở lần trợ giúp";
                case MEMBERSHIP -> "Mở diện HCĐB";
            };
        }
        return switch (problem.subject()) {
            case CHILD -> "Mở hồ sơ trẻ";
            case ABUSE_CASE -> "Mở vụ việc";
            case INDICATOR -> "Xem chỉ tiêu";
        };
    }
}
