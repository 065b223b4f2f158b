package vn.sotreem.exchange.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.exchange.tabular.TabularRow;

/**
 * Row 1 of a sheet, resolved against the sheet's columns: which cell index holds which column,
 * which columns are missing. Reports unknown columns (warning), columns given twice and missing
 * required columns (errors) once, on row 1, so that rows need not repeat them.
 */
public final class SheetHeader {

    private final Map<String, Integer> indexByKey;
    private final Map<String, SheetColumn> columnsByKey;
    private final Set<String> missingRequired;
    private final List<Integer> presentIndexes;

    private SheetHeader(Map<String, Integer> indexByKey, Map<String, SheetColumn> columnsByKey,
                        Set<String> missingRequired) {
        this.indexByKey = indexByKey;
        this.columnsByKey = columnsByKey;
        this.missingRequired = missingRequired;
        List<Integer> indexes = new ArrayList<>(indexByKey.values());
        Collections.sort(indexes);
        this.presentIndexes = List.copyOf(indexes);
    }

    /** Reads the header row (may be null for an empty sheet) and reports its problems. */
    public static SheetHeader read(String sheetName, TabularRow header, List<SheetColumn> columns, List<ImportIssue> issues) {
        Map<String, SheetColumn> columnsByKey = new LinkedHashMap<>();
        columns.forEach(c -> columnsByKey.put(c.key(), c));
        Map<String, Integer> indexByKey = new LinkedHashMap<>();
        if (header != null) {
            for (int index = 0; index < header.cells().size(); index++) {
                String text = header.text(index);
                if (text == null) {
                    continue;
                }
                SheetColumn column = columns.stream().filter(c -> c.matchesHeader(text)).findFirst().orElse(null);
                if (column == null) {
                    issues.add(new ImportIssue(sheetName, 1, text, Severity.WARNING,
                            "Cột “" + text + "” (cột " + letter(index) + ") không có trong mẫu sổ nên được bỏ qua."));
                } else if (indexByKey.containsKey(column.key())) {
                    issues.add(new ImportIssue(sheetName, 1, column.label(), Severity.ERROR,
                            "Cột “" + column.label() + "” có hai lần (cột " + letter(indexByKey.get(column.key()))
                                    + " và cột " + letter(index) + "). Hãy giữ một cột."));
                } else {
                    indexByKey.put(column.key(), index);
                }
            }
        }
        Set<String> missing = new HashSet<>();
        for (SheetColumn column : columns) {
            if (!column.required() || indexByKey.containsKey(column.key())) {
                continue;
            }
            if (column.alternativeKey() != null) {
                if (indexByKey.containsKey(column.alternativeKey())) {
                    continue;
                }
                missing.add(column.key());
                issues.add(new ImportIssue(sheetName, 1, column.label(), Severity.ERROR,
                        "Thiếu cột bắt buộc “" + column.label() + "” (hoặc cột “"
                                + columnsByKey.get(column.alternativeKey()).label() + "”)."));
            } else {
                missing.add(column.key());
                issues.add(new ImportIssue(sheetName, 1, column.label(), Severity.ERROR,
                        "Thiếu cột bắt buộc “" + column.label() + "”."));
            }
        }
        return new SheetHeader(indexByKey, columnsByKey, Collections.unmodifiableSet(missing));
    }

    /** The cell index of a column, or -1 when the sheet does not have it. */
    int indexOf(String key) {
        return indexByKey.getOrDefault(key, -1);
    }

    boolean has(String key) {
        return indexByKey.containsKey(key);
    }

    /** True for a required column reported missing on row 1: rows do not report it again. */
    boolean isMissingRequired(String key) {
        return missingRequired.contains(key);
    }

    SheetColumn column(String key) {
        SheetColumn column = columnsByKey.get(key);
        if (column == null) {
            throw new IllegalArgumentException("No column " + key);
        }
        return column;
    }

    /** Cell indexes of the columns present, in sheet order. */
    List<Integer> presentIndexes() {
        return presentIndexes;
    }

    /** The position of a column in the sheet's column list, for ordering a row's issues. */
    int order(String key) {
        int i = 0;
        for (String k : columnsByKey.keySet()) {
            if (k.equals(key)) {
                return i;
            }
            i++;
        }
        return i;
    }

    public static String letter(int index) {
        return CellReference.convertNumToColString(index);
    }
}
