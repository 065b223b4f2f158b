package vn.sotreem.exchange.workbook;

import vn.sotreem.domain.common.Severity;

/** One problem found in a workbook: where (sheet, Excel row number, column label) and what. */
public record ImportIssue(String sheet, int row, String column, Severity severity, String message) {

    /** "Sheet TreEm, dòng 5, cột Ngày sinh: ..." */
    public String describe() {
        StringBuilder where = new StringBuilder("Sheet ").append(sheet);
        if (row > 0) {
            where.append(", dòng ").append(row);
        }
        if (column != null && !column.isBlank()) {
            where.append(", cột ").append(column);
        }
        return where.append(": ").append(message).toString();
    }
}
