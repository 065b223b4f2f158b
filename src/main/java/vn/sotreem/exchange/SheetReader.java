package vn.sotreem.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.sotreem.domain.Progress;
import vn.sotreem.domain.Severity;
import vn.sotreem.domain.VietnameseText;

/**
 * Reads one sheet of the register workbook with its {@link SheetSpec}: finds the sheet by folded
 * name, resolves the header, skips empty rows, parses the others and collects every issue in
 * row order. The same loop serves every sheet, so later sheets only add a spec.
 */
final class SheetReader {

    /** One parsed data row: its Excel number, the value and whether it is free of errors. */
    record ParsedRow<T>(int number, T value, boolean valid) {
    }

    /**
     * A sheet's rows; {@code present} is false when the workbook has no such sheet. {@code sheetName}
     * is the tab name as the officer sees it (e.g. "Trẻ em"), used in every message.
     */
    record SheetContent<T>(boolean present, String sheetName, List<ParsedRow<T>> rows, List<String> sheetsInFile) {

        List<ParsedRow<T>> validRows() {
            return rows.stream().filter(ParsedRow::valid).toList();
        }
    }

    private SheetReader() {
    }

    /** The sheet whose name folds to the spec's name (TreEm, "Tre em", "TRẺ EM" …), if any. */
    static Optional<Sheet> find(Workbook workbook, String name) {
        String wanted = VietnameseText.foldKey(name);
        for (Sheet sheet : workbook) {
            if (VietnameseText.foldKey(sheet.getSheetName()).equals(wanted)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the sheet; issues go to {@code issues}. Reports progress by rows and stops with
     * {@link Progress.CancelledException} when cancelled. A header with errors still lets the rows
     * be checked, so the officer sees every problem in one pass.
     */
    static <T> SheetContent<T> read(Workbook workbook, SheetSpec<T> spec, List<ImportIssue> issues, Progress progress) {
        Optional<Sheet> found = find(workbook, spec.name());
        List<String> sheetsInFile = new ArrayList<>();
        workbook.forEach(sheet -> sheetsInFile.add(sheet.getSheetName()));
        if (found.isEmpty()) {
            return new SheetContent<>(false, spec.name(), List.of(), sheetsInFile);
        }
        Sheet sheet = found.get();
        String sheetName = sheet.getSheetName();
        SheetHeader header = SheetHeader.read(sheetName, sheet.getRow(0),
                spec.columns(), issues);
        List<ParsedRow<T>> rows = new ArrayList<>();
        int last = sheet.getLastRowNum();
        for (int r = 1; r <= last; r++) {
            progress.checkCancelled();
            progress.update(r, last);
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            SheetRow sheetRow = new SheetRow(sheetName, row, header);
            if (sheetRow.isEmpty()) {
                continue;
            }
            T value = spec.parse(sheetRow);
            issues.addAll(sheetRow.issues());
            rows.add(new ParsedRow<>(sheetRow.number(), value, !sheetRow.hasErrors()));
        }
        return new SheetContent<>(true, sheetName, rows, sheetsInFile);
    }

    /** The warning for an absent optional sheet, naming the sheets the file does have. */
    static ImportIssue absent(SheetContent<?> content, String consequence) {
        String name = content.sheetName();
        return new ImportIssue(name, 0, null, Severity.WARNING, "Tệp không có sheet “" + name + "” (các sheet có trong tệp: "
                + String.join(", ", content.sheetsInFile()) + "): " + consequence
                + " Hãy đổi tên sheet danh sách trẻ thành “" + name + "”, hoặc, nếu đây là danh sách riêng của xã (cột khác "
                + "mẫu sổ), dùng “Nhập danh sách của xã…” ở trang Trẻ em.");
    }
}
