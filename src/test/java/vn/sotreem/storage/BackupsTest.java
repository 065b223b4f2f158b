package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.UserFacingException;

class BackupsTest {

    static final String SECRET_NAME = "Riengtuxyz";

    @TempDir
    Path dir;

    private RegisterStore registerWithChildren(DataFolder folder) {
        RegisterStore store = RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"));
        store.saveChild(RegisterStoreTest.child("Lò Thị " + SECRET_NAME, LocalDate.of(2018, 1, 2), "Thôn 1"));
        store.saveChild(RegisterStoreTest.child("Vàng A Páo", LocalDate.of(2017, 5, 6), "Thôn 1"));
        return store;
    }

    @Test
    void aBackupIsOneVerifiedFileWithCountsAndNoPlainText() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Path out = dir.resolve("sao-luu.stebackup");
        try (RegisterStore store = registerWithChildren(folder)) {
            BackupInfo info = Backups.create(store, out, Backups.MANUAL, Progress.NONE);
            assertEquals(Map.of("tre_em", 2, "thon", 1, "tai_khoan", 1), Map.of("tre_em", info.counts().get("tre_em"),
                    "thon", info.counts().get("thon"), "tai_khoan", info.counts().get("tai_khoan")));
            assertEquals("00004", info.communeCode());
            assertEquals(RegisterStore.LATEST_SCHEMA_VERSION, info.schemaVersion());
            assertEquals(Backups.MANUAL, info.reason());
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.BACKUP, null, null, null), 10).size());
        }
        assertEquals(2, Backups.verify(out).counts().get("tre_em"));
        assertNoPlainName(Files.readAllBytes(out));
        try (ZipFile zip = new ZipFile(out.toFile()); InputStream db = zip.getInputStream(zip.getEntry("register.mv.db"))) {
            byte[] database = db.readAllBytes();
            assertTrue(database.length > 4096);
            assertNoPlainName(database);
        }
        assertNoPlainName(Files.readAllBytes(folder.databaseFile()));
        assertFalse(Files.exists(dir.resolve("sao-luu.stebackup.tmp")));
    }

    static void assertNoPlainName(byte[] bytes) {
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains(SECRET_NAME), "a child's name in plain text");
        assertFalse(new String(bytes, StandardCharsets.UTF_16BE).contains(SECRET_NAME));
        assertFalse(new String(bytes, StandardCharsets.UTF_16LE).contains(SECRET_NAME));
    }

    @Test
    void restoreBringsBackTheBackedUpStateAndKeepsTheCurrentFilesAside() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Path backup = dir.resolve("b.stebackup");
        try (RegisterStore store = registerWithChildren(folder)) {
            Backups.create(store, backup, Backups.MANUAL, Progress.NONE);
            store.saveChild(RegisterStoreTest.child("Trẻ Thêm Sau", LocalDate.of(2019, 1, 1), "Thôn 1"));
            store.accounts().changePassword("Nguyễn Thị Lan", "mat-khau-doi-sau".toCharArray());
        }
        byte[] currentBytes = Files.readAllBytes(folder.databaseFile());
        Backups.restore(folder, backup, AccountsTest.ADMIN_PW, Progress.NONE);
        try (RegisterStore store = RegisterStore.open(folder, AccountsTest.ADMIN_PW)) {
            assertEquals(List.of("Lò Thị " + SECRET_NAME, "Vàng A Páo"), store.allChildren().stream().map(c -> c.getFullName()).toList());
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.RESTORE, null, null, null), 10).size());
        }
        Path aside;
        try (var files = Files.list(folder.path().resolve("backups"))) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("truoc-khoi-phuc-")).findFirst().orElseThrow();
        }
        assertArrayEquals(currentBytes, Files.readAllBytes(aside.resolve("register.mv.db")), "current state kept aside");
    }

    @Test
    void restoreNeedsAPasswordThatOpensTheBackupAndChangesNothingOtherwise() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Path backup = dir.resolve("b.stebackup");
        try (RegisterStore store = registerWithChildren(folder)) {
            Backups.create(store, backup, Backups.MANUAL, Progress.NONE);
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> Backups.restore(folder, backup, "khong-dung-dau".toCharArray(), Progress.NONE));
        assertTrue(e.getMessage().startsWith("Mật khẩu này không mở được bản sao lưu b.stebackup."), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(folder.databaseFile()));
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Path backup = dir.resolve("b.stebackup");
        try (RegisterStore store = registerWithChildren(folder)) {
            Backups.create(store, backup, Backups.MANUAL, Progress.NONE);
        }
        // Flip bytes in the middle of the stored database (the last and largest entry).
        long size = Files.size(backup);
        try (RandomAccessFile file = new RandomAccessFile(backup.toFile(), "rw")) {
            file.seek(size / 2);
            int b = file.read();
            file.seek(size / 2);
            file.write(b ^ 0xFF);
        }
        UserFacingException e = assertThrows(UserFacingException.class, () -> Backups.verify(backup));
        assertTrue(e.getMessage().contains("b.stebackup") && e.getMessage().contains("bị hỏng"), e.getMessage());
        assertThrows(UserFacingException.class, () -> Backups.restore(folder, backup, AccountsTest.ADMIN_PW, Progress.NONE));
        RegisterStore.open(folder, AccountsTest.ADMIN_PW).close();

        Path notABackup = dir.resolve("anh.stebackup");
        Files.write(notABackup, new byte[] {1, 2, 3, 4, 5});
        assertEquals("Tệp anh.stebackup không phải bản sao lưu của Sổ Trẻ Em, hoặc đã bị hỏng.",
                assertThrows(UserFacingException.class, () -> Backups.verify(notABackup)).getMessage());
    }

    @Test
    void rotatingBackupsAreListedNewestFirstAndCopiedToTheSecondFolder() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Path usb = dir.resolve("usb");
        try (RegisterStore store = registerWithChildren(folder)) {
            assertTrue(Backups.dueToday(folder));
            store.settings().setSecondBackupFolder(usb);
            Backups.createInRotation(store, Backups.DAILY, Progress.NONE);
            Thread.sleep(1100);
            Backups.createInRotation(store, Backups.ON_CLOSE, Progress.NONE);
            assertFalse(Backups.dueToday(folder));
        }
        List<BackupInfo> list = Backups.list(folder);
        assertEquals(List.of(Backups.ON_CLOSE, Backups.DAILY), list.stream().map(BackupInfo::reason).toList());
        assertEquals(list.get(0), Backups.newestGood(folder).orElseThrow());
        try (var copies = Files.list(usb)) {
            assertEquals(2, copies.count());
        }
    }

    @Test
    void anImportIsPrecededByABackup() {
        // The importer's own tests cover the import; here: the rotation folder gets a backup first.
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (RegisterStore store = registerWithChildren(folder)) {
            Backups.createInRotation(store, Backups.BEFORE_IMPORT, Progress.NONE);
        }
        assertEquals(Backups.BEFORE_IMPORT, Backups.list(folder).get(0).reason());
    }
}
