package vn.sotreem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's baseline reads every non-empty cell of every sheet, whatever its type. */
class BareStreamingReadTest {

    @Test
    void countsEveryNonEmptyCellOfEverySheet(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("so.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/MM/yyyy"));
            Sheet children = workbook.createSheet("TreEm");
            Row header = children.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Ngày sinh");
            Row row = children.createRow(1);
            row.createCell(0).setCellValue("Nguyễn Thị Lan");
            row.createCell(1).setCellValue(LocalDate.of(2018, 3, 2));
            row.getCell(1).setCellStyle(date);
            row.createCell(2); // blank: not counted
            Sheet injuries = workbook.createSheet("TNTT");
            injuries.createRow(4).createCell(3).setCellValue(2.5);
            injuries.getRow(4).createCell(4).setCellValue(true);
            workbook.write(out);
        }
        assertEquals(6, Benchmark.readBareStreaming(file));
    }
}
