package vn.sotreem.exchange.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.office.WorkbookKind;

/**
 * A workbook or an officer's own list of children as rows of cells: an .xlsx (read as a stream, so a 20 000-row
 * sheet keeps memory flat), an old .xls, or a CSV file. The kind is told from the file's first
 * bytes; a file that is not Excel is read as CSV when its name says so.
 */
public abstract class TabularFile {

    protected final Path file;
    private final String name;

    protected TabularFile(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /** Receives rows in order; returns false to stop reading. */
    @FunctionalInterface
    public interface RowHandler {
        boolean row(TabularRow row);
    }

    /** The file name, for messages. */
    public String fileName() {
        return name;
    }

    /** The sheets in file order; empty for a CSV file (one table, no sheets). */
    public abstract List<String> sheetNames();

    /** Streams the non-empty rows of a sheet ({@code sheet} is ignored for CSV). */
    public abstract void read(String sheet, RowHandler handler);

    /** The first {@code count} rows (by row number) of a sheet. */
    public List<TabularRow> firstRows(String sheet, int count) {
        List<TabularRow> rows = new ArrayList<>();
        read(sheet, row -> {
            if (row.number() > count) {
                return false;
            }
            rows.add(row);
            return true;
        });
        return rows;
    }

    public static TabularFile open(Path file) {
        String name = WorkbookFiles.name(file);
        WorkbookKind kind = WorkbookFiles.kind(file);
        return switch (kind) {
            case XLSX -> new TabularXlsx(file, name);
            case OLD_XLS -> new TabularXls(file, name);
            case PASSWORD_PROTECTED -> throw WorkbookFiles.passwordProtected(name);
            case NOT_EXCEL -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                    yield new TabularCsv(file, name);
                }
                throw new UserFacingException("Không đọc được tệp “" + name + "”: chỉ nhận tệp Excel (.xlsx, .xls) "
                        + "hoặc CSV (.csv).");
            }
        };
    }
}
