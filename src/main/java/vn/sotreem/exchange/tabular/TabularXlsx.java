package vn.sotreem.exchange.tabular;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.UserFacingException;

/**
 * An .xlsx workbook read as a stream of XML events (POI's XSSF event API) rather than loaded whole:
 * a 20 000-row sheet costs one row of memory at a time. POI already carries this reader, so no
 * extra library is needed. Cells come typed ({@link TabularCell}): numbers, dates (also in a 1904
 * workbook), booleans and error cells; formulas give their cached result, nothing is evaluated.
 * Both the officer's own lists and the register workbook are read here.
 */
public final class TabularXlsx extends TabularFile {

    /** Receives the sheets of the workbook in file order. */
    @FunctionalInterface
    public interface SheetsHandler {
        /** The handler for the rows of the sheet so named, or null to skip the sheet. */
        RowHandler sheet(String name);
    }

    /** Carries an error of the row callback through the XML parse, so that it is not taken for a damaged file. */
    private static final class HandlerFailure extends RuntimeException {
        final RuntimeException failure;

        HandlerFailure(RuntimeException failure) {
            super(null, failure, false, false);
            this.failure = failure;
        }
    }

    /** Thrown by the row callback to stop the XML parse early (a preview needs the first rows only). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * Keeps the value of the number cell just formatted by POI's handler: a date-formatted one as a
     * date, any other as a number. The formatted text itself is not used.
     */
    private static final class TypedNumbers extends DataFormatter {
        private final boolean use1904;
        TabularCell last;

        TypedNumbers(boolean use1904) {
            this.use1904 = use1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            boolean date = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value);
            last = date ? TabularCell.ofDate(value, use1904) : TabularCell.ofNumber(value);
            return last.text();
        }
    }

    /** Notes each cell's type attribute ({@code t}) on its way to POI's handler, which hides booleans and errors. */
    private static final class CellTypes extends XMLFilterImpl {
        private final TypedNumbers numbers;
        String type;

        CellTypes(TypedNumbers numbers) {
            this.numbers = numbers;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("c".equals(localName)) {
                type = attributes.getValue("t");
                numbers.last = null;
            }
            super.startElement(uri, localName, qName, attributes);
        }

        /** The cell POI's handler just gave as {@code formatted}, typed. */
        TabularCell cell(String formatted) {
            if (formatted == null) {
                return TabularCell.BLANK;
            }
            if ("b".equals(type)) {
                return TabularCell.ofText(TabularCell.yesNo(!formatted.equals("FALSE")));
            }
            if ("e".equals(type)) {
                return TabularCell.ofText(formatted.substring(formatted.indexOf(':') + 1)); // POI writes ERROR:#N/A
            }
            return numbers.last != null ? numbers.last : TabularCell.ofText(formatted);
        }
    }

    /** Reports how far the parse has read into the sheet's XML. */
    private static final class Counting extends FilterInputStream {
        private final long size;
        private final Progress progress;
        private long read;

        Counting(InputStream in, long size, Progress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && size > 0) {
                read += n;
                progress.update(Math.min(read, size), size);
            }
            return n;
        }
    }

    TabularXlsx(Path file, String name) {
        super(file, name);
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        readSheets(name -> {
            names.add(name);
            return null;
        }, Progress.NONE);
        return names;
    }

    @Override
    public void read(String sheet, RowHandler handler) {
        readSheets(name -> name.equals(sheet) ? handler : null, Progress.NONE);
    }

    /**
     * Streams every sheet the handler asks for, in one pass over the file (the shared strings are
     * read once). Progress goes by the part of each sheet read.
     */
    public void readSheets(SheetsHandler handler, Progress progress) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            try {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                // The styles part is optional: without it POI's handler passes numbers as raw text, so
                // an empty table (one General style) stands in and numbers stay numbers.
                StylesTable styles = Objects.requireNonNullElseGet(reader.getStylesTable(), StylesTable::new);
                boolean use1904 = uses1904(reader);
                XSSFReader.SheetIterator sheets = reader.getSheetIterator();
                while (sheets.hasNext()) {
                    try (InputStream in = sheets.next()) {
                        RowHandler rows = handler.sheet(sheets.getSheetName());
                        if (rows != null) {
                            parse(new Counting(in, sheets.getSheetPart().getSize(), progress), strings, styles, use1904,
                                    rows);
                        }
                    }
                }
            } finally {
                pkg.revert(); // opened read-only: never write the officer's file
            }
        } catch (UserFacingException e) {
            throw e;
        } catch (HandlerFailure e) {
            throw e.failure; // our own code failed on a row read well: not a damaged file
        } catch (Exception | LinkageError e) {
            throw WorkbookFiles.damaged(fileName(), e);
        }
    }

    /** True for a workbook in the 1904 date system (made by old Excel for Mac). */
    private static boolean uses1904(XSSFReader reader) throws Exception {
        try (InputStream in = reader.getWorkbookData()) {
            CTWorkbook workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
            return workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904();
        }
    }

    /** The 0-based column of a cell reference such as "AB12" (cheaper than parsing a CellReference per cell). */
    public static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    private static void parse(InputStream in, ReadOnlySharedStringsTable strings, StylesTable styles, boolean use1904,
                              RowHandler handler) throws Exception {
        TypedNumbers numbers = new TypedNumbers(use1904);
        CellTypes types = new CellTypes(numbers);
        List<TabularCell> cells = new ArrayList<>();
        boolean[] hasValue = new boolean[1];
        XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                cells.clear();
                hasValue[0] = false;
            }

            @Override
            public void endRow(int rowNum) {
                boolean more;
                try {
                    more = !hasValue[0] || handler.row(new TabularRow(rowNum + 1, List.copyOf(cells)));
                } catch (UserFacingException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
                if (!more) {
                    throw new Stop();
                }
            }

            @Override
            public void cell(String reference, String formattedValue, XSSFComment comment) {
                int column = reference == null ? cells.size() : column(reference);
                while (cells.size() < column) {
                    cells.add(TabularCell.BLANK);
                }
                TabularCell cell = types.cell(formattedValue);
                hasValue[0] |= !cell.isBlank();
                cells.add(cell);
            }
        };
        XMLReader parser = XMLHelper.newXMLReader();
        types.setParent(parser);
        types.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, contents, numbers, false));
        try {
            types.parse(new InputSource(in));
        } catch (Stop stop) {
            // the caller has what it needs
        }
    }
}
