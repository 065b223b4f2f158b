package vn.sotreem.exchange;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.sotreem.domain.DateText;
import vn.sotreem.domain.UserFacingException;

/**
 * An .xlsx list read as a stream of XML events (POI's XSSF event API) rather than loaded whole:
 * a 20 000-row sheet costs one row of memory at a time. POI already carries this reader, so no
 * extra library is needed. Cached formula results are read; nothing is evaluated.
 */
final class TabularXlsx extends TabularFile {

    /** Thrown by the row callback to stop the XML parse early (a preview needs the first rows only). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * Formats number cells the register's way and remembers what the last one was: a date cell
     * becomes dd/MM/yyyy, any other number plain digits.
     */
    private static final class KindFormatter extends DataFormatter {
        TabularCell.Kind last;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                last = TabularCell.Kind.DATE;
                return DateText.format(DateUtil.getLocalDateTime(value, use1904).toLocalDate());
            }
            last = TabularCell.Kind.NUMBER;
            return CellValues.plainNumber(value);
        }
    }


    TabularXlsx(Path file, String name) {
        super(file, name);
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        withSheets((sheetName, in) -> {
            names.add(sheetName);
            return true;
        });
        return names;
    }

    @Override
    public void read(String sheet, RowHandler handler) {
        withSheets((sheetName, in) -> {
            if (!sheetName.equals(sheet)) {
                return true;
            }
            parse(in, handler);
            return false;
        });
    }

    private interface SheetVisitor {
        boolean visit(String sheetName, InputStream in) throws Exception;
    }

    private ReadOnlySharedStringsTable strings;
    private org.apache.poi.xssf.model.StylesTable styles;

    private void withSheets(SheetVisitor visitor) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            try {
                XSSFReader reader = new XSSFReader(pkg);
                strings = new ReadOnlySharedStringsTable(pkg);
                styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream in = sheets.next()) {
                        if (!visitor.visit(sheets.getSheetName(), in)) {
                            break;
                        }
                    }
                }
            } finally {
                pkg.revert(); // opened read-only: never write the officer's file
            }
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new UserFacingException("Không đọc được tệp “" + fileName() + "”: tệp bị hỏng hoặc không phải tệp Excel "
                    + "(.xlsx). Hãy mở thử bằng Excel, lưu lại rồi nhập lại.", e);
        }
    }

    private void parse(InputStream in, RowHandler handler) throws Exception {
        KindFormatter formatter = new KindFormatter();
        List<TabularCell> cells = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                cells.clear();
            }

            @Override
            public void endRow(int rowNum) {
                if (cells.stream().anyMatch(c -> !c.isBlank()) && !handler.row(new TabularRow(rowNum + 1, List.copyOf(cells)))) {
                    throw new Stop();
                }
            }

            @Override
            public void cell(String reference, String formattedValue, XSSFComment comment) {
                int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                while (cells.size() < column) {
                    cells.add(TabularCell.BLANK);
                }
                TabularCell.Kind kind = formatter.last == null ? TabularCell.Kind.TEXT : formatter.last;
                formatter.last = null;
                cells.add(TabularCell.of(formattedValue, kind));
            }
        };
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, contents, formatter, false));
        try {
            parser.parse(new InputSource(in));
        } catch (Stop stop) {
            // the caller has what it needs
        }
    }
}
