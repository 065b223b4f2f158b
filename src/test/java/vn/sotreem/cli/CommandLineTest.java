package vn.sotreem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

class CommandLineTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final Map<String, String> ENV = Map.of("SOTREEM_PASSWORD", "mat-khau-cua-xa");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SoTreEmCommand.run(args, env, CLOCK, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void initCreatesAnEncryptedRegisterForTheCommune() {
        Run r = run(ENV, "init", "--data", dir.toString(), "--commune", "00004", "--user", "Nguyễn Thị Lan",
                "--village", "Tổ dân phố 1", "--village", "Tổ dân phố 2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Đã tạo sổ cho Phường Ba Đình, Thành phố Hà Nội"), r.out());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), "mat-khau-cua-xa".toCharArray())) {
            assertEquals("00004", store.info().communeCode());
            assertEquals("Nguyễn Thị Lan", store.userName());
            assertEquals(List.of("Tổ dân phố 1", "Tổ dân phố 2"), store.villages().stream().map(v -> v.name()).toList());
        }
    }

    @Test
    void passwordCanComeFromAFile() throws Exception {
        Path passwordFile = dir.resolve("pw.txt");
        Files.writeString(passwordFile, "mat-khau-trong-tep\n");
        Path data = dir.resolve("data");
        Run r = run(Map.of(), "init", "--data", data.toString(), "--commune", "00004", "--user", "Lan",
                "--password-file", passwordFile.toString());
        assertEquals(0, r.code(), r.err());
        RegisterStore.open(new DataFolder(data), "mat-khau-trong-tep".toCharArray()).close();
    }

    @Test
    void missingPasswordIsExplained() {
        Run r = run(Map.of(), "init", "--data", dir.toString(), "--commune", "00004", "--user", "Lan");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Chưa có mật khẩu: đặt biến môi trường SOTREEM_PASSWORD"), r.err());
        assertFalse(new DataFolder(dir).hasRegister());
    }

    @Test
    void shortPasswordAndUnknownCommuneAreRefused() {
        Run shortPassword = run(Map.of("SOTREEM_PASSWORD", "1234567"), "init", "--data", dir.toString(),
                "--commune", "00004", "--user", "Lan");
        assertEquals(1, shortPassword.code());
        assertTrue(shortPassword.err().contains("Mật khẩu phải có ít nhất 8 ký tự."), shortPassword.err());
        Run unknown = run(ENV, "init", "--data", dir.toString(), "--commune", "99999", "--user", "Lan");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("Không có xã/phường nào mang mã 99999"), unknown.err());
        assertFalse(new DataFolder(dir).hasRegister());
    }

    @Test
    void wrongPasswordIsRefusedWithoutAStackTrace() {
        assertEquals(0, run(ENV, "init", "--data", dir.toString(), "--commune", "00004", "--user", "Lan").code());
        Run r = run(Map.of("SOTREEM_PASSWORD", "khong-dung-dau"), "export-register", "--data", dir.toString(),
                "--out", dir.resolve("x.xlsx").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("Lỗi: Mật khẩu không đúng."), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void openingAMissingRegisterSaysSo() {
        Run r = run(ENV, "import", "--data", dir.resolve("none").toString(), "--dry-run", dir.resolve("f.xlsx").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Không tìm thấy tệp"), r.err());
    }

    @Test
    void aCommandLineThatCannotBeUnderstoodIsExplainedInVietnamese() {
        Run missing = run(ENV, "init", "--data", dir.toString(), "--commune", "00004");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Lỗi: Thiếu tùy chọn bắt buộc: --user."), missing.err());
        assertTrue(missing.err().contains("so-tre-em init --help"), missing.err());

        Run notANumber = run(ENV, "bench", "--children", "hai mươi");
        assertEquals(2, notANumber.code());
        assertTrue(notANumber.err().contains("Giá trị 'hai mươi' của --children không hợp lệ (cần một số nguyên)."),
                notANumber.err());

        Run noValue = run(ENV, "bench", "--out");
        assertEquals(2, noValue.code());
        assertTrue(noValue.err().contains("Thiếu giá trị cho tùy chọn --out."), noValue.err());

        Run requiredWithoutValue = run(ENV, "report", "--data", dir.toString(), "--out", "bc.xlsx", "--period");
        assertEquals(2, requiredWithoutValue.code());
        assertTrue(requiredWithoutValue.err().contains("Thiếu giá trị cho tùy chọn --period."), requiredWithoutValue.err());

        Run unknown = run(ENV, "xuat-bao-cao");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Không hiểu tham số: xuat-bao-cao."), unknown.err());
        assertFalse(missing.err().contains("Missing") || notANumber.err().contains("Invalid")
                || unknown.err().contains("Unmatched"), "no English picocli text");
    }

    @Test
    void aBenchmarkOptionOutOfRangeIsNamedWithItsValue() {
        // Small sizes for the other options: if the check broke, the run stays short and still fails.
        String out = dir.resolve("do").toString();
        Run fewRuns = run(ENV, "bench", "--runs", "0", "--children", "10", "--kills", "0", "--out", out);
        assertEquals(2, fewRuns.code());
        assertTrue(fewRuns.err().contains("Giá trị 0 của --runs quá nhỏ: cần ít nhất 1."), fewRuns.err());
        assertTrue(fewRuns.err().contains("so-tre-em bench --help"), fewRuns.err());
        Run negativeKills = run(ENV, "bench", "--kills", "-1", "--children", "10", "--runs", "1", "--out", out);
        assertTrue(negativeKills.err().contains("Giá trị -1 của --kills quá nhỏ: cần ít nhất 0."), negativeKills.err());
        Run tinyCommune = run(ENV, "bench", "--children", "5", "--runs", "1", "--kills", "0", "--out", out);
        assertTrue(tinyCommune.err().contains("Giá trị 5 của --children quá nhỏ: cần ít nhất 10."), tinyCommune.err());
        assertFalse(Files.exists(dir.resolve("do")), "nothing generated or measured");
    }

    @Test
    void aBenchmarkFolderThatCannotBeWrittenIsRefusedBeforeMeasuring() throws Exception {
        Path aFile = Files.writeString(dir.resolve("ket-qua.txt"), "không phải thư mục");
        Run refused = run(ENV, "bench", "--out", aFile.toString(), "--children", "10", "--runs", "1", "--kills", "0");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("Không ghi được vào thư mục " + aFile + " cho kết quả đo"), refused.err());
        assertTrue(refused.err().contains("Hãy chọn thư mục khác bằng --out."), refused.err());
        assertTrue(refused.err().contains("đó là một tệp, không phải thư mục"), refused.err());
        assertFalse(refused.err().contains("Exception"), "no Java exception name in the message: " + refused.err());
        assertFalse(refused.out().contains("Tạo sổ thử nghiệm"), "nothing generated or measured");
        assertEquals("không phải thư mục", Files.readString(aFile), "the file is left as it was");
    }

    private static Path workbook(Path file, String[]... rows) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("TreEm");
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static final String[] HEADER = {"Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố"};

    @Test
    void importWithAnErrorImportsNothingAndNamesTheCell() throws Exception {
        assertEquals(0, run(ENV, "init", "--data", dir.toString(), "--commune", "00004", "--user", "Lan",
                "--village", "Tổ 1").code());
        Path bad = workbook(dir.resolve("bad.xlsx"), HEADER,
                new String[] {"Nguyễn Thị Hoà", "05/03/2018", "Nữ", "Tổ 1"},
                new String[] {"Trần Văn Đức", "31/02/2019", "Nam", "Tổ 1"},
                new String[] {"Lò Thị Mây", "01/06/2020", "nu", "Tổ 2"});
        Run r = run(ENV, "import", "--data", dir.toString(), bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Lỗi: Sheet TreEm, dòng 3, cột Ngày sinh: “31/02/2019” không phải ngày hợp lệ."), r.err());
        assertTrue(r.err().contains("1 lỗi. Không có dữ liệu nào được nhập."), r.err());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), "mat-khau-cua-xa".toCharArray())) {
            assertEquals(0, store.allChildren().size());
            assertEquals(1, store.villages().size());
        }

        Path good = workbook(dir.resolve("good.xlsx"), HEADER,
                new String[] {"Nguyễn Thị Hoà", "05/03/2018", "Nữ", "Tổ 1"},
                new String[] {"Trần Văn Đức", "28/02/2019", "Nam", "Tổ 1"},
                new String[] {"Lò Thị Mây", "01/06/2020", "nu", "Tổ 2"});
        Run dry = run(ENV, "import", "--data", dir.toString(), "--dry-run", good.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("Kiểm tra xong (chưa ghi gì): sẽ thêm 3 trẻ, cập nhật 0 trẻ, thôn mới: Tổ 2."), dry.out());
        Run real = run(ENV, "import", "--data", dir.toString(), good.toString());
        assertEquals(0, real.code(), real.err());
        assertTrue(real.out().contains("Đã nhập: thêm 3 trẻ"), real.out());

        Path exported = dir.resolve("so.xlsx");
        Run export = run(ENV, "export-register", "--data", dir.toString(), "--out", exported.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("Đã xuất 3 trẻ"), export.out());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(exported.toFile())) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("TreEm");
            assertEquals(3, sheet.getLastRowNum());
            // Vietnamese name order: Đức, Hoà, Mây.
            assertEquals("Trần Văn Đức", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Lò Thị Mây", sheet.getRow(3).getCell(1).getStringCellValue());
            // The abuse-case sheet comes with the register, with its header even when there is no case.
            assertEquals("Mã vụ việc", wb.getSheet("XamHai").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void importCountsTheInjuriesOfSheetTntt() throws Exception {
        assertEquals(0, run(ENV, "init", "--data", dir.toString(), "--commune", "00004", "--user", "Lan",
                "--village", "Tổ 1").code());
        Path file = dir.resolve("tntt.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            fill(wb.createSheet("TreEm"), new String[] {"Mã trẻ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố"},
                    new String[] {"A1", "Lò Thị Mây", "01/06/2020", "Nữ", "Tổ 1"});
            fill(wb.createSheet("TNTT"), new String[] {"Mã trẻ", "Ngày xảy ra", "Loại TNTT", "Địa điểm"},
                    new String[] {"A1", "02/03/2025", "08", "Cộng đồng"}, new String[] {"A1", "04/05/2025", "Ngã", "Tại nhà"});
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Run dry = run(ENV, "import", "--data", dir.toString(), "--dry-run", file.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("sẽ thêm 1 trẻ, cập nhật 0 trẻ, 2 tai nạn, thương tích."), dry.out());
        Run real = run(ENV, "import", "--data", dir.toString(), file.toString());
        assertEquals(0, real.code(), real.err());
        assertTrue(real.out().contains("Đã nhập: thêm 1 trẻ, cập nhật 0 trẻ, 2 tai nạn, thương tích."), real.out());
    }

    private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, String[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }

    @Test
    void backupVerifyAndRestoreFromTheCommandLine() throws Exception {
        Run init = run(ENV, "init", "--data", dir.toString(), "--commune", "00004", "--user", "Lan", "--village", "Tổ 1");
        assertTrue(init.out().matches("(?s).*Mã khôi phục .*: [A-Z0-9]{5}(-[A-Z0-9]{5}){4}\\s*"), init.out());
        Path good = workbook(dir.resolve("good.xlsx"), HEADER, new String[] {"Nguyễn Thị Hoà", "05/03/2018", "Nữ", "Tổ 1"});
        assertEquals(0, run(ENV, "import", "--data", dir.toString(), good.toString()).code());

        Path backup = dir.resolve("sao-luu.stebackup");
        Run made = run(ENV, "backup", "--data", dir.toString(), "--out", backup.toString());
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("1 trẻ em"), made.out());

        Run verified = run(Map.of(), "verify-backup", backup.toString());
        assertEquals(0, verified.code(), verified.err());
        assertTrue(verified.out().startsWith("Bản sao lưu tốt: Phường Ba Đình, tạo lúc "), verified.out());

        Path more = workbook(dir.resolve("more.xlsx"), HEADER, new String[] {"Lò Thị Mây", "01/06/2020", "Nữ", "Tổ 1"});
        assertEquals(0, run(ENV, "import", "--data", dir.toString(), more.toString()).code());

        Run wrong = run(Map.of("SOTREEM_PASSWORD", "khong-phai-mat-khau"), "restore", "--data", dir.toString(), backup.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("Mật khẩu này không mở được bản sao lưu sao-luu.stebackup"), wrong.err());

        Run restored = run(ENV, "restore", "--data", dir.toString(), backup.toString());
        assertEquals(0, restored.code(), restored.err());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), "mat-khau-cua-xa".toCharArray())) {
            assertEquals(List.of("Nguyễn Thị Hoà"), store.allChildren().stream().map(c -> c.getFullName()).toList());
        }

        Files.write(backup, new byte[] {0x50, 0x4b, 3, 4, 9, 9, 9});
        Run damaged = run(Map.of(), "verify-backup", backup.toString());
        assertEquals(1, damaged.code());
        assertTrue(damaged.err().contains("không phải bản sao lưu của Sổ Trẻ Em"), damaged.err());
    }

    @Test
    void theAuditLogIsExportedByAnAdministratorOnly() throws Exception {
        assertEquals(0, run(ENV, "init", "--data", dir.toString(), "--commune", "00004", "--user", "Lan").code());
        try (RegisterStore store = RegisterStore.open(new DataFolder(dir), "mat-khau-cua-xa".toCharArray())) {
            store.accounts().add("Người Xem", vn.sotreem.domain.access.Role.VIEWER, "mat-khau-xem-1".toCharArray());
        }
        Path file = dir.resolve("nhat-ky.xlsx");
        Run bad = run(ENV, "export-audit", "--data", dir.toString(), "--out", file.toString(), "--from", "31/02/2026");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("--from “31/02/2026” không phải ngày hợp lệ"), bad.err());
        Run viewer = run(Map.of("SOTREEM_PASSWORD", "mat-khau-xem-1"), "export-audit", "--data", dir.toString(),
                "--out", file.toString());
        assertEquals(1, viewer.code());
        assertTrue(viewer.err().contains("Chỉ người dùng quản trị được xem nhật ký hoạt động."), viewer.err());
        assertFalse(Files.exists(file));

        Run ok = run(ENV, "export-audit", "--data", dir.toString(), "--out", file.toString(), "--from", "01/11/2026");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("Đã xuất "), ok.out());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getLastRowNum() >= 3, "creation, the viewer's account, logins");
            java.util.Set<String> actions = new java.util.HashSet<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                actions.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertTrue(actions.contains("Tạo") && actions.contains("Tài khoản") && actions.contains("Đăng nhập"), actions.toString());
        }
    }

    @Test
    void helpListsTheSubCommands() {
        Run r = run(ENV, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("init"), r.out());
        assertTrue(r.out().contains("import"), r.out());
        assertTrue(r.out().contains("export-register"), r.out());
        assertTrue(r.out().contains("verify-backup"), r.out());
        Run bad = run(ENV, "frobnicate");
        assertEquals(2, bad.code());
    }
}
