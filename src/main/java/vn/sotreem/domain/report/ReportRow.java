package vn.sotreem.domain.report;

import java.math.BigDecimal;

/**
 * One value of the report: a row of sheet {@code DuLieu}.
 *
 * @param indicatorId   {@code chi_tieu}
 * @param indicatorName {@code ten_chi_tieu}
 * @param breakdown     {@code phan_to}: empty for the total, else {@code key=value} pairs joined by
 *                      {@code ;} in the order of {@link DisaggregationKey} ({@code loai=08;gioi_tinh=nu})
 * @param value         {@code gia_tri}: a count (scale 0), a sum of money, or a rate rounded half-up to
 *                      2 decimals; null for a rate whose denominator is zero
 * @param unit          {@code don_vi}
 */
public record ReportRow(String indicatorId, String indicatorName, String breakdown, BigDecimal value, String unit) {

    /** The key of a value in {@link IndicatorReport#value}: {@code id|phan_to}. */
    static String key(String indicatorId, String breakdown) {
        return indicatorId + "|" + breakdown;
    }

    public boolean isTotal() {
        return breakdown.isEmpty();
    }
}
