package vn.sotreem.domain.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.VietnameseText;

/**
 * How the columns of an officer's own list (an old Excel sheet, a CSV) become the fields of sheet
 * {@code TreEm}: the sheet, the header row, which column feeds which field, and how the values of
 * code-list columns translate ("1" → {@code nam}). Mutable: the app proposes one
 * ({@link HeaderMatch}), the officer adjusts it, and it is saved by name to be used again next month.
 *
 * <p>Fields are the {@link ChildField} keys plus three that only a messy list has: a birth date
 * split into day, month and year columns, or a year alone ({@link #BIRTH_YEAR}).
 */
public final class ImportMapping {

    public static final String BIRTH_DAY = "ngay_sinh_ngay";
    public static final String BIRTH_MONTH = "ngay_sinh_thang";
    public static final String BIRTH_YEAR = "nam_sinh";

    /** The fields whose values may need translating to a code. */
    public static final List<String> CODED_FIELDS = List.of(ChildField.SEX.key(), ChildField.ETHNICITY.key(),
            ChildField.POVERTY.key(), ChildField.STATUS.key());

    /** A source column: its 0-based index and its header text as written in the file. */
    public record Column(int index, String header) {
    }

    private String name;
    private String sheetName;
    private int headerRow = 1;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> values = new TreeMap<>();

    /** Every field a column can be mapped to, in the order of sheet TreEm. */
    public static List<String> targetFields() {
        List<String> fields = new ArrayList<>();
        for (ChildField field : ChildField.values()) {
            fields.add(field.key());
            if (field == ChildField.BIRTH_DATE) {
                fields.addAll(List.of(BIRTH_DAY, BIRTH_MONTH, BIRTH_YEAR));
            }
        }
        return fields;
    }

    /** The Vietnamese label of a field, for messages and for the mapping screen. */
    public static String label(String field) {
        return switch (field) {
            case BIRTH_DAY -> "Ngày sinh (ngày)";
            case BIRTH_MONTH -> "Ngày sinh (tháng)";
            case BIRTH_YEAR -> "Năm sinh";
            default -> {
                for (ChildField f : ChildField.values()) {
                    if (f.key().equals(field)) {
                        yield f.label();
                    }
                }
                throw new IllegalArgumentException("Unknown field " + field);
            }
        };
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The sheet to read; null for a CSV file. */
    public String sheetName() {
        return sheetName;
    }

    public void setSheetName(String sheetName) {
        this.sheetName = sheetName;
    }

    /** The header row as Excel numbers it (1 = first row); data starts on the next row. */
    public int headerRow() {
        return headerRow;
    }

    public void setHeaderRow(int headerRow) {
        if (headerRow < 1) {
            throw new IllegalArgumentException("Header row " + headerRow);
        }
        this.headerRow = headerRow;
    }

    /** Maps a field to a column, replacing whatever fed that field before; a column feeds one field. */
    public void mapColumn(String field, int index, String header) {
        label(field); // refuses an unknown field
        columns.values().removeIf(c -> c.index() == index);
        columns.put(field, new Column(index, header));
    }

    public void unmap(String field) {
        columns.remove(field);
    }

    public Optional<Column> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean isMapped(String field) {
        return columns.containsKey(field);
    }

    /** Field → column, in the order the fields were mapped. */
    public Map<String, Column> columns() {
        return Collections.unmodifiableMap(columns);
    }

    /** Translates a value of a code-list column: {@code raw} (compared after folding) means {@code code}. */
    public void mapValue(String field, String raw, String code) {
        if (!CODED_FIELDS.contains(field)) {
            throw new IllegalArgumentException("Not a coded field: " + field);
        }
        values.computeIfAbsent(field, f -> new TreeMap<>()).put(VietnameseText.fold(raw), code);
    }

    /** The code the officer chose for {@code raw}, if any. */
    public Optional<String> valueFor(String field, String raw) {
        Map<String, String> map = values.get(field);
        return map == null || raw == null ? Optional.empty() : Optional.ofNullable(map.get(VietnameseText.fold(raw)));
    }

    /** Folded value → code of one field. */
    public Map<String, String> values(String field) {
        return Collections.unmodifiableMap(values.getOrDefault(field, Map.of()));
    }

    /** Field → (folded value → code), for storage. */
    public Map<String, Map<String, String>> allValues() {
        return Collections.unmodifiableMap(values);
    }

    /** True when the birth date comes from separate day, month, year columns or a year alone. */
    public boolean hasBirthParts() {
        return isMapped(BIRTH_YEAR);
    }

    /** Labels of the required fields no column feeds yet (the same fields sheet TreEm requires). */
    public List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        for (ChildField field : List.of(ChildField.FULL_NAME, ChildField.SEX, ChildField.VILLAGE)) {
            if (!isMapped(field.key())) {
                missing.add(field.label());
            }
        }
        if (!isMapped(ChildField.BIRTH_DATE.key()) && !isMapped(BIRTH_YEAR) && !isMapped(ChildField.ESTIMATED_AGE.key())) {
            missing.add(ChildField.BIRTH_DATE.label());
        }
        return missing;
    }

    /**
     * This mapping re-aimed at a file's header row (a saved mapping used on next month's file):
     * each column is found again by its folded header text, so moved columns still match; a
     * header no longer present keeps its old position when that cell is blank, else the field is
     * left unmapped for the officer to check.
     */
    public ImportMapping relocate(List<String> headerCells) {
        ImportMapping copy = copy();
        copy.columns.clear();
        columns.forEach((field, column) -> {
            String wanted = VietnameseText.foldKey(column.header());
            int found = -1;
            for (int i = 0; i < headerCells.size() && found < 0; i++) {
                if (!wanted.isEmpty() && VietnameseText.foldKey(headerCells.get(i)).equals(wanted)) {
                    found = i;
                }
            }
            if (found < 0 && (wanted.isEmpty() || column.index() >= headerCells.size()
                    || VietnameseText.isBlank(headerCells.get(column.index())))) {
                found = column.index();
            }
            if (found >= 0) {
                copy.columns.put(field, new Column(found, column.header()));
            }
        });
        return copy;
    }

    public ImportMapping copy() {
        ImportMapping copy = new ImportMapping();
        copy.name = name;
        copy.sheetName = sheetName;
        copy.headerRow = headerRow;
        copy.columns.putAll(columns);
        values.forEach((field, map) -> copy.values.put(field, new TreeMap<>(map)));
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportMapping m && java.util.Objects.equals(name, m.name)
                && java.util.Objects.equals(sheetName, m.sheetName) && headerRow == m.headerRow
                && columns.equals(m.columns) && values.equals(m.values);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, sheetName, headerRow, columns, values);
    }

    @Override
    public String toString() {
        return "ImportMapping[" + name + ", sheet " + sheetName + ", header row " + headerRow + ", " + columns + ", "
                + values + "]";
    }
}
