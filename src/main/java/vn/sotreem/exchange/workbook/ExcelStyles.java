package vn.sotreem.exchange.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every exported workbook uses: bold text headers, text cells (codes, ID and phone
 * numbers keep their leading zeros; formula-like text gets the quote prefix) and date cells.
 */
public final class ExcelStyles {

    private ExcelStyles() {
    }

    public static CellStyle header(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return style;
    }

    public static CellStyle text(Workbook workbook, boolean quotePrefixed, boolean wrapped) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        style.setQuotePrefixed(quotePrefixed);
        if (wrapped) {
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return style;
    }

    public static CellStyle date(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }
}
