package vn.sotreem.exchange.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.storage.RegisterTransaction;

/** Builds real .xlsx files and real registers for the exchange tests (no mocks). */
public final class TestWorkbooks {

    static final char[] PASSWORD = "mat-khau-dai-1".toCharArray();
    static final RegisterInfo INFO = new RegisterInfo("00004", "Phường Ba Đình", "01", "Thành phố Hà Nội", "Nguyễn Thị Lan");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    /** The header of sheet XamHai with the design's keys, in the exporter's order. */
    static final List<Object> XAM_HAI_HEADER = Arrays.asList("ma_vu", "ma_tre", "ngay_xay_ra", "ngay_tiep_nhan", "gio_tiep_nhan",
            "hinh_thuc", "moi_truong", "quan_he", "da_ho_tro", "xu_ly", "tien_phat", "ghi_chu");

    private TestWorkbooks() {
    }

    /** Sheet XamHai: the header with the design's keys, then {@code rows} (cells in the order of {@link #XAM_HAI_HEADER}). */
    static List<List<Object>> xamHai(List<List<Object>> rows) {
        List<List<Object>> all = new java.util.ArrayList<>();
        all.add(XAM_HAI_HEADER);
        all.addAll(rows);
        return all;
    }

    public static RegisterStore newRegister(Path dir, String... villages) {
        return RegisterStore.create(new DataFolder(dir), INFO, PASSWORD, List.of(villages));
    }

    /** Children in the register's database, counted there. */
    public static int childCount(RegisterStore store) {
        return store.read(RegisterTransaction::childCount);
    }

    /**
     * One row of cells: null = no cell, String = text cell, LocalDate = date cell (dd/mm/yyyy),
     * LocalTime = time cell (hh:mm), Number = numeric cell.
     */
    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** Writes a workbook with one sheet: the header then the rows. */
    public static Path write(Path file, String sheetName, List<Object> header, List<List<Object>> rows) {
        List<List<Object>> all = new java.util.ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return writeSheets(file, java.util.Map.of(sheetName, all));
    }

    /** Writes a workbook with several sheets, each given as its rows (the first row is the header). */
    public static Path writeSheets(Path file, java.util.Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
            for (var entry : new java.util.TreeMap<>(sheets).descendingMap().entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                for (int r = 0; r < entry.getValue().size(); r++) {
                    fill(sheet.createRow(r), entry.getValue().get(r), dateStyle, timeStyle);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, List<Object> values, CellStyle dateStyle, CellStyle timeStyle) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof LocalTime time) {
                cell.setCellValue(time.toSecondOfDay() / 86_400.0); // Excel keeps a time as a fraction of a day
                cell.setCellStyle(timeStyle);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                throw new IllegalArgumentException("Unsupported cell value " + value);
            }
        }
    }
}
