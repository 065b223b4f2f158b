package vn.sotreem.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.sotreem.domain.report.DisaggregationKey;
import vn.sotreem.domain.report.IndicatorCatalogue;
import vn.sotreem.domain.report.IndicatorDefinition;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.common.VietnameseText;

/**
 * The placeholder syntax of province templates (docs/report-templates.md): {@code {{ten_xa}}} for a
 * header field, {@code {{indicator_id}}} for a total, {@code {{indicator_id|key=code;key=code}}} for
 * a disaggregated value. Strict on purpose: whatever it does not recognise is a problem naming the
 * placeholder, never an empty cell in a report sent to the province.
 */
final class TemplateSyntax {

    static final String OPEN = "{{";
    static final String CLOSE = "}}";

    /** The header fields a template may name: the keys of {@code ThongTin}, the chairman, the period's name. */
    static final List<String> HEADER_FIELDS = Stream.concat(ReportHeader.KEYS.stream(), Stream.of("chu_tich", "ten_ky"))
            .toList();

    private static final String KEYS = Stream.of(DisaggregationKey.values()).map(DisaggregationKey::key)
            .collect(Collectors.joining(", "));

    /** A placeholder found in a text: its characters {@code [start, end)}. */
    record Span(int start, int end, TemplatePlaceholder placeholder) {
    }

    /** The placeholders of one text and what is wrong in it (Vietnamese, without the location). */
    record Scan(List<Span> spans, List<String> problems) {

        boolean isEmpty() {
            return spans.isEmpty() && problems.isEmpty();
        }
    }

    /** A problem and the placeholder it is about, as written (null for braces that do not pair up). */
    private record Found(String written, String problem) {
    }

    private final IndicatorCatalogue catalogue;

    TemplateSyntax(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Finds every placeholder of {@code text}; braces that do not pair up are problems. */
    Scan scan(String location, String text) {
        List<Span> spans = new ArrayList<>();
        List<Found> problems = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf(OPEN, from);
            int close = text.indexOf(CLOSE, from);
            if (open < 0 && close < 0) {
                break;
            }
            if (open < 0 || close >= 0 && close < open) {
                problems.add(new Found(null, "có “}}” mà không có “{{” mở trước nó (" + excerpt(text, close) + ")."));
                from = close + CLOSE.length();
                continue;
            }
            int end = text.indexOf(CLOSE, open + OPEN.length());
            int nextOpen = text.indexOf(OPEN, open + OPEN.length());
            if (end < 0 || nextOpen >= 0 && nextOpen < end) {
                problems.add(new Found(null, "“{{” không có “}}” đóng lại (" + excerpt(text, open) + ")."));
                if (end < 0) {
                    break;
                }
                from = nextOpen;
                continue;
            }
            String written = text.substring(open, end + CLOSE.length());
            List<String> own = new ArrayList<>();
            TemplatePlaceholder p = placeholder(location, written, text.substring(open + OPEN.length(), end), own);
            if (p != null) {
                spans.add(new Span(open, end + CLOSE.length(), p));
            }
            own.forEach(problem -> problems.add(new Found(written, problem)));
            from = end + CLOSE.length();
        }
        // The placeholder is named only where the place holds several: "ô C7: chỉ tiêu … không có".
        boolean several = text.indexOf(OPEN) != text.lastIndexOf(OPEN);
        List<String> texts = problems.stream()
                .map(p -> p.written() == null || !several ? p.problem() : p.written() + " — " + p.problem()).toList();
        return new Scan(List.copyOf(spans), texts);
    }

    /** Up to 30 characters from {@code at}, for a message about unbalanced braces. */
    private static String excerpt(String text, int at) {
        String rest = text.substring(at).strip();
        return "“" + (rest.length() > 30 ? rest.substring(0, 30) + "…" : rest) + "”";
    }

    /** Reads what stands between the braces; null with problems added when it names nothing known. */
    private TemplatePlaceholder placeholder(String location, String written, String inner, List<String> problems) {
        int bar = inner.indexOf('|');
        String name = (bar < 0 ? inner : inner.substring(0, bar)).strip();
        String cut = bar < 0 ? "" : inner.substring(bar + 1);
        if (name.isEmpty()) {
            problems.add("thiếu tên chỉ tiêu hoặc tên trường giữa {{ và }}.");
            return null;
        }
        if (HEADER_FIELDS.contains(name)) {
            if (!cut.isBlank()) {
                problems.add("trường “" + name + "” không có phân tổ; hãy bỏ phần sau dấu “|”.");
                return null;
            }
            return new TemplatePlaceholder(location, written, name, null, "");
        }
        Optional<IndicatorDefinition> indicator = catalogue.indicator(name);
        if (indicator.isEmpty()) {
            problems.add(name.contains(".")
                    ? "chỉ tiêu “" + name + "” không có trong danh mục."
                    : "trường “" + name + "” không có (các trường: " + String.join(", ", HEADER_FIELDS) + ").");
            return null;
        }
        Map<DisaggregationKey, String> values = values(cut, problems);
        if (values == null) {
            return null;
        }
        List<DisaggregationKey> keys = List.copyOf(values.keySet());
        IndicatorDefinition d = indicator.get();
        if (!d.disaggregations().contains(keys)) {
            problems.add("chỉ tiêu “" + name + "” không báo cáo theo phân tổ " + cutName(keys) + " (chỉ có: "
                    + d.disaggregations().stream().map(TemplateSyntax::cutName).collect(Collectors.joining("; ")) + ").");
            return null;
        }
        String breakdown = values.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        return new TemplatePlaceholder(location, written, null, name, breakdown);
    }

    /**
     * The {@code key=code} pairs, keyed in {@link DisaggregationKey} order whatever order they were
     * written in; null when one is wrong.
     */
    private static Map<DisaggregationKey, String> values(String cut, List<String> problems) {
        Map<DisaggregationKey, String> values = new EnumMap<>(DisaggregationKey.class);
        int before = problems.size();
        for (String part : cut.split(";", -1)) {
            String pair = part.strip();
            if (pair.isEmpty()) {
                continue; // "loai=08;" — nothing to misread
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                problems.add("“" + pair + "” không có dạng khóa=mã (ví dụ gioi_tinh=nu).");
                continue;
            }
            String keyText = pair.substring(0, eq).strip();
            Optional<DisaggregationKey> key = DisaggregationKey.byKey(keyText);
            if (key.isEmpty()) {
                problems.add("phân tổ “" + keyText + "” không có (các phân tổ: " + KEYS + ").");
                continue;
            }
            if (values.containsKey(key.get())) {
                problems.add("phân tổ “" + keyText + "” được ghi hai lần.");
                continue;
            }
            String code = code(key.get(), pair.substring(eq + 1).strip(), problems);
            if (code != null) {
                values.put(key.get(), code);
            }
        }
        return problems.size() == before ? values : null;
    }

    /** The code of a value as the report writes it; null with a problem when the list has no such code. */
    private static String code(DisaggregationKey key, String value, List<String> problems) {
        if (value.isEmpty()) {
            problems.add("thiếu mã sau “" + key.key() + "=”.");
            return null;
        }
        if (key == DisaggregationKey.THON) {
            // Whether the village exists is known only when filling, from the register's villages.
            return VietnameseText.clean(value);
        }
        String code = value;
        if (key == DisaggregationKey.LOAI && value.matches("\\d{1,2}")) {
            // "loai=8" is the form's "08": the injury list's own lookup knows both.
            code = InjuryType.lookup(value).map(InjuryType::code).orElse(value);
        }
        List<String> codes = key.codes(List.of());
        if (!codes.contains(code)) {
            problems.add("mã “" + value + "” không có trong danh sách " + key.key() + " (các mã: "
                    + String.join(", ", codes) + ").");
            return null;
        }
        return code;
    }

    /** "tổng số", "gioi_tinh", "loai×gioi_tinh". */
    static String cutName(List<DisaggregationKey> keys) {
        return keys.isEmpty() ? "tổng số" : keys.stream().map(DisaggregationKey::key).collect(Collectors.joining("×"));
    }
}
