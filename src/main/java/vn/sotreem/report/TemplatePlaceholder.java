package vn.sotreem.report;

import vn.sotreem.domain.report.DisaggregationKey;

/**
 * One placeholder of a province template, where it stands and what it names, normalised.
 *
 * @param location    where, as the officer reads it: "ô BaoCao!C7", "chân trang (giữa) của trang tính BaoCao"
 * @param text        as written in the template, e.g. {@code {{tntt.so_tre|gioi_tinh=nu;loai=8}}}
 * @param headerField a key of {@code ReportHeader.fields()} ({@code ten_xa}), or null for a value
 * @param indicatorId the indicator of a value, or null for a header field
 * @param breakdown   the value's {@code phan_to} in the report's form ({@code loai=08;gioi_tinh=nu}, "" for
 *                    the total, "" for a header field); a village keeps the name written in the template,
 *                    matched to the report's villages when filling
 */
public record TemplatePlaceholder(String location, String text, String headerField, String indicatorId,
                                  String breakdown) {

    private static final String VILLAGE = DisaggregationKey.THON.key() + "=";

    public boolean isHeader() {
        return headerField != null;
    }

    /** The village of a {@code thon} cut as written in the template; null when the cut has none. */
    public String village() {
        int at = villageStart();
        return at < 0 ? null : breakdown.substring(at + VILLAGE.length());
    }

    /**
     * The breakdown up to the village ({@code gioi_tinh=nu;} or ""): {@code thon} is the last key of
     * {@code phan_to}, so a report row of this village starts with it followed by {@code thon=}.
     */
    String breakdownBeforeVillage() {
        int at = villageStart();
        return at < 0 ? breakdown : breakdown.substring(0, at);
    }

    private int villageStart() {
        if (isHeader()) {
            return -1;
        }
        if (breakdown.startsWith(VILLAGE)) {
            return 0;
        }
        // Codes never contain ";thon=", so the first one found is the village's key.
        int at = breakdown.indexOf(";" + VILLAGE);
        return at < 0 ? -1 : at + 1;
    }
}
