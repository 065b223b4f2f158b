package vn.sotreem.domain.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned list of the report's indicators, read from a bundled JSON resource so that a new
 * official list is a new data file: ids, Vietnamese names, units, kinds, legal references, the
 * disaggregations emitted and, for rates, their numerator, denominator and factor. How each counted
 * indicator is counted is law written in {@link ReportCalculator}; the catalogue chooses which are
 * reported and how they are cut.
 *
 * <p>Format ({@code indicators-v1.json}): {@code version}, {@code title}, {@code indicators} — each
 * with {@code id}, {@code name}, {@code unit}, {@code kind} ({@code stock|event|mixed|rate}),
 * {@code reference} ({@code annex}, {@code code}, {@code text}), {@code disaggregations} (a list of
 * key lists, {@code []} being the total, e.g. {@code [[], ["gioi_tinh"], ["loai", "gioi_tinh"]]}) and
 * for rates {@code rate} ({@code numerator}, {@code denominator}, {@code factor}) — and
 * {@code layouts}, the human sheets' layouts, read by the workbook writer (empty in version 1).
 */
public final class IndicatorCatalogue {

    public static final String BUNDLED = "/vn/sotreem/domain/report/indicators-v1.json";

    private static volatile IndicatorCatalogue bundled;

    private final String version;
    private final String title;
    private final List<IndicatorDefinition> indicators;
    private final Map<String, IndicatorDefinition> byId;

    public IndicatorCatalogue(String version, String title, List<IndicatorDefinition> indicators) {
        this.version = version;
        this.title = title;
        this.indicators = List.copyOf(indicators);
        this.byId = new LinkedHashMap<>();
        for (IndicatorDefinition d : indicators) {
            if (byId.put(d.id(), d) != null) {
                throw new IllegalArgumentException("Indicator " + d.id() + " listed twice");
            }
        }
        for (IndicatorDefinition d : indicators) {
            check(d);
        }
    }

    /** The catalogue shipped with this version of the application. */
    public static IndicatorCatalogue bundled() {
        if (bundled == null) {
            try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("Missing bundled indicator catalogue " + BUNDLED);
                }
                bundled = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    /** Reads a catalogue; a malformed one is refused with the indicator and the field at fault. */
    public static IndicatorCatalogue read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<IndicatorDefinition> indicators = new ArrayList<>();
        for (JsonNode n : root.path("indicators")) {
            String id = text(n, "id", null);
            IndicatorKind kind = IndicatorKind.byCode(text(n, "kind", id))
                    .orElseThrow(() -> new IllegalArgumentException(id + ": unknown kind " + n.path("kind")));
            JsonNode ref = n.path("reference");
            IndicatorDefinition.Reference reference = new IndicatorDefinition.Reference(
                    optionalText(ref, "annex"), optionalText(ref, "code"), text(ref, "text", id));
            List<List<DisaggregationKey>> cuts = new ArrayList<>();
            for (JsonNode cut : n.path("disaggregations")) {
                List<DisaggregationKey> keys = new ArrayList<>();
                for (JsonNode key : cut) {
                    keys.add(DisaggregationKey.byKey(key.asText())
                            .orElseThrow(() -> new IllegalArgumentException(id + ": unknown disaggregation " + key)));
                }
                cuts.add(keys);
            }
            IndicatorDefinition.Rate rate = null;
            if (n.has("rate")) {
                JsonNode r = n.get("rate");
                rate = new IndicatorDefinition.Rate(text(r, "numerator", id), text(r, "denominator", id),
                        r.path("factor").asLong(0));
            }
            indicators.add(new IndicatorDefinition(id, text(n, "name", id), text(n, "unit", id), kind, reference,
                    cuts, rate));
        }
        return new IndicatorCatalogue(text(root, "version", "catalogue"), text(root, "title", "catalogue"), indicators);
    }

    private static String text(JsonNode node, String field, String owner) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new IllegalArgumentException((owner == null ? "indicator" : owner) + ": missing " + field);
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private void check(IndicatorDefinition d) {
        if (d.disaggregations().isEmpty()) {
            throw new IllegalArgumentException(d.id() + ": no disaggregation (use [] for the total)");
        }
        Set<List<DisaggregationKey>> seen = new HashSet<>();
        for (List<DisaggregationKey> cut : d.disaggregations()) {
            if (!seen.add(cut)) {
                throw new IllegalArgumentException(d.id() + ": disaggregation " + cut + " listed twice");
            }
            // phan_to is written in the keys' fixed order, so the catalogue must list them in it too.
            List<DisaggregationKey> ordered = cut.stream().distinct().sorted(Comparator.naturalOrder()).toList();
            if (!ordered.equals(cut)) {
                throw new IllegalArgumentException(d.id() + ": keys of " + cut + " repeated or out of order");
            }
        }
        if ((d.kind() == IndicatorKind.RATE) != (d.rate() != null)) {
            throw new IllegalArgumentException(d.id() + ": a rate, and only a rate, has a formula");
        }
        if (d.rate() != null) {
            for (String part : List.of(d.rate().numerator(), d.rate().denominator())) {
                IndicatorDefinition counted = byId.get(part);
                if (counted == null || counted.kind() == IndicatorKind.RATE) {
                    throw new IllegalArgumentException(d.id() + ": " + part + " is not a counted indicator of the catalogue");
                }
            }
            if (d.rate().factor() <= 0) {
                throw new IllegalArgumentException(d.id() + ": the rate's factor must be positive");
            }
        }
    }

    /** E.g. {@code tt13-2021-xa-1}: written as {@code phien_ban_mau} in sheet {@code ThongTin}. */
    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    /** In report order. */
    public List<IndicatorDefinition> indicators() {
        return indicators;
    }

    public Optional<IndicatorDefinition> indicator(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
