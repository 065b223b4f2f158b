package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.UserFacingException;

/**
 * What an office PC does to a register: a full disk, a folder that became read-only, a file cut
 * short or overwritten. Each must give a clear Vietnamese message and lose nothing committed.
 * The disk tests mount a small tmpfs, which needs root; elsewhere they are skipped with a note.
 */
class FailureModesTest {

    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (Path mount : mounts) {
            run("umount", "-l", mount.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private Path smallDisk(String size) throws Exception {
        Path mount = Files.createDirectories(dir.resolve("disk"));
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString());
        assumeTrue(code == 0, "cannot mount a tmpfs here (needs root): disk-full and read-only tests skipped");
        mounts.add(mount);
        return mount;
    }

    private static Child child(int i) {
        Child c = RegisterStoreTest.child("Trẻ Số " + i, LocalDate.of(2015, 1, 1).plusDays(i), "Thôn 1");
        c.setNote("ghi chú dài ".repeat(300) + i);
        return c;
    }

    @Test
    void aFullDiskGivesAClearMessageAndLosesNothingCommitted() throws Exception {
        Path disk = smallDisk("8m"); // room for a new register of every migration and five children, then filled
        DataFolder folder = new DataFolder(disk.resolve("data"));
        List<String> committed = new ArrayList<>();
        RegisterStore store = RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"));
        for (int i = 0; i < 5; i++) {
            committed.add(store.saveChild(child(i)).getCode());
        }
        Path filler = disk.resolve("filler.bin");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException expected) {
            // The disk is full now.
        }
        UserFacingException failure = null;
        for (int i = 5; i < 2000 && failure == null; i++) {
            try {
                committed.add(store.saveChild(child(i)).getCode());
            } catch (UserFacingException e) {
                failure = e;
            }
        }
        assertTrue(failure != null, "writing to a full disk never failed");
        assertTrue(failure.getMessage().contains("đầy"), failure.getMessage());
        try {
            store.close();
        } catch (RuntimeException ignored) {
            // H2 may already have closed itself after the write error.
        }
        Files.delete(filler);
        try (RegisterStore reopened = RegisterStore.open(folder, AccountsTest.ADMIN_PW)) {
            List<String> present = reopened.allChildren().stream().map(Child::getCode).toList();
            assertTrue(present.containsAll(committed), "lost: " + committed.stream().filter(c -> !present.contains(c)).toList());
            reopened.saveChild(child(9999));
        }
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndTheRegisterSurvives() throws Exception {
        Path disk = smallDisk("8m");
        DataFolder folder = new DataFolder(disk.resolve("data"));
        try (RegisterStore store = RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            store.saveChild(child(1));
        }
        assertEquals(0, run("mount", "-o", "remount,ro", disk.toString()));
        UserFacingException e = assertThrows(UserFacingException.class, () -> RegisterStore.open(folder, AccountsTest.ADMIN_PW));
        assertTrue(e.getMessage().contains("chỉ đọc"), e.getMessage());
        assertEquals(0, run("mount", "-o", "remount,rw", disk.toString()));
        try (RegisterStore store = RegisterStore.open(folder, AccountsTest.ADMIN_PW)) {
            assertEquals(1, store.allChildren().size());
        }
    }

    @Test
    void aTruncatedFileIsReportedWithTheNewestGoodBackupToRestore() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (RegisterStore store = RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            for (int i = 0; i < 20; i++) {
                store.saveChild(child(i));
            }
            Backups.createInRotation(store, Backups.DAILY, Progress.NONE);
        }
        byte[] whole = Files.readAllBytes(folder.databaseFile());
        Files.write(folder.databaseFile(), java.util.Arrays.copyOf(whole, whole.length / 3));
        CorruptRegisterException e = assertThrows(CorruptRegisterException.class,
                () -> RegisterStore.open(folder, AccountsTest.ADMIN_PW));
        BackupInfo offered = e.newestGoodBackup().orElseThrow();
        assertTrue(e.getMessage().startsWith("Tệp dữ liệu " + folder.databaseFile() + " bị hỏng"), e.getMessage());
        assertTrue(e.getMessage().contains(offered.file().getFileName().toString()), e.getMessage());

        Backups.restore(folder, offered.file(), AccountsTest.ADMIN_PW, Progress.NONE);
        try (RegisterStore store = RegisterStore.open(folder, AccountsTest.ADMIN_PW)) {
            assertEquals(20, store.allChildren().size());
        }
    }

    @Test
    void anOverwrittenFileIsReportedAsDamaged() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1")).close();
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        for (int i = 0; i < 8192 && i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(folder.databaseFile(), bytes);
        CorruptRegisterException e = assertThrows(CorruptRegisterException.class,
                () -> RegisterStore.open(folder, AccountsTest.ADMIN_PW));
        assertTrue(e.getMessage().contains("Không tìm thấy bản sao lưu nào"), e.getMessage());
    }
}
