package vn.sotreem.domain.report;

import java.util.List;

/**
 * One indicator of the catalogue.
 *
 * @param id             stable machine id ({@code chi_tieu} of sheet {@code DuLieu}), e.g. {@code tntt.so_tre}
 * @param name           the Vietnamese name ({@code ten_chi_tieu})
 * @param unit           {@code don_vi}: "trẻ em", "vụ", "%", …
 * @param reference      where it comes from (Thông tư 13/2021 annex and code when known)
 * @param disaggregations the cuts emitted, in order; the empty list is the total
 * @param rate           for {@link IndicatorKind#RATE}, how it is computed; null otherwise
 */
public record IndicatorDefinition(String id, String name, String unit, IndicatorKind kind, Reference reference,
                                  List<List<DisaggregationKey>> disaggregations, Rate rate) {

    public IndicatorDefinition {
        disaggregations = disaggregations.stream().map(List::copyOf).toList();
    }

    /**
     * The legal source of an indicator.
     *
     * @param annex    "I", "II", … of Thông tư 13/2021, or null when the indicator is not from it
     * @param code     the four-digit code when verified, else null
     * @param text     the reference as people read it
     */
    public record Reference(String annex, String code, String text) {
    }

    /** {@code numerator ÷ denominator × factor}, both ids of counted indicators, cell by cell. */
    public record Rate(String numerator, String denominator, long factor) {
    }
}
