package vn.sotreem.domain.common;

/**
 * Text written into a spreadsheet by any of our files (register, audit log, report): text a user typed
 * that starts like a formula must be protected (Excel's quote prefix) so that editing the cell can
 * never turn it into one (formula injection).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** True for text starting with {@code =}, {@code +}, {@code -} or {@code @}. */
    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
