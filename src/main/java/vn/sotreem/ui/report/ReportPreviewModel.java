package vn.sotreem.ui.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.sotreem.domain.report.DisaggregationKey;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.ReportRow;
import vn.sotreem.domain.common.VietnameseText;

/**
 * The preview of the Báo cáo page without the screen: every value of a period beside the previous
 * period's and the change, grouped by indicator and then by disaggregation, with the labels people
 * read ("Loại TNTT: Đuối nước · Giới tính: Nữ") instead of {@code phan_to} codes.
 */
final class ReportPreviewModel {

    /** Splits {@code phan_to} only before a known key, so a village name holding ";" stays whole. */
    private static final Pattern PAIRS = Pattern.compile(";(?=(" + Arrays.stream(DisaggregationKey.values())
            .map(DisaggregationKey::key).collect(Collectors.joining("|")) + ")=)");

    private ReportPreviewModel() {
    }

    /** What a line of the preview is: an indicator (its total), a disaggregation heading, or one value. */
    enum Level {
        INDICATOR,
        CUT,
        CELL
    }

    /**
     * One line of the preview. Values are null when not reported (a heading, an indicator without a
     * total) or empty (a rate whose denominator is zero).
     */
    record Line(Level level, String indicatorId, String breakdown, String text, BigDecimal current,
                BigDecimal previous, String unit) {

        String currentText() {
            return format(current);
        }

        String previousText() {
            return format(previous);
        }

        String changeText() {
            return change(current, previous);
        }

        String unitText() {
            return level == Level.CUT ? "" : unit;
        }
    }

    /** The lines of one disaggregation of an indicator, e.g. "Theo Loại TNTT × Giới tính". */
    record Cut(Line heading, List<Line> cells) {
    }

    /** An indicator: its line (with the total when it has one) and its disaggregations in report order. */
    record Indicator(Line line, List<Cut> cuts) {

        String id() {
            return line.indicatorId();
        }
    }

    /** The preview of {@code current} with {@code previous} beside it (same indicators, same cells). */
    static List<Indicator> build(IndicatorReport current, IndicatorReport previous) {
        Map<String, List<ReportRow>> byIndicator = new LinkedHashMap<>();
        for (ReportRow row : current.rows()) {
            byIndicator.computeIfAbsent(row.indicatorId(), id -> new ArrayList<>()).add(row);
        }
        List<Indicator> indicators = new ArrayList<>();
        byIndicator.forEach((id, rows) -> {
            ReportRow first = rows.get(0);
            Line line = new Line(Level.INDICATOR, id, "", first.indicatorName(), null, null, first.unit());
            Map<String, List<Line>> cuts = new LinkedHashMap<>();
            for (ReportRow row : rows) {
                if (row.isTotal()) {
                    line = new Line(Level.INDICATOR, id, "", row.indicatorName(), row.value(),
                            valueOf(previous, id, ""), row.unit());
                } else {
                    cuts.computeIfAbsent(cutKey(row.breakdown()), k -> new ArrayList<>()).add(new Line(Level.CELL, id,
                            row.breakdown(), breakdownLabel(row.breakdown()), row.value(),
                            valueOf(previous, id, row.breakdown()), row.unit()));
                }
            }
            List<Cut> list = new ArrayList<>();
            cuts.forEach((key, cells) -> list.add(new Cut(new Line(Level.CUT, id, key, cutLabel(key), null, null,
                    cells.get(0).unit()), List.copyOf(cells))));
            indicators.add(new Indicator(line, List.copyOf(list)));
        });
        return List.copyOf(indicators);
    }

    private static BigDecimal valueOf(IndicatorReport report, String id, String breakdown) {
        return report == null ? null : report.row(id, breakdown).map(ReportRow::value).orElse(null);
    }

    /**
     * The indicators and lines whose text holds {@code query} (accents and case ignored): a matching
     * indicator keeps all its lines, a matching heading all its values; otherwise only the matching
     * values stay, under their indicator and heading. A blank query keeps everything.
     */
    static List<Indicator> filter(List<Indicator> all, String query) {
        String q = VietnameseText.fold(query == null ? "" : query).trim();
        if (q.isEmpty()) {
            return all;
        }
        List<Indicator> kept = new ArrayList<>();
        for (Indicator indicator : all) {
            if (matches(indicator.line(), q) || VietnameseText.fold(indicator.id()).contains(q)) {
                kept.add(indicator);
                continue;
            }
            List<Cut> cuts = new ArrayList<>();
            for (Cut cut : indicator.cuts()) {
                if (matches(cut.heading(), q)) {
                    cuts.add(cut);
                } else {
                    List<Line> cells = cut.cells().stream().filter(l -> matches(l, q)).toList();
                    if (!cells.isEmpty()) {
                        cuts.add(new Cut(cut.heading(), cells));
                    }
                }
            }
            if (!cuts.isEmpty()) {
                kept.add(new Indicator(indicator.line(), List.copyOf(cuts)));
            }
        }
        return List.copyOf(kept);
    }

    private static boolean matches(Line line, String foldedQuery) {
        return VietnameseText.fold(line.text()).contains(foldedQuery);
    }

    /** {@code loai=08;gioi_tinh=nu} → "Loại TNTT: Đuối nước · Giới tính: Nữ". */
    static String breakdownLabel(String breakdown) {
        return pairs(breakdown).stream().map(p -> DisaggregationKey.byKey(p[0])
                        .map(k -> k.label() + ": " + k.valueLabel(p[1])).orElse(p[0] + ": " + p[1]))
                .collect(Collectors.joining(" · "));
    }

    /** {@code loai=08;gioi_tinh=nu} → {@code loai;gioi_tinh}: the disaggregation a value belongs to. */
    private static String cutKey(String breakdown) {
        return pairs(breakdown).stream().map(p -> p[0]).collect(Collectors.joining(";"));
    }

    /** {@code loai;gioi_tinh} → "Theo Loại TNTT × Giới tính". */
    private static String cutLabel(String cutKey) {
        return "Theo " + Arrays.stream(cutKey.split(";"))
                .map(k -> DisaggregationKey.byKey(k).map(DisaggregationKey::label).orElse(k))
                .collect(Collectors.joining(" × "));
    }

    private static List<String[]> pairs(String breakdown) {
        if (breakdown == null || breakdown.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(PAIRS.split(breakdown)).map(p -> {
            int eq = p.indexOf('=');
            return eq < 0 ? new String[] {p, ""} : new String[] {p.substring(0, eq), p.substring(eq + 1)};
        }).toList();
    }

    /** As Vietnamese offices write numbers: {@code 1.500.000}, {@code 12,50}; nothing for no value. */
    static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(value.scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The change from the previous period with its sign ("+2", "-1", "0"); nothing when either is empty. */
    static String change(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null) {
            return "";
        }
        BigDecimal difference = current.subtract(previous);
        return (difference.signum() > 0 ? "+" : "") + format(difference);
    }
}
