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
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.mapping.HeaderMatch;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/** {@code import --old-commune CODE}: the list of a pre-2025 commune merged into 00004 Phường Ba Đình. */
class ImportOldCommuneCommandLineTest {

    private static final char[] PASSWORD = "mat-khau-cua-xa".toCharArray();

    @TempDir
    Path dir;

    @Test
    void anOldCommunesListRecordsItsOriginAndAnOldCommuneElsewhereIsRefused() throws Exception {
        assertEquals(0, run(ENV, "init", "--data", dir.toString(), "--commune", "00004", "--user", "Lan",
                "--village", "Tổ 1").code());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), PASSWORD)) {
            ImportMapping mapping = HeaderMatch.propose(List.of("Họ tên", "NS", "GT", "Thôn"));
            mapping.setName("Trúc Bạch");
            store.importMappings().save(mapping, LocalDateTime.of(2026, 10, 1, 8, 0));
        }
        Path csv = dir.resolve("truc-bach.csv");
        Files.writeString(csv, "Họ tên;NS;GT;Thôn\nĐinh Thị Hạnh;05/03/2018;Nữ;Tổ 1\nĐinh Văn Tú;2016;Nam;Tổ 2\n",
                StandardCharsets.UTF_8);

        // 00001 Phường Phúc Xá went into 00097 Phường Hồng Hà, not into this register's commune
        CommandLineTest.Run elsewhere = run(ENV, "import", "--data", dir.toString(), "--mapping", "Trúc Bạch",
                "--old-commune", "00001", csv.toString());
        assertEquals(1, elsewhere.code());
        assertTrue(elsewhere.err().contains("Lỗi: Sheet truc-bach.csv: Xã cũ Phường Phúc Xá (mã 00001) nay thuộc "
                + "Phường Hồng Hà, không phải xã của sổ này (Phường Ba Đình)."), elsewhere.err());

        // 00004 Phường Trúc Bạch went wholly into 00004 Phường Ba Đình
        CommandLineTest.Run real = run(ENV, "import", "--data", dir.toString(), "--mapping", "Trúc Bạch",
                "--old-commune", "00004", csv.toString());
        assertEquals(0, real.code(), real.err());
        assertTrue(real.out().contains("Đã nhập: thêm 2 trẻ"), real.out());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), PASSWORD)) {
            assertEquals(List.of("00004", "00004"), store.allChildren().stream().map(Child::getOriginCommuneCode).toList());
        }

        // The register workbook of an old commune split in 2025: imported, with a warning naming the new communes
        Path workbook = dir.resolve("so.xlsx");
        assertEquals(0, run(ENV, "export-register", "--data", dir.toString(), "--out", workbook.toString()).code());
        CommandLineTest.Run split = run(ENV, "import", "--data", dir.toString(), "--old-commune", "00016",
                workbook.toString());
        assertEquals(0, split.code(), split.err());
        assertTrue(split.out().contains("Cảnh báo: Sheet TreEm: Xã cũ Phường Ngọc Hà (mã 00016) đã được chia cho nhiều "
                + "xã mới: Phường Ba Đình, Phường Ngọc Hà."), split.out());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), PASSWORD)) {
            assertEquals(List.of("00016", "00016"), store.allChildren().stream().map(Child::getOriginCommuneCode).toList());
        }
    }
}
