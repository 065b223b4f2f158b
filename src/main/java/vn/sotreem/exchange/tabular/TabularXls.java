package vn.sotreem.exchange.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.sotreem.domain.common.UserFacingException;

/** An old .xls list, loaded whole: such files are small (Excel 97–2003 stops at 65 536 rows). */
final class TabularXls extends TabularFile {


    TabularXls(Path file, String name) {
        super(file, name);
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        withWorkbook(wb -> wb.forEach(s -> names.add(s.getSheetName())));
        return names;
    }

    @Override
    public void read(String sheetName, RowHandler handler) {
        withWorkbook(wb -> {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                return;
            }
            boolean use1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
            for (Row row : sheet) {
                List<TabularCell> cells = new ArrayList<>();
                boolean empty = true;
                for (Cell cell : row) {
                    while (cells.size() < cell.getColumnIndex()) {
                        cells.add(TabularCell.BLANK);
                    }
                    TabularCell value = typed(cell, use1904);
                    empty &= value.isBlank();
                    cells.add(value);
                }
                if (!empty && !handler.row(new TabularRow(row.getRowNum() + 1, cells))) {
                    return;
                }
            }
        });
    }

    /**
     * A cell as the streamed .xlsx reader gives it: numbers and dates typed, booleans Có/Không, error
     * cells as Excel shows them, formulas from their cached result (nothing is evaluated).
     */
    private static TabularCell typed(Cell cell, boolean use1904) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> TabularCell.ofText(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? TabularCell.ofDate(cell.getNumericCellValue(), use1904)
                    : TabularCell.ofNumber(cell.getNumericCellValue());
            case BOOLEAN -> TabularCell.ofText(TabularCell.yesNo(cell.getBooleanCellValue()));
            case ERROR -> TabularCell.ofText(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> TabularCell.BLANK;
        };
    }

    private void withWorkbook(java.util.function.Consumer<HSSFWorkbook> work) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = new HSSFWorkbook(fs)) {
            work.accept(wb);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw new UserFacingException("Không đọc được tệp “" + fileName() + "” (Excel cũ .xls): " + e.getMessage(), e);
        }
    }
}
