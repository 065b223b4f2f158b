package vn.sotreem.exchange.workbook;

import java.util.List;

/**
 * One sheet of the register workbook: its name, its columns and how one row becomes a value.
 * Adding a sheet (HCDB, TroGiup, XamHai, TNTT) means writing one of these; header matching, cell
 * reading, empty rows and issue reporting are shared through {@link SheetReader} and {@link SheetRow}.
 */
abstract class SheetSpec<T> {

    private final String name;
    private final List<SheetColumn> columns;

    protected SheetSpec(String name, List<SheetColumn> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** The sheet name as written by the exporter; matched after folding on import. */
    final String name() {
        return name;
    }

    final List<SheetColumn> columns() {
        return columns;
    }

    /**
     * Turns one non-empty row into a value, reporting every problem on {@code row}. May return
     * a partial value when the row has errors: the reader marks such rows invalid.
     */
    abstract T parse(SheetRow row);
}
