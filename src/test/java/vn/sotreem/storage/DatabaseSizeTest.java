package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;

/**
 * The register file holds little more than its live data: every write is stored and synced at once
 * (decision 0003), which leaves dead chunks behind; they must not pile up in the file.
 */
class DatabaseSizeTest {

    private static final int BATCHES = 8;
    private static final int PER_BATCH = 250;
    private static final int SINGLE_SAVES = 100;
    /** Measured: 2 100 children with their audit entries compact to ≈ 0.5 MB; before the fix the file was ≈ 13.5 MB. */
    private static final long MAX_BYTES = 3_000_000;

    @TempDir
    Path dir;

    @Test
    void manyWritesLeaveASmallFileThatStillHoldsEverythingEncrypted() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore store = RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            // Big transactions like an import, then one save at a time like an officer typing.
            for (int batch = 0; batch < BATCHES; batch++) {
                int first = batch * PER_BATCH;
                store.write(tx -> {
                    for (int i = first; i < first + PER_BATCH; i++) {
                        tx.saveChild(child(i));
                    }
                    return null;
                });
            }
            store.saveChild(RegisterStoreTest.child("Lò Thị " + BackupsTest.SECRET_NAME, LocalDate.of(2018, 1, 2), "Thôn 1"));
            for (int i = 0; i < SINGLE_SAVES; i++) {
                store.saveChild(child(BATCHES * PER_BATCH + i));
            }
        }
        long bytes = Files.size(folder.databaseFile());
        System.out.printf("register file after %d children: %.2f MB%n", BATCHES * PER_BATCH + SINGLE_SAVES + 1, bytes / 1e6);
        assertTrue(bytes <= MAX_BYTES, "the register file is " + bytes + " bytes, more than " + MAX_BYTES);
        assertFalse(Files.exists(dir.resolve("register.mv.db.tempFile")), "the compaction's new file was left behind");
        BackupsTest.assertNoPlainName(Files.readAllBytes(folder.databaseFile()));
        try (RegisterStore store = RegisterStore.open(folder, AccountsTest.ADMIN_PW)) {
            assertEquals(BATCHES * PER_BATCH + SINGLE_SAVES + 1, store.allChildren().size());
            assertTrue(store.chunksFillRate() >= RegisterStore.COMPACT_BELOW_FILL_RATE, "fill rate " + store.chunksFillRate());
        }
    }

    private static Child child(int i) {
        Child child = RegisterStoreTest.child("Trẻ Thử Nghiệm " + i, LocalDate.of(2012, 1, 1).plusDays(i % 4000), "Thôn " + (i % 12 + 1));
        child.setNote("ghi chú ".repeat(i % 40));
        return child;
    }
}
