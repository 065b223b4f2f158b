package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.storage.RegisterStore;

/** A broken workbook: every problem reported with sheet, Excel row, column label and a Vietnamese message. */
class ImportErrorsTest {

    static final String DATE_HINT = "Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 05/03/2018.";

    @TempDir
    Path dir;

    /** The standard header: every label, in the exporter's order. */
    static List<Object> labels() {
        return new ArrayList<>(Arrays.stream(ChildField.values()).map(ChildField::label).toList());
    }

    /** A row in the standard column order from (field, value) pairs. */
    static List<Object> cells(Object... fieldValuePairs) {
        Object[] cells = new Object[ChildField.values().length];
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            cells[((ChildField) fieldValuePairs[i]).ordinal()] = fieldValuePairs[i + 1];
        }
        return Arrays.asList(cells);
    }

    static List<Object> good(String code, String name, Object birth) {
        return cells(ChildField.CODE, code, ChildField.FULL_NAME, name, ChildField.BIRTH_DATE, birth,
                ChildField.SEX, "Nam", ChildField.VILLAGE, "Thôn Đông");
    }

    static ImportIssue error(int row, String column, String message) {
        return new ImportIssue("TreEm", row, column, Severity.ERROR, message);
    }

    @Test
    void everyProblemIsReportedWhereItIs() {
        Path file = TestWorkbooks.write(dir.resolve("hong.xlsx"), "TreEm", labels(), List.of(
                good("A1", "Hoàng Văn Tú", "12/12/2019"),
                good("A2", "Bùi Thị Thu", "31/02/2018"),
                cells(ChildField.CODE, "A3", ChildField.FULL_NAME, "Đỗ Văn Hải", ChildField.BIRTH_DATE, "01/01/2019",
                        ChildField.SEX, "abc", ChildField.VILLAGE, "Thôn Đông"),
                good("A4", null, "01/01/2019"),
                good("A5", "Mai Văn Tới", "01/01/2027"),
                good("A6", "Trịnh Văn Lớn", LocalDate.of(2008, 1, 1)),
                row("", "   ", null, ""),
                good("A1", "Hoàng Văn Tú", "12/12/2019"),
                cells(ChildField.CODE, "A7", ChildField.FULL_NAME, "Kim Thị Hạnh", ChildField.BIRTH_DATE, "02/02/2020",
                        ChildField.SEX, "Nữ", ChildField.VILLAGE, "Thôn Đông", ChildField.STATUS, "Đã chuyển đi"),
                cells(ChildField.CODE, "A8", ChildField.FULL_NAME, "Lý Thị Hoa", ChildField.BIRTH_DATE, "02/02/2020",
                        ChildField.SEX, "Nữ", ChildField.ETHNICITY, "Xyz", ChildField.PERSONAL_ID, "12345",
                        ChildField.ENTRY_DATE, 2018),
                cells(ChildField.CODE, "A9", ChildField.FULL_NAME, "Vàng A Sáng", ChildField.ESTIMATED_AGE, "bảy",
                        ChildField.SEX, "Nam", ChildField.VILLAGE, "Thôn Đông"),
                cells(ChildField.CODE, "A10", ChildField.FULL_NAME, "Cư Thị Nụ", ChildField.ESTIMATED_AGE, 17,
                        ChildField.SEX, "Nữ", ChildField.VILLAGE, "Thôn Đông", ChildField.ENTRY_DATE, "01/01/2025")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);

            assertEquals(List.of(
                    error(3, "Ngày sinh", "“31/02/2018” không phải ngày hợp lệ. " + DATE_HINT),
                    error(4, "Giới tính", "Giới tính “abc” không có trong danh sách. Hãy ghi một trong: Nam, Nữ, Không xác định."),
                    error(5, "Họ và tên", "Chưa nhập họ và tên."),
                    error(6, "Ngày sinh", "Ngày sinh 01/01/2027 ở trong tương lai."),
                    // No entry date: in the commune since birth, so an aged-out child is history, not an error.
                    new ImportIssue("TreEm", 7, "Ngày sinh", Severity.WARNING,
                            "Trẻ đã đủ 16 tuổi từ ngày 01/01/2024: vẫn giữ trong sổ nhưng không còn tính là trẻ em."),
                    error(9, "Mã trẻ", "Mã trẻ “A1” đã có ở dòng 2. Mỗi trẻ chỉ ghi một dòng; hãy gộp hai dòng hoặc sửa mã."),
                    error(10, "Ngày thay đổi tình trạng", "Cần ngày thay đổi tình trạng (đã chuyển đi)."),
                    error(11, "Dân tộc", "Dân tộc “Xyz” không có trong danh sách. Hãy ghi tên dân tộc (ví dụ Kinh, Tày, Mường) "
                            + "hoặc mã 01–54, “Người nước ngoài” hoặc “Không xác định”."),
                    new ImportIssue("TreEm", 11, "Số định danh cá nhân", Severity.WARNING, "Số định danh phải gồm đúng 12 chữ số."),
                    error(11, "Thôn/Tổ dân phố", "Chưa chọn thôn/tổ dân phố."),
                    error(11, "Ngày vào sổ", "Ô chứa số 2018, không phải ngày. " + DATE_HINT),
                    error(12, "Tuổi ước lượng", "“bảy” không phải số nguyên không âm (ví dụ 7)."),
                    error(13, "Tuổi ước lượng", "Trẻ sinh ngày 01/01/2008 đã đủ 16 tuổi vào ngày 01/01/2025, "
                            + "không thuộc sổ trẻ em.")),
                    report.issues());
            assertEquals("Sheet TreEm, dòng 3, cột Ngày sinh: “31/02/2018” không phải ngày hợp lệ. " + DATE_HINT,
                    report.issues().get(0).describe());
            assertTrue(report.hasErrors());
            assertFalse(report.applied());
            assertEquals(2, report.added()); // rows 2 and 7 (a warning only) are free of errors
            assertEquals(0, TestWorkbooks.childCount(store));
        }
    }

    @Test
    void missingRequiredColumnsAreReportedOnceOnTheHeader() {
        Path file = TestWorkbooks.write(dir.resolve("thieu-cot.xlsx"), "TreEm",
                row("STT", "Họ và tên", "Thôn", "ho ten"),
                List.of(row(1, "Lương Văn Sơn", "Thôn Đông", "Lương Văn Sơn")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).dryRun(file, Progress.NONE);
            assertEquals(List.of(
                    new ImportIssue("TreEm", 1, "STT", Severity.WARNING, "Cột “STT” (cột A) không có trong mẫu sổ nên được bỏ qua."),
                    error(1, "Họ và tên", "Cột “Họ và tên” có hai lần (cột B và cột D). Hãy giữ một cột."),
                    error(1, "Ngày sinh", "Thiếu cột bắt buộc “Ngày sinh” (hoặc cột “Tuổi ước lượng”)."),
                    error(1, "Giới tính", "Thiếu cột bắt buộc “Giới tính”.")),
                    report.issues());
            assertFalse(report.applied());
        }
    }

    @Test
    void aWorkbookWithoutTheSheetHasNothingToImport() {
        Path file = TestWorkbooks.write(dir.resolve("khac.xlsx"), "Sheet1", row("Họ và tên"), List.of(row("Ai đó")));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(new ImportIssue("TreEm", 0, null, Severity.WARNING,
                    "Tệp không có sheet “TreEm” (các sheet có trong tệp: Sheet1): không có trẻ nào để nhập. Hãy đổi tên sheet danh sách trẻ thành “TreEm”, hoặc, nếu đây là danh sách riêng của xã (cột khác mẫu sổ), dùng “Nhập danh sách của xã…” ở trang Trẻ em.")), report.issues());
            assertEquals("Sheet TreEm: Tệp không có sheet “TreEm” (các sheet có trong tệp: Sheet1): không có trẻ nào để nhập. Hãy đổi tên sheet danh sách trẻ thành “TreEm”, hoặc, nếu đây là danh sách riêng của xã (cột khác mẫu sổ), dùng “Nhập danh sách của xã…” ở trang Trẻ em.", report.issues().get(0).describe());
            assertEquals(0, report.added());
            assertEquals(0, TestWorkbooks.childCount(store));
        }
    }
}
