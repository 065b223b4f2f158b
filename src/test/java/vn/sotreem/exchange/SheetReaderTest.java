package vn.sotreem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.exchange.TestWorkbooks.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.ChildStatus;
import vn.sotreem.domain.Progress;
import vn.sotreem.domain.Severity;

/**
 * The shared cell helpers through a small sheet shaped like the later ones (a yes/no, a money and
 * a several-values column): a new sheet is a column list and a row parser.
 */
class SheetReaderTest {

    @TempDir
    Path dir;

    record Support(String code, LocalDate date, boolean done, Long amount, List<ChildStatus> kinds) {
    }

    static final class SupportSheet extends SheetSpec<Support> {
        SupportSheet() {
            super("TroGiup", List.of(SheetColumn.required("ma_tre", "Mã trẻ"), SheetColumn.required("ngay", "Ngày trợ giúp"),
                    SheetColumn.optional("da_ho_tro", "Đã được hỗ trợ, can thiệp"),
                    SheetColumn.optional("kinh_phi", "Kinh phí (đồng)"), SheetColumn.optional("loai", "Loại")));
        }

        @Override
        public Support parse(SheetRow row) {
            return new Support(row.text("ma_tre"), row.date("ngay"), row.yesNo("da_ho_tro", false), row.money("kinh_phi"),
                    row.codes("loai", SheetRow.listOf(ChildStatus.values()), SheetRow.oneOf(ChildStatus.values())));
        }
    }

    @Test
    void yesNoMoneyAndSeveralCodesFollowTheWorkbookRules() {
        Path file = TestWorkbooks.write(dir.resolve("trogiup.xlsx"), "Tro giup",
                row("Mã trẻ", "ngay", "Đã được hỗ trợ, can thiệp", "KINH PHI (đồng)", "loai"),
                List.of(
                        row("T1", "01/02/2025", "Có", "1.500.000", "da_mat; Đã chuyển đi"),
                        row("T2", LocalDate.of(2025, 2, 2), "x", 200000, null),
                        row("T3", "02/03/2025", "khong", "1 500 000", "dang_song;;DANG SINH SONG TAI XA"),
                        row("T4", "03/03/2025", null, "2,000", null),
                        row("T5", "04/03/2025", "có lẽ", "1,5 triệu", "da_mat;abc;xyz"),
                        row("T6", "05/03/2025", "Không", -5, null)));
        List<ImportIssue> issues = new ArrayList<>();
        SheetReader reader = new SheetReader(WorkbookFiles.open(file), Progress.NONE);
        SheetReader.Sheet<Support> sheet = reader.add(new SupportSheet());
        reader.read(issues);
        SheetReader.SheetContent<Support> content = sheet.content();
        assertTrue(content.present());
        assertEquals("Tro giup", content.sheetName());
        assertEquals(List.of(
                new Support("T1", LocalDate.of(2025, 2, 1), true, 1_500_000L, List.of(ChildStatus.DIED, ChildStatus.MOVED_AWAY)),
                new Support("T2", LocalDate.of(2025, 2, 2), true, 200_000L, List.of()),
                new Support("T3", LocalDate.of(2025, 3, 2), false, 1_500_000L, List.of(ChildStatus.LIVING_HERE)),
                new Support("T4", LocalDate.of(2025, 3, 3), false, 2_000L, List.of())),
                content.validRows().stream().map(SheetReader.ParsedRow::value).toList());
        assertFalse(content.rows().get(4).valid());
        assertEquals(List.of(
                new ImportIssue("Tro giup", 6, "Đã được hỗ trợ, can thiệp", Severity.ERROR,
                        "“có lẽ” không hợp lệ: hãy ghi Có hoặc Không."),
                new ImportIssue("Tro giup", 6, "Kinh phí (đồng)", Severity.ERROR,
                        "“1,5 triệu” không phải số tiền. Hãy ghi số đồng, ví dụ 1.500.000."),
                new ImportIssue("Tro giup", 6, "Loại", Severity.ERROR, "Loại “abc”, “xyz” không có trong danh sách. "
                        + "Hãy ghi một trong: Đang sinh sống tại xã, Đã chuyển đi, Đã mất."),
                new ImportIssue("Tro giup", 7, "Kinh phí (đồng)", Severity.ERROR,
                        "Số -5 không hợp lệ: cần số nguyên không âm.")),
                issues);
    }
}
