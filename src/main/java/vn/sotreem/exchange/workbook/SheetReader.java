package vn.sotreem.exchange.workbook;

import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.exchange.tabular.TabularFile;
import vn.sotreem.exchange.tabular.TabularRow;
import vn.sotreem.exchange.tabular.TabularXlsx;

/**
 * Reads sheets of the register workbook, each with its {@link SheetSpec}, in one streamed pass
 * over the file: finds each sheet by folded name, resolves the header, skips empty rows, parses
 * the others and collects every issue in row order. Only the parsed values are kept, never the
 * cells. The same loop serves every sheet, so later sheets only add a spec.
 */
public final class SheetReader {

    /** One parsed data row: its Excel number, the value and whether it is free of errors. */
    public record ParsedRow<T>(int number, T value, boolean valid) {
    }

    /**
     * A sheet's rows; {@code present} is false when the workbook has no such sheet. {@code sheetName}
     * is the tab name as the officer sees it (e.g. "Trẻ em"), used in every message.
     */
    record SheetContent<T>(boolean present, String sheetName, List<ParsedRow<T>> rows, List<String> sheetsInFile) {

        List<ParsedRow<T>> validRows() {
            return rows.stream().filter(ParsedRow::valid).toList();
        }
    }

    /** One sheet asked for, by its spec: its rows are parsed as the file streams past. */
    static final class Sheet<T> implements TabularFile.RowHandler {

        private final SheetSpec<T> spec;
        private final Progress progress;
        private final List<ImportIssue> issues = new ArrayList<>();
        private final List<ParsedRow<T>> rows = new ArrayList<>();
        private String sheetName;
        private SheetHeader header;
        private List<String> sheetsInFile = List.of();

        private Sheet(SheetSpec<T> spec, Progress progress) {
            this.spec = spec;
            this.progress = progress;
        }

        /** The sheet's rows once the file is read. */
        SheetContent<T> content() {
            return new SheetContent<>(sheetName != null, sheetName != null ? sheetName : spec.name(), rows, sheetsInFile);
        }

        /**
         * Row 1 is the header (a sheet without it misses every column); a header with errors still
         * lets the rows be checked, so the officer sees every problem in one pass. Empty rows are skipped.
         */
        @Override
        public boolean row(TabularRow row) {
            progress.checkCancelled();
            if (header == null) {
                readHeader(row.number() == 1 ? row : null);
                if (row.number() == 1) {
                    return true;
                }
            }
            SheetRow sheetRow = new SheetRow(sheetName, row, header);
            if (!sheetRow.isEmpty()) {
                T value = spec.parse(sheetRow);
                issues.addAll(sheetRow.issues());
                rows.add(new ParsedRow<>(sheetRow.number(), value, !sheetRow.hasErrors()));
            }
            return true;
        }

        private void readHeader(TabularRow row) {
            header = SheetHeader.read(sheetName, row, spec.columns(), issues);
        }

        private boolean wants(String name) {
            return sheetName == null && VietnameseText.foldKey(name).equals(VietnameseText.foldKey(spec.name()));
        }

        private void finish(List<String> names, List<ImportIssue> allIssues) {
            sheetsInFile = names;
            if (sheetName != null && header == null) {
                readHeader(null); // a sheet with no row at all
            }
            allIssues.addAll(issues);
        }
    }

    private final TabularXlsx file;
    private final Progress progress;
    private final List<Sheet<?>> sheets = new ArrayList<>();

    SheetReader(TabularXlsx file, Progress progress) {
        this.file = file;
        this.progress = progress;
    }

    /** Asks for the sheet whose name folds to the spec's (TreEm, "Tre em", "TRẺ EM" …); read by {@link #read}. */
    <T> Sheet<T> add(SheetSpec<T> spec) {
        Sheet<T> sheet = new Sheet<>(spec, progress);
        sheets.add(sheet);
        return sheet;
    }

    /**
     * Reads every sheet asked for in one pass over the file, each by the first tab whose name matches.
     * Issues go to {@code issues} sheet by sheet in the order the sheets were asked for, each in row
     * order. Stops with {@link Progress.CancelledException} when cancelled.
     */
    void read(List<ImportIssue> issues) {
        List<String> names = new ArrayList<>();
        file.readSheets(name -> {
            names.add(name);
            for (Sheet<?> sheet : sheets) {
                if (sheet.wants(name)) {
                    sheet.sheetName = name;
                    return sheet;
                }
            }
            return null;
        }, progress);
        sheets.forEach(sheet -> sheet.finish(List.copyOf(names), issues));
    }

    /** The warning for an absent optional sheet, naming the sheets the file does have. */
    static ImportIssue absent(SheetContent<?> content, String consequence) {
        String name = content.sheetName();
        return new ImportIssue(name, 0, null, Severity.WARNING, "Tệp không có sheet “" + name + "” (các sheet có trong tệp: "
                + String.join(", ", content.sheetsInFile()) + "): " + consequence
                + " Hãy đổi tên sheet danh sách trẻ thành “" + name + "”, hoặc, nếu đây là danh sách riêng của xã (cột khác "
                + "mẫu sổ), dùng “Nhập danh sách của xã…” ở trang Trẻ em.");
    }
}
