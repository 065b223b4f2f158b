package vn.sotreem.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the indicator workbook, made once per distinct look (a workbook holds at most
 * 64 000 styles, and Excel slows down long before). Every sheet is in Times New Roman, the font of
 * official documents (Nghị định 30/2020); the workbook's default font is set to it too, so that
 * column widths, counted in its digits, mean the same on every sheet.
 */
final class ReportSheetStyles {

    /** Body, tables and headings of the human sheets (NĐ 30: 13–14). */
    static final short SIZE = OfficialDocument.SMALL;
    /** The title. */
    static final short TITLE_SIZE = OfficialDocument.TEXT;
    static final String TEXT_FORMAT = "@";
    static final String COUNT_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.00";

    /**
     * One look of a cell; {@code quote} is Excel's quote prefix, set on text a user typed that starts
     * like a formula so that editing the cell cannot turn it into one.
     */
    record Style(boolean bold, boolean italic, boolean underline, short size, HorizontalAlignment align,
                 VerticalAlignment valign, boolean border, boolean wrap, String format, boolean quote) {

        /** Plain text, left, top, wrapped, no border. */
        static final Style TEXT = new Style(false, false, false, SIZE, HorizontalAlignment.LEFT, VerticalAlignment.TOP,
                false, true, TEXT_FORMAT, false);

        Style bolded() {
            return new Style(true, italic, underline, size, align, valign, border, wrap, format, quote);
        }

        Style italicized() {
            return new Style(bold, true, underline, size, align, valign, border, wrap, format, quote);
        }

        Style underlined() {
            return new Style(bold, italic, true, size, align, valign, border, wrap, format, quote);
        }

        Style sized(short points) {
            return new Style(bold, italic, underline, points, align, valign, border, wrap, format, quote);
        }

        Style aligned(HorizontalAlignment horizontal) {
            return new Style(bold, italic, underline, size, horizontal, valign, border, wrap, format, quote);
        }

        Style center() {
            return new Style(bold, italic, underline, size, HorizontalAlignment.CENTER, VerticalAlignment.CENTER,
                    border, wrap, format, quote);
        }

        Style middle() {
            return new Style(bold, italic, underline, size, align, VerticalAlignment.CENTER, border, wrap, format, quote);
        }

        Style bordered() {
            return new Style(bold, italic, underline, size, align, valign, true, wrap, format, quote);
        }

        Style unwrapped() {
            return new Style(bold, italic, underline, size, align, valign, border, false, format, quote);
        }

        Style formatted(String dataFormat) {
            return new Style(bold, italic, underline, size, align, valign, border, wrap, dataFormat, quote);
        }

        Style quoted(boolean prefixed) {
            return new Style(bold, italic, underline, size, align, valign, border, wrap, format, prefixed);
        }

        /** A number: right-aligned, not wrapped. */
        Style number(String dataFormat) {
            return new Style(bold, italic, underline, size, HorizontalAlignment.RIGHT, VerticalAlignment.CENTER,
                    border, false, dataFormat, false);
        }
    }

    private record FontKey(boolean bold, boolean italic, boolean underline, short size) {
    }

    private final Workbook workbook;
    private final Map<Style, CellStyle> styles = new HashMap<>();
    private final Map<FontKey, Font> fonts = new HashMap<>();

    ReportSheetStyles(Workbook workbook) {
        this.workbook = workbook;
        Font standard = workbook.getFontAt(0);
        standard.setFontName(OfficialDocument.FONT);
        standard.setFontHeightInPoints(SIZE);
        fonts.put(new FontKey(false, false, false, SIZE), standard);
    }

    CellStyle get(Style style) {
        return styles.computeIfAbsent(style, this::create);
    }

    private CellStyle create(Style s) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font(new FontKey(s.bold(), s.italic(), s.underline(), s.size())));
        style.setAlignment(s.align());
        style.setVerticalAlignment(s.valign());
        style.setWrapText(s.wrap());
        style.setDataFormat(workbook.createDataFormat().getFormat(s.format()));
        style.setQuotePrefixed(s.quote());
        if (s.border()) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private Font font(FontKey key) {
        return fonts.computeIfAbsent(key, k -> {
            Font f = workbook.createFont();
            f.setFontName(OfficialDocument.FONT);
            f.setFontHeightInPoints(k.size());
            f.setBold(k.bold());
            f.setItalic(k.italic());
            if (k.underline()) {
                f.setUnderline(Font.U_SINGLE);
            }
            return f;
        });
    }
}
