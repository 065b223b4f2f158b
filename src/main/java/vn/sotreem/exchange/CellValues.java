package vn.sotreem.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import vn.sotreem.domain.DateText;

/**
 * Reads POI cells the way the register workbook wants: everything as text first (so a number
 * typed into an ID column is {@code 123456789012}, never {@code 1.23E11}), dates only from
 * date-formatted cells. Formula cells are read from their cached result; nothing is evaluated.
 */
final class CellValues {

    private CellValues() {
    }

    /** The type of the value the cell shows: the cached result type for formulas. */
    static CellType type(Cell cell) {
        if (cell == null) {
            return CellType.BLANK;
        }
        CellType type = cell.getCellType();
        return type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
    }

    /** True for a numeric cell formatted as a date (Excel stores dates as day numbers). */
    static boolean isDate(Cell cell) {
        return type(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
    }

    /** True for a plain number (not a date). */
    static boolean isNumber(Cell cell) {
        return type(cell) == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell);
    }

    /** The date of a date cell (time of day dropped). */
    static LocalDate date(Cell cell) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /**
     * The time of day of a date or time cell (Excel stores it as the fraction of a day), to the
     * minute; a date-time cell gives its time.
     */
    static LocalTime time(Cell cell) {
        double value = cell.getNumericCellValue();
        long minutes = Math.round((value - Math.floor(value)) * 24 * 60);
        return LocalTime.MIN.plusMinutes(Math.min(minutes, 24 * 60 - 1));
    }

    /**
     * The cell as text, trimmed, or null when blank: numbers in plain notation without a useless
     * ".0", date cells as dd/MM/yyyy, booleans as Có/Không, error cells as Excel shows them.
     */
    static String text(Cell cell) {
        String text = switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> isDate(cell) ? DateText.format(date(cell)) : plainNumber(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "Có" : "Không";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
        if (text == null) {
            return null;
        }
        // Text pasted from web pages often carries no-break spaces; they are spaces to the officer.
        String stripped = text.replace('\u00A0', ' ').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A double in plain decimal notation: 123456789012.0 → "123456789012", 1.5 → "1.5". */
    static String plainNumber(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
