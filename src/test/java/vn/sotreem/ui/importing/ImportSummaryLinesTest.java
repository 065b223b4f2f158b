package vn.sotreem.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.exchange.workbook.ImportReport;

/** The dry-run summary names what each sheet brings. */
class ImportSummaryLinesTest {

    @Test
    void everySheetsCountIsShown() {
        ImportReport report = new ImportReport(List.of(), 3, 1, List.of("Thôn Mới"), List.of(), false, 4, 5, 2, 7);
        assertEquals(List.of(
                "Trẻ mới sẽ thêm: 3",
                "Trẻ đã có sẽ cập nhật: 1",
                "Diện hoàn cảnh đặc biệt (sheet HCDB): 4; lần trợ giúp (sheet TroGiup): 5",
                "Vụ việc xâm hại thêm hoặc cập nhật (sheet XamHai): 2",
                "Tai nạn, thương tích thêm hoặc cập nhật (sheet TNTT): 7",
                "Thôn mới sẽ tạo: 1 (Thôn Mới)",
                "Có thể trùng (sẽ đưa vào danh sách cần xem lại): 0",
                "Lỗi: 0; cảnh báo: 0"), ImportSummaryDialog.summaryLines(report));
    }
}
