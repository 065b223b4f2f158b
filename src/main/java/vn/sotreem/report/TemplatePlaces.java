package vn.sotreem.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;

/** Where placeholders may stand in a province's template: text cells and the parts of page headers and footers. */
final class TemplatePlaces {

    private TemplatePlaces() {
    }

    /** A text of the workbook that may hold placeholders: a text cell, or a part of a page header or footer. */
    sealed interface Place permits CellPlace, PagePlace {
        String location();

        String text();
    }

    record CellPlace(String location, XSSFCell cell) implements Place {
        @Override
        public String text() {
            return cell.getRichStringCellValue().getString();
        }
    }

    /** @param part 0 left, 1 centre, 2 right */
    record PagePlace(String location, HeaderFooter headerFooter, int part) implements Place {
        @Override
        public String text() {
            String text = switch (part) {
                case 0 -> headerFooter.getLeft();
                case 1 -> headerFooter.getCenter();
                default -> headerFooter.getRight();
            };
            return text == null ? "" : text;
        }

        void set(String text) {
            switch (part) {
                case 0 -> headerFooter.setLeft(text);
                case 1 -> headerFooter.setCenter(text);
                default -> headerFooter.setRight(text);
            }
        }
    }

    private static final String[] PARTS = {"trái", "giữa", "phải"};

    /**
     * Every text cell and header or footer part holding braces, sheet by sheet. Formula cells are left
     * alone: a province's SUM stays a SUM.
     */
    static List<Place> in(XSSFWorkbook wb) {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && hasBraces(cell.getStringCellValue())) {
                        String address = new CellReference(sheet.getSheetName(), cell.getRowIndex(),
                                cell.getColumnIndex(), false, false).formatAsString();
                        places.add(new CellPlace("ô " + address, (XSSFCell) cell));
                    }
                }
            }
            // Asking POI for a header of a sheet without one adds an empty one, and asking for the even or
            // first page's turns on "different even/first page": look at what the sheet uses first.
            if (sheet.getCTWorksheet().isSetHeaderFooter()) {
                CTHeaderFooter used = sheet.getCTWorksheet().getHeaderFooter();
                String name = sheet.getSheetName();
                page(places, sheet.getOddHeader(), "đầu trang", name);
                page(places, sheet.getOddFooter(), "chân trang", name);
                if (used.getDifferentOddEven()) {
                    page(places, sheet.getEvenHeader(), "đầu trang chẵn", name);
                    page(places, sheet.getEvenFooter(), "chân trang chẵn", name);
                }
                if (used.getDifferentFirst()) {
                    page(places, sheet.getFirstHeader(), "đầu trang thứ nhất", name);
                    page(places, sheet.getFirstFooter(), "chân trang thứ nhất", name);
                }
            }
        }
        return places;
    }

    private static void page(List<Place> places, HeaderFooter headerFooter, String what, String sheetName) {
        for (int part = 0; part < PARTS.length; part++) {
            PagePlace place = new PagePlace(what + " (" + PARTS[part] + ") của trang tính " + sheetName, headerFooter, part);
            if (hasBraces(place.text())) {
                places.add(place);
            }
        }
    }

    private static boolean hasBraces(String text) {
        return text != null && (text.contains(TemplateSyntax.OPEN) || text.contains(TemplateSyntax.CLOSE));
    }
}
