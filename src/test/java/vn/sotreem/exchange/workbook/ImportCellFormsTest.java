package vn.sotreem.exchange.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.storage.RegisterStore;

/** The many ways an officer's own workbook writes the same thing, all read the same. */
class ImportCellFormsTest {

    @TempDir
    Path dir;

    private static List<String> rendered(RegisterStore store) {
        return RegisterWorkbookRoundTripTest.byCode(store).stream().map(RegisterWorkbookRoundTripTest::render).toList();
    }

    @Test
    void labelsOrKeysInAnyOrderCodesOrLabelsTextOrRealDatesAndNumericIds() {
        Path file = TestWorkbooks.write(dir.resolve("danh-sach.xlsx"), "Trẻ em",
                row("STT", "Giới tính", "ho_ten", "NGÀY SINH", "Thôn / Tổ dân phố", "so dinh danh", "Mã Trẻ", "tinh-trang",
                        "Ngày thay đổi tình trạng", "DÂN TỘC", "tuoi uoc luong", "ngay_nhap", "Điện thoại liên hệ"),
                List.of(
                        row(1, "nu", "Đinh  Thị Lan", "5/3/2018", "Thôn Đông", 1318000123L, "M1", null,
                                null, "Kinh", null, null, 912345678),
                        row(2, "Nữ", "Hà Thị Mai", LocalDate.of(2017, 12, 31), "thôn đông", "001317000456", "M2", "Đã chuyển đi",
                                "01/02/2025", "01", null, LocalDate.of(2018, 1, 1), null),
                        row(3, "NỮ", "Sầm Thị Ngọc", null, "Bản Mới", null, "M3", "chuyen_di",
                                LocalDate.of(2025, 5, 6), 3, 6, "1/9/2024", null),
                        row(4, "nam", "Lê Văn Bình", "05-03-2018", "Bản Mới", null, null, "ĐANG SINH SỐNG TẠI XÃ",
                                null, "Tay", "  ", null, null),
                        row(5)));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);

            assertEquals(List.of(
                    new ImportIssue("Trẻ em", 1, "STT", Severity.WARNING,
                            "Cột “STT” (cột A) không có trong mẫu sổ nên được bỏ qua."),
                    new ImportIssue("Trẻ em", 2, "Số định danh cá nhân", Severity.WARNING,
                            "Ô được nhập dạng số nên Excel đã bỏ số 0 ở đầu (1318000123); đã đọc thành 001318000123. "
                                    + "Hãy kiểm tra lại và định dạng cột này là Văn bản (Text)."),
                    new ImportIssue("Trẻ em", 2, "Điện thoại liên hệ", Severity.WARNING,
                            "Ô được nhập dạng số nên Excel đã bỏ số 0 ở đầu (912345678); đã đọc thành 0912345678. "
                                    + "Hãy kiểm tra lại và định dạng cột này là Văn bản (Text).")),
                    report.issues());
            assertTrue(report.applied());
            assertEquals(4, report.added());
            assertEquals(List.of("Bản Mới"), report.newVillages());
            assertEquals(List.of(), report.duplicates());
            assertEquals(List.of(
                            "M1|Đinh Thị Lan|2018-03-05|false|Nữ|01|001318000123|Thôn Đông|null|null|null|null|0912345678"
                                    + "|Đang sinh sống tại xã|null|null|null",
                            "M2|Hà Thị Mai|2017-12-31|false|Nữ|01|001317000456|Thôn Đông|null|null|null|null|null"
                                    + "|Đã chuyển đi|2025-02-01|2018-01-01|null",
                            // 6 years old on 01/09/2024 → born 01/09/2018, estimated; a numeric 3 is ethnic code 03.
                            "M3|Sầm Thị Ngọc|2018-09-01|true|Nữ|03|null|Bản Mới|null|null|null|null|null"
                                    + "|Đã chuyển đi|2025-05-06|2024-09-01|null",
                            "TE000001|Lê Văn Bình|2018-03-05|false|Nam|02|null|Bản Mới|null|null|null|null|null"
                                    + "|Đang sinh sống tại xã|null|null|null"),
                    rendered(store));
            assertEquals(List.of("Thôn Đông", "Bản Mới"), store.villages().stream().map(v -> v.name()).toList());
        }
    }

    @Test
    void keysAsHeadersInReverseOrderWithCodesInCells() {
        List<Object> header = new ArrayList<>(Arrays.stream(ChildField.values()).map(ChildField::key).toList());
        List<Object> cells = new ArrayList<>(List.of("K1", "Ma Thị Én", "20/11/2016", "", "nu", "05", "", "Thôn Đông",
                "can_ngheo", "Ma Văn Cường", "Nông Thị Dịu", "", "0987 654 321", "da_mat", "03/03/2023", "", "Ghi chú"));
        Collections.reverse(header);
        Collections.reverse(cells);
        Path file = TestWorkbooks.write(dir.resolve("keys.xlsx"), "TreEm", header, List.of(cells));
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db"), "Thôn Đông")) {
            ImportReport report = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY).importAll(file, Progress.NONE);
            assertEquals(List.of(), report.issues());
            assertEquals(List.of("K1|Ma Thị Én|2016-11-20|false|Nữ|05|null|Thôn Đông|Hộ cận nghèo|Ma Văn Cường"
                    + "|Nông Thị Dịu|null|0987 654 321|Đã mất|2023-03-03|null|Ghi chú"), rendered(store));
        }
    }
}
