package vn.sotreem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotreem.cli.CommandLineTest.ENV;
import static vn.sotreem.cli.CommandLineTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.mapping.HeaderMatch;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/** {@code import --mapping NAME}: next month's list read with the mapping saved last month. */
class ImportMappingCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void importWithASavedMappingDryRunThenRealAndUnknownNamesAreListed() throws Exception {
        assertEquals(0, run(ENV, "init", "--data", dir.toString(), "--commune", "00004", "--user", "Lan",
                "--village", "Xóm 1").code());
        java.nio.file.Path early = java.nio.file.Files.writeString(dir.resolve("som.csv"), "Họ tên;GT\nLò Văn A;1\n");
        CommandLineTest.Run none = run(ENV, "import", "--data", dir.toString(), "--mapping", "Trạm y tế", early.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("Sổ chưa lưu cách ghép cột nào. Cách ghép cột được tạo và lưu trong cửa sổ"), none.err());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), "mat-khau-cua-xa".toCharArray())) {
            ImportMapping mapping = HeaderMatch.propose(List.of("TT", "Họ tên", "NS", "GT", "Xóm"));
            mapping.setName("Trạm y tế");
            mapping.mapValue("gioi_tinh", "1", "nam");
            mapping.mapValue("gioi_tinh", "0", "nu");
            store.importMappings().save(mapping, LocalDateTime.of(2026, 10, 1, 8, 0));
        }
        // Next month the columns moved and the file is a CSV.
        Path csv = dir.resolve("thang-11.csv");
        Files.writeString(csv, "Xóm;TT;Họ tên;NS;GT\nXóm 1;1;Đinh Thị Hạnh;05/03/2018;0\nXóm 2;2;Đinh Văn Tú;2016;1\n",
                StandardCharsets.UTF_8);

        CommandLineTest.Run unknown = run(ENV, "import", "--data", dir.toString(), "--mapping", "Khác", csv.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("Không có cách ghép cột “Khác”. Các cách ghép cột đã lưu: Trạm y tế."), unknown.err());

        CommandLineTest.Run dry = run(ENV, "import", "--data", dir.toString(), "--mapping", "Trạm y tế", "--dry-run",
                csv.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("Kiểm tra xong (chưa ghi gì): sẽ thêm 2 trẻ, cập nhật 0 trẻ, thôn mới: Xóm 2."),
                dry.out());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), "mat-khau-cua-xa".toCharArray())) {
            assertEquals(0, store.allChildren().size());
        }

        CommandLineTest.Run real = run(ENV, "import", "--data", dir.toString(), "--mapping", "Trạm y tế", csv.toString());
        assertEquals(0, real.code(), real.err());
        assertTrue(real.out().contains("Đã nhập: thêm 2 trẻ"), real.out());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), "mat-khau-cua-xa".toCharArray())) {
            assertEquals(List.of("Đinh Thị Hạnh", "Đinh Văn Tú"),
                    store.allChildren().stream().map(c -> c.getFullName()).sorted().toList());
        }

        Files.writeString(csv, "Xóm;TT;Họ tên;NS;GT\nXóm 1;1;Đinh Thị Mơ;32/03/2018;0\n", StandardCharsets.UTF_8);
        CommandLineTest.Run bad = run(ENV, "import", "--data", dir.toString(), "--mapping", "Trạm y tế", csv.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("Lỗi: Sheet thang-11.csv, dòng 2, cột NS (cột D): “32/03/2018” không phải ngày hợp lệ."),
                bad.err());
    }
}
