package vn.sotreem.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's rows from the filled tallies: every cell of every cut of every indicator, zeros
 * included; rates cell by cell from their numerator and denominator, half-up to 2 decimals, empty
 * (with one warning per indicator) where the denominator is zero.
 */
final class ReportRows {

    private ReportRows() {
    }

    static List<ReportRow> build(IndicatorCatalogue catalogue,
                                     Map<Measure, Map<List<DisaggregationKey>, Tally>> tallyByCut,
                                     List<String> villageNames, List<ReportProblem> problems) {
        List<ReportRow> rows = new ArrayList<>();
        for (IndicatorDefinition d : catalogue.indicators()) {
            int emptyRates = 0;
            for (List<DisaggregationKey> cut : d.disaggregations()) {
                List<List<String>> codes = cut.stream().map(k -> k.codes(villageNames)).toList();
                int cells = codes.stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
                Tally counted = d.rate() == null ? tally(tallyByCut, d.id(), cut) : tally(tallyByCut, d.rate().numerator(), cut);
                Tally denominator = d.rate() == null ? null : tally(tallyByCut, d.rate().denominator(), cut);
                for (int cell = 0; cell < cells; cell++) {
                    BigDecimal value;
                    if (denominator == null) {
                        value = BigDecimal.valueOf(counted.values[cell]);
                    } else if (denominator.values[cell] == 0) {
                        value = null;
                        emptyRates++;
                    } else {
                        value = BigDecimal.valueOf(counted.values[cell]).multiply(BigDecimal.valueOf(d.rate().factor()))
                                .divide(BigDecimal.valueOf(denominator.values[cell]), 2, RoundingMode.HALF_UP);
                    }
                    rows.add(new ReportRow(d.id(), d.name(), breakdown(cut, codes, cell), value, d.unit()));
                }
            }
            if (emptyRates > 0) {
                String denominatorName = catalogue.indicator(d.rate().denominator()).orElseThrow().name();
                problems.add(ReportProblem.indicatorWarning(d.id(), "Chỉ tiêu “" + d.name() + "” để trống"
                        + (emptyRates > 1 ? " ở " + emptyRates + " ô" : "") + " vì mẫu số “" + denominatorName
                        + "” bằng 0."));
            }
        }
        return rows;
    }

    private static Tally tally(Map<Measure, Map<List<DisaggregationKey>, Tally>> tallyByCut, String indicatorId,
                               List<DisaggregationKey> cut) {
        return tallyByCut.get(Measure.byId(indicatorId)).get(cut);
    }

    /** {@code phan_to} of a cell: the first key varies slowest, as the cell index is built in {@link Tally#add}. */
    private static String breakdown(List<DisaggregationKey> cut, List<List<String>> codes, int cell) {
        if (cut.isEmpty()) {
            return "";
        }
        String[] parts = new String[cut.size()];
        int rest = cell;
        for (int k = cut.size() - 1; k >= 0; k--) {
            List<String> values = codes.get(k);
            parts[k] = cut.get(k).key() + "=" + values.get(rest % values.size());
            rest /= values.size();
        }
        return String.join(";", parts);
    }
}
