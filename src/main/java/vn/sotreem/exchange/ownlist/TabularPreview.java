package vn.sotreem.exchange.ownlist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.exchange.tabular.TabularFile;

/**
 * What the import wizard shows of an officer's own list before importing it: the sheets, the first
 * rows as text, and the distinct values of the code-list columns (to translate "1" → Nam). Read
 * through the same {@link TabularFile} readers the import uses, so what the officer sees is what
 * will be imported.
 */
public final class TabularPreview {

    /** One row as the officer sees it: its number (1 = first row) and its cells' texts (blank as ""). */
    public record Row(int number, List<String> cells) {
    }

    /** A value of a column as first written, and how many rows hold it (compared after folding). */
    public record Value(String text, int rows) {
    }

    /** The distinct values of a column, first seen first; {@code more} when the cap left some out. */
    public record Values(List<Value> values, boolean more) {
    }

    private TabularPreview() {
    }

    /** The sheets in file order; empty for a CSV file. */
    public static List<String> sheetNames(Path file) {
        return TabularFile.open(file).sheetNames();
    }

    /** The non-empty rows numbered up to {@code count} of a sheet ({@code sheet} ignored for CSV). */
    public static List<Row> firstRows(Path file, String sheet, int count) {
        return TabularFile.open(file).firstRows(sheet, count).stream().map(r -> new Row(r.number(), r.texts())).toList();
    }

    /**
     * The distinct non-blank values below the header row of several columns (key → 0-based column), in one
     * pass over the file; at most {@code cap} values per column.
     */
    public static Map<String, Values> distinctValues(Path file, String sheet, int headerRow, Map<String, Integer> columns,
                                                     int cap, Progress progress) {
        Map<String, LinkedHashMap<String, Value>> found = new LinkedHashMap<>();
        Map<String, Boolean> more = new LinkedHashMap<>();
        columns.keySet().forEach(key -> {
            found.put(key, new LinkedHashMap<>());
            more.put(key, false);
        });
        TabularFile.open(file).read(sheet, row -> {
            progress.checkCancelled();
            if (row.number() <= headerRow) {
                return true;
            }
            columns.forEach((key, column) -> {
                String text = row.text(column);
                if (text == null) {
                    return;
                }
                Map<String, Value> values = found.get(key);
                String folded = VietnameseText.fold(text);
                Value seen = values.get(folded);
                if (seen != null) {
                    values.put(folded, new Value(seen.text(), seen.rows() + 1));
                } else if (values.size() < cap) {
                    values.put(folded, new Value(text, 1));
                } else {
                    more.put(key, true);
                }
            });
            return true;
        });
        Map<String, Values> result = new LinkedHashMap<>();
        found.forEach((key, values) -> result.put(key, new Values(new ArrayList<>(values.values()), more.get(key))));
        return result;
    }
}
