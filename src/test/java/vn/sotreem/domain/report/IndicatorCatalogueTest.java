package vn.sotreem.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    /** The indicator table of report-spec.md, copied as written there. */
    private static final String SPEC_TABLE = """
            | tre_em.so_luong | children in the commune, age < 16, on den_ngay | stock | total; gioi_tinh; nhom_tuoi; thon; gioi_tinh×nhom_tuoi |
            | hcdb.so_tre | distinct children counted by tre_em.so_luong with ≥ 1 HCĐB membership open on den_ngay | stock | total; gioi_tinh; nhom_tuoi |
            | hcdb.theo_nhom | same, per group (a child in two groups counts in both) | stock | nhom (a…o) |
            | hcdb.ty_le | hcdb.so_tre ÷ tre_em.so_luong × 100 | rate | total |
            | hcdb.duoc_tro_giup | distinct children counted by hcdb.so_tre with ≥ 1 support dated in the period | mixed | total; gioi_tinh |
            | hcdb.ty_le_duoc_tro_giup | hcdb.duoc_tro_giup ÷ hcdb.so_tre × 100 | rate | total |
            | xam_hai.so_tre (TT13 Phụ lục II, 0101) | distinct child victims of cases with ngay_xay_ra in the period | event | total; gioi_tinh; nhom_tuoi; moi_truong; hinh_thuc |
            | xam_hai.so_vu | distinct cases with ngay_xay_ra in the period | event | total; hinh_thuc |
            | xam_hai.duoc_ho_tro | victims counted by xam_hai.so_tre with da_ho_tro = Có | event | total |
            | xam_hai.xu_ly_hanh_chinh | distinct cases in the period with a victim row whose xu_ly = hanh_chinh | event | total |
            | xam_hai.tien_phat | sum of tien_phat over the victim rows of cases in the period | event | total |
            | tntt.so_tre | distinct injured children (events in the period) | event | total; gioi_tinh; nhom_tuoi; dia_diem; loai; loai×gioi_tinh; loai×nhom_tuoi; loai×dia_diem |
            | tntt.tu_vong | distinct children with an injury in the period marked tu_vong = Có | event | same as tntt.so_tre |
            | tntt.khuyet_tat | distinct children with an injury in the period marked khuyet_tat = Có | event | total |
            | tntt.ty_suat | tntt.so_tre ÷ tre_em.so_luong × 100 000 | rate | total |
            | tntt.ty_suat_tu_vong | tntt.tu_vong ÷ tre_em.so_luong × 100 000 | rate | total |
            """;

    private record SpecRow(String kind, List<String> disaggregations, String formula) {
    }

    private static Map<String, SpecRow> specTable() {
        Map<String, SpecRow> rows = new LinkedHashMap<>();
        for (String line : SPEC_TABLE.strip().split("\n")) {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
            String id = cells[0].split(" ")[0];
            List<String> cuts = new ArrayList<>();
            if (cells[3].startsWith("same as ")) {
                cuts.addAll(rows.get(cells[3].substring("same as ".length())).disaggregations());
            } else {
                for (String cut : cells[3].split(";")) {
                    String c = cut.strip().replace(" (a…o)", "");
                    cuts.add(c.equals("total") ? "" : c.replace('×', ','));
                }
            }
            rows.put(id, new SpecRow(cells[2], cuts, cells[1]));
        }
        return rows;
    }

    @Test
    void theBundledCatalogueIsTheSpecTable() {
        IndicatorCatalogue catalogue = IndicatorCatalogue.bundled();
        Map<String, SpecRow> spec = specTable();
        assertEquals(List.copyOf(spec.keySet()), catalogue.indicators().stream().map(IndicatorDefinition::id).toList(),
                "the same indicators in the same order");
        for (IndicatorDefinition d : catalogue.indicators()) {
            SpecRow row = spec.get(d.id());
            assertEquals(row.kind(), d.kind().code(), d.id());
            assertEquals(row.disaggregations(), d.disaggregations().stream()
                    .map(cut -> String.join(",", cut.stream().map(DisaggregationKey::key).toList())).toList(), d.id());
            if (d.rate() != null) {
                String factor = d.rate().factor() == 100_000 ? "100 000" : String.valueOf(d.rate().factor());
                assertEquals(d.rate().numerator() + " ÷ " + d.rate().denominator() + " × " + factor, row.formula(), d.id());
            }
            assertTrue(!d.name().isBlank() && !d.unit().isBlank() && !d.reference().text().isBlank(), d.id());
        }
        assertEquals("0101", catalogue.indicator("xam_hai.so_tre").orElseThrow().reference().code());
        assertEquals("II", catalogue.indicator("xam_hai.so_tre").orElseThrow().reference().annex());
        assertEquals("tt13-2021-xa-1", catalogue.version());
    }

    @Test
    void theCalculatorHasARuleForEveryCountedIndicatorOfTheBundledCatalogue() {
        assertEquals(IndicatorCatalogue.bundled(), ReportCalculator.bundled().catalogue());
    }

    private static IndicatorCatalogue read(String indicatorsJson) throws Exception {
        String json = "{\"version\": \"t\", \"title\": \"t\", \"indicators\": [" + indicatorsJson + "], \"layouts\": {}}";
        return IndicatorCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String indicator(String id, String kind, String cuts, String rate) {
        return "{\"id\": \"" + id + "\", \"name\": \"n\", \"unit\": \"u\", \"kind\": \"" + kind
                + "\", \"reference\": {\"text\": \"r\"}, \"disaggregations\": " + cuts + (rate == null ? "" : ", \"rate\": " + rate) + "}";
    }

    @Test
    void refusesAMalformedCatalogueNamingTheIndicator() throws Exception {
        IndicatorCatalogue ok = read(indicator("tntt.so_tre", "event", "[[], [\"loai\", \"gioi_tinh\"]]", null));
        assertEquals(2, ok.indicators().get(0).disaggregations().size());

        assertEquals("tntt.so_tre: unknown disaggregation \"tinh\"", assertThrows(IllegalArgumentException.class,
                () -> read(indicator("tntt.so_tre", "event", "[[\"tinh\"]]", null))).getMessage());
        assertEquals("tntt.so_tre: keys of [GIOI_TINH, LOAI] repeated or out of order", assertThrows(IllegalArgumentException.class,
                () -> read(indicator("tntt.so_tre", "event", "[[\"gioi_tinh\", \"loai\"]]", null))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(indicator("a", "count", "[[]]", null)));
        assertThrows(IllegalArgumentException.class, () -> read(indicator("a", "rate", "[[]]", null)));
        assertThrows(IllegalArgumentException.class, () -> read(indicator("a", "rate", "[[]]",
                "{\"numerator\": \"b\", \"denominator\": \"c\", \"factor\": 100}")));
        assertThrows(IllegalArgumentException.class, () -> read(indicator("a", "event", "[]", null)));
        assertThrows(IllegalArgumentException.class, () -> read(indicator("a", "event", "[[], []]", null)));
        assertThrows(IllegalArgumentException.class, () -> read(
                indicator("a", "event", "[[]]", null) + "," + indicator("a", "event", "[[]]", null)));
    }

    @Test
    void theCalculatorRefusesAnIndicatorItCannotCount() throws Exception {
        assertEquals("No counting rule for indicator tntt.so_ca", assertThrows(IllegalArgumentException.class,
                () -> new ReportCalculator(read(indicator("tntt.so_ca", "event", "[[]]", null)))).getMessage());
        assertEquals("xam_hai.so_vu: xam_hai.so_vu cannot be cut by [GIOI_TINH]", assertThrows(IllegalArgumentException.class,
                () -> new ReportCalculator(read(indicator("xam_hai.so_vu", "event", "[[\"gioi_tinh\"]]", null)))).getMessage());
    }
}
