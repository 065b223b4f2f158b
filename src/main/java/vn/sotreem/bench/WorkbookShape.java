package vn.sotreem.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a written workbook holds, read back from its file: every sheet's cells with their values and
 * looks, merged regions and column widths. The report baseline writes the same shape with bare POI
 * (SXSSF), so that "bare POI writing the same number of cells with the same styles" is exactly that.
 */
record WorkbookShape(List<StyleSpec> styles, List<SheetShape> sheets) {

    /** The look of a cell, as the report writer sets it (font, alignment, wrap, borders, number format, quote). */
    record StyleSpec(String fontName, short fontPoints, boolean bold, boolean italic, byte underline,
                     HorizontalAlignment align, VerticalAlignment valign, boolean wrap, BorderStyle top,
                     BorderStyle bottom, BorderStyle left, BorderStyle right, String format, boolean quote) {

        static StyleSpec of(CellStyle style, Font font) {
            return new StyleSpec(font.getFontName(), font.getFontHeightInPoints(), font.getBold(), font.getItalic(),
                    font.getUnderline(), style.getAlignment(), style.getVerticalAlignment(), style.getWrapText(),
                    style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(), style.getBorderRight(),
                    style.getDataFormatString(), style.getQuotePrefixed());
        }
    }

    /** A cell: its column, the index of its look in {@link #styles()}, and a String, a Double or null (blank). */
    record CellShape(int column, int style, Object value) {
    }

    record RowShape(int index, short height, List<CellShape> cells) {
    }

    record SheetShape(String name, Map<Integer, Integer> columnWidths, List<CellRangeAddress> merged,
                      List<RowShape> rows) {

        long cellCount() {
            return rows.stream().mapToLong(r -> r.cells().size()).sum();
        }
    }

    long cellCount() {
        return sheets.stream().mapToLong(SheetShape::cellCount).sum();
    }

    /** Reads the shape of an .xlsx file (formulas are not expected: the report writes none). */
    static WorkbookShape read(Path file) {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return of(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkbookShape of(Workbook workbook) {
        List<StyleSpec> styles = new ArrayList<>();
        Map<StyleSpec, Integer> styleIndex = new HashMap<>();
        List<SheetShape> sheets = new ArrayList<>();
        for (Sheet sheet : workbook) {
            List<RowShape> rows = new ArrayList<>();
            int lastColumn = 0;
            for (Row row : sheet) {
                List<CellShape> cells = new ArrayList<>();
                for (Cell cell : row) {
                    CellStyle style = cell.getCellStyle();
                    StyleSpec spec = StyleSpec.of(style, workbook.getFontAt(style.getFontIndex()));
                    int index = styleIndex.computeIfAbsent(spec, s -> {
                        styles.add(s);
                        return styles.size() - 1;
                    });
                    Object value = switch (cell.getCellType()) {
                        case NUMERIC -> cell.getNumericCellValue();
                        case STRING -> cell.getStringCellValue();
                        case BLANK -> null;
                        default -> cell.toString();
                    };
                    cells.add(new CellShape(cell.getColumnIndex(), index, value));
                    lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                }
                rows.add(new RowShape(row.getRowNum(), row.isFormatted() || row.getZeroHeight() ? row.getHeight()
                        : (short) -1, cells));
            }
            Map<Integer, Integer> widths = new HashMap<>();
            for (int c = 0; c <= lastColumn; c++) {
                widths.put(c, sheet.getColumnWidth(c));
            }
            sheets.add(new SheetShape(sheet.getSheetName(), widths, List.copyOf(sheet.getMergedRegions()), rows));
        }
        return new WorkbookShape(styles, sheets);
    }

    /** Writes this shape with bare SXSSF: styles made with plain setters, cells in row order, merged regions, widths. */
    void writeSxssf(Path file) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream stream = Files.newOutputStream(file)) {
            List<CellStyle> made = new ArrayList<>();
            Map<List<Object>, Font> fonts = new HashMap<>();
            for (StyleSpec s : styles) {
                Font font = fonts.computeIfAbsent(List.of(s.fontName(), s.fontPoints(), s.bold(), s.italic(), s.underline()),
                        k -> {
                            Font f = workbook.createFont();
                            f.setFontName(s.fontName());
                            f.setFontHeightInPoints(s.fontPoints());
                            f.setBold(s.bold());
                            f.setItalic(s.italic());
                            f.setUnderline(s.underline());
                            return f;
                        });
                CellStyle style = workbook.createCellStyle();
                style.setFont(font);
                style.setAlignment(s.align());
                style.setVerticalAlignment(s.valign());
                style.setWrapText(s.wrap());
                style.setBorderTop(s.top());
                style.setBorderBottom(s.bottom());
                style.setBorderLeft(s.left());
                style.setBorderRight(s.right());
                style.setDataFormat(workbook.createDataFormat().getFormat(s.format()));
                style.setQuotePrefixed(s.quote());
                made.add(style);
            }
            for (SheetShape shape : sheets) {
                Sheet sheet = workbook.createSheet(shape.name());
                shape.columnWidths().forEach(sheet::setColumnWidth);
                for (RowShape r : shape.rows()) {
                    Row row = sheet.createRow(r.index());
                    if (r.height() >= 0) {
                        row.setHeight(r.height());
                    }
                    for (CellShape c : r.cells()) {
                        Cell cell = row.createCell(c.column());
                        cell.setCellStyle(made.get(c.style()));
                        if (c.value() instanceof Double number) {
                            cell.setCellValue(number);
                        } else if (c.value() instanceof String text) {
                            cell.setCellValue(text);
                        }
                    }
                }
                shape.merged().forEach(sheet::addMergedRegionUnsafe);
            }
            workbook.write(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
