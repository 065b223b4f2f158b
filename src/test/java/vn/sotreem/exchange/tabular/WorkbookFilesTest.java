package vn.sotreem.exchange.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.sotreem.exchange.workbook.TestWorkbooks.row;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.exchange.workbook.RegisterWorkbookImporter;
import vn.sotreem.exchange.workbook.TestWorkbooks;

/** Files that are not a readable .xlsx give a Vietnamese message naming the file, never a stack trace. */
class WorkbookFilesTest {

    static final String DAMAGED = "”: tệp bị hỏng hoặc không phải tệp Excel (.xlsx). "
            + "Hãy mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại.";

    @TempDir
    Path dir;

    private String importMessage(Path file) {
        try (RegisterStore store = TestWorkbooks.newRegister(dir.resolve("db-" + file.getFileName()), "Thôn Đông")) {
            RegisterWorkbookImporter importer = new RegisterWorkbookImporter(store, TestWorkbooks.TODAY);
            String dry = assertThrows(UserFacingException.class, () -> importer.dryRun(file, Progress.NONE)).getMessage();
            String real = assertThrows(UserFacingException.class, () -> importer.importAll(file, Progress.NONE)).getMessage();
            assertEquals(dry, real);
            assertEquals(0, TestWorkbooks.childCount(store));
            return real;
        }
    }

    @Test
    void randomBytesNamedXlsx() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        Path file = Files.write(dir.resolve("Danh sách trẻ.xlsx"), bytes);
        assertEquals("Không đọc được tệp “Danh sách trẻ.xlsx" + DAMAGED, importMessage(file));
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aZipThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("nen.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write("không phải Excel".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("Không đọc được tệp “nen.xlsx" + DAMAGED, importMessage(file));
    }

    @Test
    void aTruncatedWorkbook() throws Exception {
        Path good = TestWorkbooks.write(dir.resolve("tot.xlsx"), "TreEm", row("Họ và tên"), List.of(row("Ai đó")));
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals("Không đọc được tệp “cut.xlsx" + DAMAGED, importMessage(file));
    }

    @Test
    void aMissingFile() {
        Path file = dir.resolve("khong-co.xlsx");
        assertEquals("Không tìm thấy tệp “khong-co.xlsx” (" + file.toAbsolutePath() + ").", importMessage(file));
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path plain = TestWorkbooks.write(dir.resolve("plain.xlsx"), "TreEm", row("Họ và tên"), List.of(row("Ai đó")));
        Path file = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("bi-mat");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("Tệp “mat-khau.xlsx” được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu "
                + "(Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại rồi nhập lại.", importMessage(file));
    }

    @Test
    void anOldXlsWorkbook() throws Exception {
        Path file = dir.resolve("cu.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("TreEm").createRow(0).createCell(0).setCellValue("Họ và tên");
            workbook.write(out);
        }
        assertEquals("Tệp “cu.xls” là định dạng Excel cũ (.xls). Hãy mở bằng Excel, chọn Lưu thành → "
                + "Sổ làm việc Excel (.xlsx), rồi nhập tệp mới.", importMessage(file));
    }
}
