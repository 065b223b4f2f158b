package vn.sotreem.report;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportRow;
import vn.sotreem.domain.common.SpreadsheetText;
import vn.sotreem.report.ReportSheetStyles.Style;

/**
 * A human sheet of the indicator workbook in the official style of Nghị định 30/2020: the issuing
 * body and the national motto side by side, the place and date, a centred title, the table, the
 * signature blocks of the preparer and the chairman; A4, fitted to the page width, the table's header
 * repeated on every page. The sheet is a grid of fixed columns: the heading's two halves and the
 * signature blocks are merged over the columns left and right of {@code split}, so each sheet chooses
 * its columns for its table and the split where the halves meet.
 *
 * <p>Every number is written from the report and recorded with the value it stands for, for the
 * self-check; there is no formula anywhere, so every program shows the numbers without recalculating.
 */
final class ReportSheet {

    /** Points per line of 13-pt Times New Roman in a wrapped cell, as LibreOffice lays it out. */
    private static final float LINE = 15f;
    /** Points of one unit of column width (a Times New Roman 13 digit and its share of padding), measured. */
    private static final double UNIT = 6.56;
    private static final double INCH_PER_MM = 1 / 25.4;
    private static final double POINTS_PER_MM = 72 / 25.4;
    /** NĐ 30/2020 Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
    private static final int TOP_MM = 20;
    private static final int BOTTOM_MM = 20;
    private static final int LEFT_MM = 30;
    private static final int RIGHT_MM = 15;
    private static final int A4_SHORT_MM = 210;
    private static final int A4_LONG_MM = 297;
    /** A4 less the margins, in points. */
    private static final double PORTRAIT_WIDTH = (A4_SHORT_MM - LEFT_MM - RIGHT_MM) * POINTS_PER_MM;
    private static final double PORTRAIT_HEIGHT = (A4_LONG_MM - TOP_MM - BOTTOM_MM) * POINTS_PER_MM;
    private static final double LANDSCAPE_WIDTH = (A4_LONG_MM - LEFT_MM - RIGHT_MM) * POINTS_PER_MM;
    private static final double LANDSCAPE_HEIGHT = (A4_SHORT_MM - TOP_MM - BOTTOM_MM) * POINTS_PER_MM;

    private final SXSSFSheet sheet;
    private final ReportSheetStyles styles;
    private final double[] widths;
    private final int split;
    private final List<IndicatorWorkbook.NumberCell> numbers;
    private final Paper paper;
    /** The cells already in a merged block, by {@code row * columns + column}. */
    private final BitSet merged = new BitSet();
    private int next;
    private int repeatFirst = -1;
    private int repeatLast = -1;

    /**
     * @param widths    the columns' widths in characters (digits of the default font)
     * @param split     the first column of the right half of the heading and signatures
     * @param paper     how the sheet is printed
     * @param numbers   where every number written is recorded
     */
    ReportSheet(SXSSFWorkbook workbook, ReportSheetStyles styles, String name, double[] widths, int split,
                Paper paper, List<IndicatorWorkbook.NumberCell> numbers) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.widths = widths.clone();
        this.split = split;
        this.numbers = numbers;
        this.paper = paper;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (int) Math.round(widths[i] * 256));
        }
        sheet.setDisplayGridlines(false);
        page();
    }

    /** How a sheet is printed on A4. */
    enum Paper {
        /** Portrait, fitted to the page's width, as many pages down as needed. */
        PORTRAIT(false, false),
        /** Landscape, fitted on one page: a form of fixed size. */
        LANDSCAPE_ONE_PAGE(true, true);

        final boolean landscape;
        final boolean onePage;

        Paper(boolean landscape, boolean onePage) {
            this.landscape = landscape;
            this.onePage = onePage;
        }
    }

    /** A4, fitted to the page's width, NĐ 30 margins and page numbers. */
    private void page() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(paper.landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) (paper.onePage ? 1 : 0));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.TOP, TOP_MM * INCH_PER_MM);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MM * INCH_PER_MM);
        sheet.setMargin(PageMargin.LEFT, LEFT_MM * INCH_PER_MM);
        sheet.setMargin(PageMargin.RIGHT, RIGHT_MM * INCH_PER_MM);
        sheet.setMargin(PageMargin.HEADER, 8 * INCH_PER_MM);
        sheet.setMargin(PageMargin.FOOTER, 8 * INCH_PER_MM);
        // NĐ 30: the page number centred at the top, from the second page; each sheet counts from 1.
        print.setUsePage(true);
        print.setPageStart((short) 1);
        // Header and footer settings live on the sheet's XSSF part, which the streaming sheet wraps.
        XSSFSheet xssf = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
        xssf.getHeaderFooterProperties().setDifferentFirst(true);
        xssf.getOddHeader().setCenter("&\"" + OfficialDocument.FONT + ",Regular\"&13&P");
    }

    /** Moves on to a new row and returns its index. */
    int newRow() {
        sheet.createRow(next);
        return next++;
    }

    void skipRow() {
        newRow();
    }

    /**
     * The top of the sheet: issuing body | national name, — | motto, document number | place and
     * date; then the title, the period, the confidentiality mark and the recipient, centred.
     */
    void heading(ReportHeader header, String title) {
        OfficialNames names = new OfficialNames(header.register());
        int last = widths.length - 1;
        int top = newRow();
        text(top, 0, split - 1, names.issuingBody(), Style.TEXT.bolded().center());
        text(top, split, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.TEXT.bolded().center());
        int motto = newRow();
        text(motto, split, last, "Độc lập - Tự do - Hạnh phúc", Style.TEXT.bolded().underlined().center()
                .sized(ReportSheetStyles.TITLE_SIZE));
        int date = newRow();
        text(date, 0, split - 1, "Số: " + OfficialDocument.SHORT_DOTS + "/BC-UBND", Style.TEXT.center());
        text(date, split, last, names.placeName() + ", " + OfficialDocument.formalDate(header.madeOn()),
                Style.TEXT.italicized().center());
        skipRow();
        int titleRow = newRow();
        text(titleRow, 0, last, title, Style.TEXT.bolded().center().sized(ReportSheetStyles.TITLE_SIZE));
        int period = newRow();
        text(period, 0, last, "Kỳ báo cáo: " + header.period().labelWithDates(), Style.TEXT.bolded().center());
        int mark = newRow();
        text(mark, 0, last, "Độ mật: " + header.settings().confidentialityMark(), Style.TEXT.italicized().center());
        int recipient = newRow();
        text(recipient, 0, last, "Kính gửi: " + header.settings().recipient(), Style.TEXT.center());
        skipRow();
    }

    /**
     * Writes text over columns {@code first}…{@code last} of a row (merged when more than one), every
     * cell of the range styled so that borders run around it, and makes the row tall enough for it.
     */
    Cell text(int rowIndex, int first, int last, String text, Style style) {
        return block(rowIndex, rowIndex, first, last, text, style);
    }

    /** Writes text over a block of cells, merged; a block of one row grows that row to fit the text. */
    Cell block(int firstRow, int lastRow, int first, int last, String text, Style style) {
        String value = text == null ? "" : text;
        Style look = style.quoted(SpreadsheetText.looksLikeFormula(value));
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = row(r);
            for (int c = first; c <= last; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(styles.get(look));
            }
        }
        if (last > first || lastRow > firstRow) {
            claimMerged(firstRow, lastRow, first, last);
            sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, first, last));
        }
        Cell cell = row(firstRow).getCell(first);
        cell.setCellValue(value);
        if (look.wrap() && firstRow == lastRow) {
            fit(row(firstRow), value, width(first, last), look);
        }
        return cell;
    }

    /**
     * POI's check that merged blocks do not overlap (a file Excel would repair), as a bit per cell:
     * POI compares each new block with every earlier one, which was the most costly part of building.
     */
    private void claimMerged(int firstRow, int lastRow, int first, int last) {
        if (last >= widths.length) {
            throw new IllegalArgumentException("Column " + last + " is beyond the " + widths.length + " of " + sheet.getSheetName());
        }
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = first; c <= last; c++) {
                int index = r * widths.length + c;
                if (merged.get(index)) {
                    throw new IllegalStateException("Merged blocks overlap at " + new CellReference(r, c).formatAsString()
                            + " of " + sheet.getSheetName());
                }
                merged.set(index);
            }
        }
    }

    /**
     * Writes the value of a row of the report as a number cell (a blank cell for a rate without a
     * value, or for a row the report lacks — which the self-check then reports) and records it.
     */
    void number(int rowIndex, int column, IndicatorReport report, String indicatorId, String breakdown, Style style) {
        Optional<ReportRow> found = report.row(indicatorId, breakdown);
        BigDecimal value = found.map(ReportRow::value).orElse(null);
        Row row = row(rowIndex);
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.get(style.unwrapped().formatted(formatOf(value))));
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        numbers.add(new IndicatorWorkbook.NumberCell(sheet.getSheetName(),
                new CellReference(rowIndex, column).formatAsString(), indicatorId, breakdown));
    }

    /** Counts and sums of money in whole numbers, rates with their two decimals. */
    static String formatOf(BigDecimal value) {
        return value == null || value.scale() > 0 ? ReportSheetStyles.DECIMAL_FORMAT : ReportSheetStyles.COUNT_FORMAT;
    }

    /** Bordered empty cells (a table's cells without a value). */
    void blank(int rowIndex, int first, int last, Style style) {
        text(rowIndex, first, last, "", style);
    }

    /** The rows of the table's header, printed again at the top of every page. */
    void repeatRows(int first, int last) {
        sheet.setRepeatingRows(new CellRangeAddress(first, last, -1, -1));
        repeatFirst = first;
        repeatLast = last;
    }

    /**
     * Ends the sheet after its table: the notes (lines over the whole width), then the signature
     * blocks — the preparer on the left, the chairman on the right, each with its title, what to sign,
     * room for the signature and the name (left blank to be written by hand).
     */
    void finish(ReportHeader header, List<String> notes) {
        int lastTableRow = next - 1;
        skipRow();
        for (String note : notes) {
            text(newRow(), 0, widths.length - 1, note, Style.TEXT.italicized());
        }
        OfficialNames names = new OfficialNames(header.register());
        int last = widths.length - 1;
        skipRow();
        int titles = newRow();
        text(titles, 0, split - 1, "NGƯỜI LẬP BIỂU", Style.TEXT.bolded().center());
        text(titles, split, last, names.chairmanTitle(), Style.TEXT.bolded().center());
        int toSign = newRow();
        text(toSign, 0, split - 1, "(Ký, ghi rõ họ tên)", Style.TEXT.italicized().center());
        text(toSign, split, last, "(Ký tên, đóng dấu)", Style.TEXT.italicized().center());
        for (int i = 0; i < 4; i++) {
            skipRow();
        }
        int signers = newRow();
        text(signers, 0, split - 1, header.settings().preparer(), Style.TEXT.bolded().center());
        text(signers, split, last, header.settings().chairman(), Style.TEXT.bolded().center());
        keepTogether(lastTableRow, signers);
    }

    /**
     * Signatures never stand alone on a page: when the layout may put the table's last row and the
     * signatures on different pages, a page break before that row moves them over together. The layout
     * is estimated (row heights and the printing scale are LibreOffice's and Excel's to decide), so it
     * is tried with a page a little shorter and a little longer than computed: a break that was not
     * needed costs some blank paper, a missing one leaves the signatures alone. (A spreadsheet has no
     * "keep together"; Excel may ignore the break when fitting to the page width.)
     */
    private void keepTogether(int first, int last) {
        if (paper.onePage) {
            return;
        }
        if ((splits(first, last, 0.97) || splits(first, last, 1.02)) && first > repeatLast + 1) {
            sheet.setRowBreak(first - 1);
        }
    }

    /** Whether rows {@code first}…{@code last} fall on two pages when a page holds {@code factor} of its height. */
    private boolean splits(int first, int last, double factor) {
        double pageWidth = paper.landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
        double scale = Math.min(1, pageWidth / (width(0, widths.length - 1) * UNIT));
        double page = (paper.landscape ? LANDSCAPE_HEIGHT : PORTRAIT_HEIGHT) / scale * factor;
        double repeated = 0;
        for (int r = repeatFirst; r >= 0 && r <= repeatLast; r++) {
            repeated += height(r);
        }
        double used = 0;
        int pageNumber = 0;
        int firstPage = 0;
        for (int r = 0; r <= last; r++) {
            double h = height(r);
            if (used > 0 && used + h > page) {
                pageNumber++;
                used = repeated;
            }
            used += h;
            if (r == first) {
                firstPage = pageNumber;
            }
        }
        return firstPage != pageNumber;
    }

    private double height(int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }

    /** Makes a row tall enough for every line of its tallest cell. */
    void fitLines(int rowIndex, int lines) {
        Row row = row(rowIndex);
        float height = Math.max(1, lines) * LINE + 3;
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    private void fit(Row row, String text, double width, Style style) {
        int lines = lines(text, width, style.bold(), style.size());
        if (lines > 1 || style.size() > ReportSheetStyles.SIZE) {
            float height = lines * LINE * style.size() / ReportSheetStyles.SIZE + 3;
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(height);
            }
        }
    }

    private Row row(int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private double width(int first, int last) {
        double sum = 0;
        for (int c = first; c <= last; c++) {
            sum += widths[c];
        }
        return sum;
    }

    /**
     * How many lines a text takes in a column of {@code width} units, wrapped at spaces. Neither Excel
     * nor LibreOffice grows a row for wrapped text written by a program, so the height is set from this
     * estimate. Widths are in units of column width (about a Times New Roman digit); the factors per
     * character were measured on LibreOffice's rendering of 13-pt Times New Roman.
     */
    static int lines(String text, double width, boolean bold, short size) {
        double scale = size / (double) ReportSheetStyles.SIZE * (bold ? 1.06 : 1.0);
        double available = Math.max(1, width - 0.6); // cell padding
        double space = 0.6 * scale;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double w = wordWidth(word) * scale;
                if (used > 0 && used + space + w > available) {
                    lines++;
                    used = w;
                } else {
                    used += (used > 0 ? space : 0) + w;
                }
                while (used > available) { // a word longer than the line breaks anywhere
                    lines++;
                    used -= available;
                }
            }
        }
        return lines;
    }

    private static double wordWidth(String word) {
        double w = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u2014' || c == '\u2026') { // em dash, ellipsis: a whole em
                w += 2.0;
            } else if (Character.isUpperCase(c)) {
                w += 1.25;
            } else if (Character.isDigit(c)) {
                w += 1.0;
            } else if (Character.isLetter(c)) {
                w += 0.85;
            } else {
                w += 0.7;
            }
        }
        return w;
    }
}
