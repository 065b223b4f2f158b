package vn.sotreem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.sotreem.report.ReportSheetStyles.Style;

/** The grid of a human sheet: merged blocks are checked by the sheet itself (POI's own check is skipped). */
class ReportSheetTest {

    @Test
    void mergedBlocksThatOverlapAreRefusedAndOthersAreKept() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1)) {
            ReportSheet sheet = new ReportSheet(workbook, new ReportSheetStyles(workbook), "Thu", new double[] {5, 20, 10},
                    1, ReportSheet.Paper.PORTRAIT, new ArrayList<>());
            int row = sheet.newRow();
            sheet.text(row, 0, 1, "Hai ô", Style.TEXT);
            sheet.text(row, 2, 2, "Một ô", Style.TEXT);
            int next = sheet.newRow();
            sheet.block(next, next + 1, 1, 2, "Khối dưới", Style.TEXT);

            IllegalStateException overlap = assertThrows(IllegalStateException.class,
                    () -> sheet.text(row, 1, 2, "Chồng lên", Style.TEXT));
            assertTrue(overlap.getMessage().contains("B1"), overlap.getMessage());
            assertThrows(IllegalStateException.class, () -> sheet.block(next + 1, next + 2, 0, 1, "Chồng", Style.TEXT));
            assertThrows(IllegalArgumentException.class, () -> sheet.text(next + 3, 2, 3, "Ngoài bảng", Style.TEXT));

            assertEquals(java.util.List.of(new CellRangeAddress(row, row, 0, 1), new CellRangeAddress(next, next + 1, 1, 2)),
                    workbook.getSheet("Thu").getMergedRegions());
            workbook.dispose();
        }
    }
}
