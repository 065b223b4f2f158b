package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.security.KeyRing;
import vn.sotreem.storage.security.LoginGuard;
import vn.sotreem.storage.security.SmallJson;
import vn.sotreem.storage.security.WrongPasswordException;

/**
 * The two files read before the register opens, the key ring and the failed-login counter, now read
 * and written with Jackson's streaming core ({@link SmallJson}): files written by earlier versions
 * (Jackson data binding) still open, and damaged ones are refused (key ring) or ignored (counter).
 */
class StartFilesTest {

    private static final char[] PASSWORD = "mat-khau-dai-12".toCharArray();

    @TempDir
    Path dir;

    private final byte[] dataKey = KeyRing.newDataKey();

    @Test
    void aKeyRingWrittenAndReadAgainUnlocksWithEachPasswordAndTheRecoveryKey() {
        KeyRing ring = KeyRing.empty();
        ring.put("Nguyễn Thị Hoa", PASSWORD, dataKey);
        ring.put("Lò Văn Páo", "mat-khau-khac-34".toCharArray(), dataKey);
        ring.putRecoveryKey("ABCD-EFGH-JKLM-NPQR".toCharArray(), dataKey);
        Path file = dir.resolve("keyring.json");
        ring.write(file);

        KeyRing read = KeyRing.read(file);
        assertEquals(ring.entries(), read.entries());
        assertEquals(List.of("Nguyễn Thị Hoa", "Lò Văn Páo"), read.userNames());
        assertTrue(read.hasRecoveryKey());
        KeyRing.Unlocked second = read.unlock("mat-khau-khac-34".toCharArray());
        assertEquals("Lò Văn Páo", second.user());
        assertArrayEquals(dataKey, second.dataKey());
        assertTrue(read.unlock("abcd efgh jklm npqr".toCharArray()).recovery());
        assertThrows(WrongPasswordException.class, () -> read.unlock("sai-mat-khau-99".toCharArray()));
    }

    @Test
    void aKeyRingOfAnEarlierVersionStillOpens() throws Exception {
        KeyRing ring = KeyRing.empty();
        ring.put("Cán bộ", PASSWORD, dataKey);
        KeyRing.Entry e = ring.entries().get(0);
        // As Jackson's data binding wrote it (before entry kinds existed: no "kind"), other spacing.
        String earlier = "{\"format\":1,\"entries\":[{\"user\":\"" + e.user() + "\",\"kdf\":\"" + e.kdf()
                + "\",\"iterations\":" + e.iterations() + ",\"salt\":\"" + e.salt() + "\",\"iv\":\"" + e.iv()
                + "\",\"wrappedKey\":\"" + e.wrappedKey() + "\"}]}";
        KeyRing read = KeyRing.parse(earlier.getBytes(StandardCharsets.UTF_8), "keyring.json");
        assertArrayEquals(dataKey, read.unlock(PASSWORD).dataKey());
        assertEquals(List.of("Cán bộ"), read.userNames());
    }

    @Test
    void aDamagedKeyRingIsRefusedWithAMessageNamingTheFile() throws Exception {
        KeyRing ring = KeyRing.empty();
        ring.put("Cán bộ", PASSWORD, dataKey);
        Path file = dir.resolve("keyring.json");
        ring.write(file);
        String whole = Files.readString(file);
        for (String damaged : List.of(whole.substring(0, whole.length() / 2), "", "[]", "không phải JSON",
                whole + "{}", whole.replace("\"salt\"", "\"muoi\""), whole.replace("\"entries\" : [", "\"entries\" : [ 5, "),
                whole.replace("\"iterations\" : 210000", "\"iterations\" : \"nhiều\""))) {
            UserFacingException refused = assertThrows(UserFacingException.class,
                    () -> KeyRing.parse(damaged.getBytes(StandardCharsets.UTF_8), "keyring.json"), damaged);
            assertTrue(refused.getMessage().contains("keyring.json") && refused.getMessage().contains("bị hỏng"),
                    refused.getMessage());
        }
        UserFacingException empty = assertThrows(UserFacingException.class,
                () -> KeyRing.parse("{\"format\":1,\"entries\":[]}".getBytes(StandardCharsets.UTF_8), "keyring.json"));
        assertTrue(empty.getMessage().contains("không có mục nào"), empty.getMessage());
    }

    @Test
    void theFailedLoginCounterIsKeptAcrossRunsAndADamagedOneLocksNobodyOut() throws Exception {
        DataFolder folder = new DataFolder(dir);
        LocalDateTime now = LocalDateTime.of(2026, 11, 24, 8, 0);
        LoginGuard guard = new LoginGuard(folder);
        for (int i = 0; i < 4; i++) {
            guard.recordFailure(i == 0 ? null : "Nguyễn Thị Hoa", now);
        }
        List<LoginGuard.Failure> read = new LoginGuard(folder).failures();
        assertEquals(4, read.size());
        assertEquals("", read.get(0).user());
        assertEquals("Nguyễn Thị Hoa", read.get(3).user());
        assertEquals(now, read.get(3).time());
        assertEquals(Duration.ofSeconds(10), new LoginGuard(folder).waitBefore(now));

        // Written by an earlier version (data binding, compact), one time unreadable: skipped.
        Path file = dir.resolve(LoginGuard.FILE);
        Files.writeString(file, "{\"failures\":[{\"at\":\"2026-11-24T08:00\",\"user\":\"a\"},{\"at\":\"hôm qua\",\"user\":\"b\"}]}");
        assertEquals(1, new LoginGuard(folder).failures().size());
        for (String damaged : List.of("{\"failures\":[", "null", "{\"failures\":7}")) {
            Files.writeString(file, damaged);
            assertEquals(List.of(), new LoginGuard(folder).failures(), damaged);
            assertEquals(Duration.ZERO, new LoginGuard(folder).waitBefore(now));
        }
    }
}
