package vn.sotreem.exchange.workbook;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.exchange.tabular.TabularCell;
import vn.sotreem.exchange.tabular.TabularRow;

/**
 * One data row of a sheet while it is read: typed access to its cells by column key (text, dates,
 * code lists, yes/no, money, whole numbers) with the workbook's reading rules, and the row's
 * issues. Every sheet's row parser uses these helpers so the rules are written once. A problem
 * is reported against the column's Vietnamese label and the row's Excel number.
 */
public final class SheetRow {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED_MONEY = Pattern.compile("\\d{1,3}([., ]\\d{3})+|\\d+");
    private static final Map<List<? extends Coded>, String> ONE_OF = new ConcurrentHashMap<>();
    private static final String DATE_HINT = "Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 05/03/2018.";

    private record Pending(int order, int sequence, ImportIssue issue) {
    }

    private final String sheet;
    private final TabularRow row;
    private final SheetHeader header;
    private final List<Pending> issues = new ArrayList<>();
    private final Set<String> keysWithErrors = new HashSet<>();

    public SheetRow(String sheet, TabularRow row, SheetHeader header) {
        this.sheet = sheet;
        this.row = row;
        this.header = header;
    }

    /** The Excel row number (the header is row 1). */
    public int number() {
        return row.number();
    }

    /** True when no column of the sheet holds anything in this row (unknown columns do not count). */
    public boolean isEmpty() {
        for (int index : header.presentIndexes()) {
            if (!row.cell(index).isBlank()) {
                return false;
            }
        }
        return true;
    }

    boolean hasColumn(String key) {
        return header.has(key);
    }

    String label(String key) {
        return header.column(key).label();
    }

    private TabularCell cell(String key) {
        return row.cell(header.indexOf(key));
    }

    /** The cell as text, trimmed, null when blank or when the sheet has no such column. */
    String raw(String key) {
        return cell(key).text();
    }

    boolean isBlank(String key) {
        return raw(key) == null;
    }

    /** A name or other short text: NFC, runs of spaces collapsed, null when blank. */
    String text(String key) {
        return VietnameseText.cleanOrNull(raw(key));
    }

    /** A longer text (a note): NFC and trimmed, line breaks kept, null when blank. */
    String longText(String key) {
        String raw = raw(key);
        return raw == null ? null : Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    /**
     * A number kept as text (ID number, phone). A numeric cell loses its leading zeros in Excel;
     * when it has between {@code minDigits} and {@code fullDigits - 1} digits the zeros are put
     * back and a warning tells the officer to check and to format the column as text.
     */
    String digitText(String key, int fullDigits, int minDigits) {
        String raw = raw(key);
        if (raw == null || !cell(key).isNumber() || !DIGITS.matcher(raw).matches()) {
            return raw;
        }
        if (raw.length() >= minDigits && raw.length() < fullDigits) {
            String padded = "0".repeat(fullDigits - raw.length()) + raw;
            warning(key, "Ô được nhập dạng số nên Excel đã bỏ số 0 ở đầu (" + raw + "); đã đọc thành " + padded
                    + ". Hãy kiểm tra lại và định dạng cột này là Văn bản (Text).");
            return padded;
        }
        return raw;
    }

    /** A date from a date cell or from text d/M/yyyy; anything else is an error. Null when blank. */
    LocalDate date(String key) {
        TabularCell cell = cell(key);
        if (cell.isDate()) {
            return cell.date();
        }
        String raw = cell.text();
        if (raw == null) {
            return null;
        }
        if (cell.isNumber()) {
            error(key, "Ô chứa số " + raw + ", không phải ngày. " + DATE_HINT);
            return null;
        }
        Optional<LocalDate> date = DateText.parse(raw);
        if (date.isEmpty()) {
            error(key, "“" + raw + "” không phải ngày hợp lệ. " + DATE_HINT);
            return null;
        }
        return date.get();
    }

    /**
     * A time of day: a time cell, or text {@code H:mm} (also the usual {@code 9h30} and {@code 9h}).
     * Anything else is an error. Null when blank.
     */
    LocalTime time(String key) {
        TabularCell cell = cell(key);
        if (cell.isDate()) {
            return cell.time();
        }
        String raw = raw(key);
        if (raw == null) {
            return null;
        }
        Optional<LocalTime> parsed = cell.isNumber() ? Optional.empty() : TimeText.parse(raw);
        if (parsed.isPresent()) {
            return parsed.get();
        }
        error(key, "“" + raw + "” không phải giờ hợp lệ. Hãy ghi giờ dạng HH:mm, ví dụ 09:30.");
        return null;
    }

    /** A whole number ≥ 0 (a numeric cell or digits). Null when blank. */
    Integer wholeNumber(String key) {
        Long value = nonNegative(key, DIGITS, "“%s” không phải số nguyên không âm (ví dụ 7).");
        if (value != null && value > Integer.MAX_VALUE) {
            error(key, "Số " + value + " quá lớn.");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    /** An amount in đồng: a whole number ≥ 0; text may group thousands with ".", "," or spaces. */
    Long money(String key) {
        return nonNegative(key, GROUPED_MONEY, "“%s” không phải số tiền. Hãy ghi số đồng, ví dụ 1.500.000.");
    }

    private Long nonNegative(String key, Pattern textForm, String messageFormat) {
        String raw = raw(key);
        if (raw == null) {
            return null;
        }
        TabularCell cell = cell(key);
        if (cell.isNumber()) {
            double value = cell.number();
            if (value < 0 || value != Math.rint(value) || value > Long.MAX_VALUE) {
                error(key, "Số " + raw + " không hợp lệ: cần số nguyên không âm.");
                return null;
            }
            return (long) value;
        }
        if (!textForm.matcher(raw).matches()) {
            error(key, String.format(messageFormat, raw));
            return null;
        }
        try {
            return Long.parseLong(raw.replaceAll("[., ]", ""));
        } catch (NumberFormatException e) {
            error(key, String.format(messageFormat, raw));
            return null;
        }
    }

    /** Có / Không compared after folding, {@code x} meaning Có; blank gives the default. */
    boolean yesNo(String key, boolean defaultValue) {
        String raw = raw(key);
        if (raw == null) {
            return defaultValue;
        }
        String folded = VietnameseText.foldKey(raw);
        if (folded.equals("co") || folded.equals("x")) {
            return true;
        }
        if (folded.equals("khong")) {
            return false;
        }
        error(key, "“" + raw + "” không hợp lệ: hãy ghi Có hoặc Không.");
        return defaultValue;
    }

    /**
     * One value of a code list by code or label ({@link Coded#lookup} or a list's own lookup).
     * A numeric cell is read as text, a one-digit number also tried with a leading zero (8 → 08).
     * Unknown values are errors naming what may be written. Null when blank.
     */
    <T> T code(String key, Function<String, Optional<T>> lookup, String allowed) {
        String raw = raw(key);
        if (raw == null) {
            return null;
        }
        Optional<T> value = lookupCode(key, raw, lookup);
        if (value.isEmpty()) {
            error(key, label(key) + " “" + raw + "” không có trong danh sách. " + allowed);
            return null;
        }
        return value.get();
    }

    /**
     * Several values of a code list in one cell, separated by {@code ;} or {@code ,}. A comma may
     * also belong to a value ("Bỏ rơi, bỏ mặc"): between two semicolons the longest run of
     * comma-separated pieces that is a value wins. Each unknown value is an error; a value given
     * twice counts once. Empty when blank.
     */
    <T> List<T> codes(String key, Function<String, Optional<T>> lookup, String allowed) {
        String raw = raw(key);
        if (raw == null) {
            return List.of();
        }
        Set<T> values = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : raw.split(";")) {
            List<String> pieces = Arrays.asList(part.split(",", -1));
            int start = 0;
            while (start < pieces.size()) {
                int end = pieces.size();
                Optional<T> value = Optional.empty();
                for (; end > start && value.isEmpty(); end--) {
                    String candidate = String.join(",", pieces.subList(start, end)).strip();
                    value = candidate.isEmpty() ? Optional.empty() : lookupCode(key, candidate, lookup);
                }
                if (value.isPresent()) {
                    values.add(value.get());
                    start = end + 1;
                } else {
                    String item = pieces.get(start).strip();
                    if (!item.isEmpty()) {
                        unknown.add("“" + item + "”");
                    }
                    start++;
                }
            }
        }
        if (!unknown.isEmpty()) {
            error(key, label(key) + " " + String.join(", ", unknown) + " không có trong danh sách. " + allowed);
        }
        return List.copyOf(values);
    }

    private <T> Optional<T> lookupCode(String key, String text, Function<String, Optional<T>> lookup) {
        Optional<T> value = lookup.apply(text);
        if (value.isEmpty() && cell(key).isNumber() && text.length() == 1 && Character.isDigit(text.charAt(0))) {
            value = lookup.apply("0" + text);
        }
        return value;
    }

    /** A lookup over a code list's values by code or folded label. */
    static <T extends Coded> Function<String, Optional<T>> listOf(T[] values) {
        return text -> Coded.lookup(values, text);
    }

    /** "Hãy ghi một trong: Nam, Nữ, Không xác định." */
    static <T extends Coded> String oneOf(T[] values) {
        // Asked for on every row of a sheet, whether or not the row has an error: built once per list.
        return ONE_OF.computeIfAbsent(List.of(values), list -> "Hãy ghi một trong: "
                + Arrays.stream(values).map(Coded::label).collect(Collectors.joining(", ")) + ".");
    }

    /** Reports {@code message} on {@code key} when a required value is missing and its cell had no error yet. */
    <T> T required(String key, T value, String message) {
        if (value == null && !hasError(key)) {
            error(key, message);
        }
        return value;
    }

    void error(String key, String message) {
        report(key, Severity.ERROR, message);
    }

    void warning(String key, String message) {
        report(key, Severity.WARNING, message);
    }

    /**
     * Records a problem on a column. Problems on a required column already reported missing on
     * row 1 are dropped, and a rule's error on a column whose cell was already unreadable is not
     * repeated.
     */
    void report(String key, Severity severity, String message) {
        if (header.isMissingRequired(key)) {
            return;
        }
        int index = header.indexOf(key);
        int order = index >= 0 ? index : 100_000 + header.order(key);
        issues.add(new Pending(order, issues.size(), new ImportIssue(sheet, number(), label(key), severity, message)));
        if (severity == Severity.ERROR) {
            keysWithErrors.add(key);
        }
    }

    boolean hasError(String key) {
        return keysWithErrors.contains(key);
    }

    public boolean hasErrors() {
        return !keysWithErrors.isEmpty();
    }

    /** The row's issues, left to right across the sheet. */
    public List<ImportIssue> issues() {
        return issues.stream().sorted(Comparator.comparingInt(Pending::order).thenComparingInt(Pending::sequence))
                .map(Pending::issue).toList();
    }
}
