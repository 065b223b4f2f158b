package vn.sotreem.ui.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.ui.injury.InjuryListModel;

/**
 * The trend chart of the Báo cáo page without the screen: injured children and child victims of
 * abuse month by month, for the 12 months that end with the chosen period, each month counted by
 * the report calculator itself (so the chart and the report never disagree).
 */
final class ReportTrendModel {

    static final String INJURED = "Trẻ bị TNTT";
    static final String ABUSED = "Trẻ bị xâm hại";
    static final String INJURED_ID = "tntt.so_tre";
    static final String ABUSED_ID = "xam_hai.so_tre";
    static final int MONTHS = 12;

    /** One month: its report period (cut by the report's rule) and the two totals. */
    record Point(YearMonth month, ReportPeriod period, int injured, int abused) {
    }

    private final List<Point> points;

    private ReportTrendModel(List<Point> points) {
        this.points = List.copyOf(points);
    }

    /** The months of the trend ending with {@code period}'s last month, under its rule, oldest first. */
    static List<ReportPeriod> months(ReportPeriod period) {
        YearMonth last = YearMonth.of(period.year(), period.number() * period.kind().months());
        List<ReportPeriod> months = new ArrayList<>();
        for (int back = MONTHS - 1; back >= 0; back--) {
            YearMonth m = last.minusMonths(back);
            months.add(ReportPeriod.month(m.getYear(), m.getMonthValue(), period.rule()));
        }
        return months;
    }

    /** Counts each month with {@code report} (the page passes its calculator over one register snapshot). */
    static ReportTrendModel of(ReportPeriod period, Function<ReportPeriod, IndicatorReport> report) {
        List<Point> points = new ArrayList<>();
        for (ReportPeriod month : months(period)) {
            IndicatorReport r = report.apply(month);
            points.add(new Point(YearMonth.of(month.year(), month.number()), month, total(r, INJURED_ID),
                    total(r, ABUSED_ID)));
        }
        return new ReportTrendModel(points);
    }

    private static int total(IndicatorReport report, String indicatorId) {
        return report.value(indicatorId, "").map(BigDecimal::intValue).orElse(0);
    }

    List<Point> points() {
        return points;
    }

    /** "Số trẻ theo tháng, 11/2025 – 10/2026" (the legend names the two series). */
    String title() {
        return "Số trẻ theo tháng, " + points.get(0).month().format(InjuryListModel.MONTH)
                + " – " + points.get(points.size() - 1).month().format(InjuryListModel.MONTH);
    }

    /**
     * The axis label of a month (the axis is titled "Tháng", the chart's title gives the years):
     * its number; twelve months in a row never repeat one. Years under the labels left no room.
     */
    static String monthLabel(Point point) {
        return Integer.toString(point.month().getMonthValue());
    }

    boolean isEmpty() {
        return points.stream().allMatch(p -> p.injured() == 0 && p.abused() == 0);
    }

    /** The highest monthly count of either series. */
    int highest() {
        return points.stream().mapToInt(p -> Math.max(p.injured(), p.abused())).max().orElse(0);
    }
}
