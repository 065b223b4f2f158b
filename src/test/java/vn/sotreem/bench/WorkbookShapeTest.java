package vn.sotreem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report baseline writes the same cells with the same looks as the file it was read from. */
class WorkbookShapeTest {

    @TempDir
    Path dir;

    @Test
    void bareCopyHasTheSameCellsLooksMergesAndWidths() throws IOException {
        Path ours = dir.resolve("ours.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(ours)) {
            Font bold = workbook.createFont();
            bold.setFontName("Times New Roman");
            bold.setFontHeightInPoints((short) 13);
            bold.setBold(true);
            CellStyle title = workbook.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle number = workbook.createCellStyle();
            number.setBorderTop(BorderStyle.THIN);
            number.setBorderLeft(BorderStyle.THIN);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Sheet summary = workbook.createSheet("TongHop");
            Row head = summary.createRow(0);
            head.createCell(0).setCellValue("BÁO CÁO");
            head.getCell(0).setCellStyle(title);
            head.createCell(1).setCellStyle(title); // blank, part of the merge
            summary.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            summary.setColumnWidth(0, 40 * 256);
            Row values = summary.createRow(3);
            values.createCell(0).setCellValue("Số trẻ");
            values.createCell(1).setCellValue(1234);
            values.getCell(1).setCellStyle(number);
            Sheet data = workbook.createSheet("DuLieu");
            data.createRow(0).createCell(2).setCellValue("=+84 thôn");
            workbook.write(out);
        }
        WorkbookShape shape = WorkbookShape.read(ours);
        assertEquals(5, shape.cellCount());

        Path bare = dir.resolve("bare.xlsx");
        shape.writeSxssf(bare);
        WorkbookShape copy = WorkbookShape.read(bare);

        assertEquals(shape.cellCount(), copy.cellCount());
        assertEquals(shape.sheets().size(), copy.sheets().size());
        for (int s = 0; s < shape.sheets().size(); s++) {
            WorkbookShape.SheetShape a = shape.sheets().get(s);
            WorkbookShape.SheetShape b = copy.sheets().get(s);
            assertEquals(a.name(), b.name());
            assertEquals(a.merged(), b.merged());
            assertEquals(a.columnWidths(), b.columnWidths());
            assertEquals(a.rows().size(), b.rows().size());
            for (int r = 0; r < a.rows().size(); r++) {
                WorkbookShape.RowShape ra = a.rows().get(r);
                WorkbookShape.RowShape rb = b.rows().get(r);
                assertEquals(ra.index(), rb.index());
                assertEquals(ra.cells().size(), rb.cells().size());
                for (int c = 0; c < ra.cells().size(); c++) {
                    WorkbookShape.CellShape ca = ra.cells().get(c);
                    WorkbookShape.CellShape cb = rb.cells().get(c);
                    assertEquals(ca.column(), cb.column());
                    assertEquals(ca.value(), cb.value());
                    assertEquals(shape.styles().get(ca.style()), copy.styles().get(cb.style()));
                }
            }
        }
        WorkbookShape.StyleSpec numberLook = shape.styles().get(shape.sheets().get(0).rows().get(1).cells().get(1).style());
        assertEquals("#,##0", numberLook.format());
        assertEquals(BorderStyle.THIN, numberLook.top());
    }
}
