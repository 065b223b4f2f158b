package vn.sotreem.domain.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The computed report: the rows of sheet {@code DuLieu} in order and the checks. Aggregate only —
 * nothing in it names a child except the codes in the checks, which never go into the file.
 */
public final class IndicatorReport {

    private final ReportPeriod period;
    private final String catalogueVersion;
    private final List<ReportRow> rows;
    private final List<ReportProblem> problems;
    private final Map<String, ReportRow> byKey;

    public IndicatorReport(ReportPeriod period, String catalogueVersion, List<ReportRow> rows, List<ReportProblem> problems) {
        this.period = period;
        this.catalogueVersion = catalogueVersion;
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        this.byKey = new HashMap<>(rows.size() * 2);
        for (ReportRow row : rows) {
            byKey.put(ReportRow.key(row.indicatorId(), row.breakdown()), row);
        }
    }

    public ReportPeriod period() {
        return period;
    }

    /** {@code phien_ban_mau}: the version of the catalogue used. */
    public String catalogueVersion() {
        return catalogueVersion;
    }

    public List<ReportRow> rows() {
        return rows;
    }

    /** Errors first, then warnings. */
    public List<ReportProblem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ReportProblem::isError);
    }

    /** The rows of one indicator, in report order. */
    public List<ReportRow> rowsOf(String indicatorId) {
        return rows.stream().filter(r -> r.indicatorId().equals(indicatorId)).toList();
    }

    /** The row of an indicator and a {@code phan_to} written in key order ("" for the total). */
    public Optional<ReportRow> row(String indicatorId, String breakdown) {
        return Optional.ofNullable(byKey.get(ReportRow.key(indicatorId, breakdown)));
    }

    /** The value of a row; empty when no such row, or when a rate's denominator is zero. */
    public Optional<BigDecimal> value(String indicatorId, String breakdown) {
        return row(indicatorId, breakdown).map(ReportRow::value);
    }
}
