package vn.sotreem.storage.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.sotreem.files.DurableFiles;
import vn.sotreem.domain.common.UserFacingException;

/**
 * The register's key ring. The database is encrypted with a random 256-bit data key; the key ring
 * stores that key once per password, wrapped (AES-GCM) by a key derived from the password with
 * PBKDF2-HMAC-SHA256. Adding a user, changing a password or a recovery key adds or replaces an
 * entry and never re-encrypts the data. A wrong password fails the GCM tag check.
 */
public final class KeyRing {

    static final int ITERATIONS = 210_000;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final byte[] AAD = "so-tre-em keyring v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Entry kind of a password; {@code null} in files written before kinds existed. */
    public static final String PASSWORD = "password";
    /** Entry kind of the recovery key. */
    public static final String RECOVERY = "recovery";
    /** The user name under which the recovery key's entry is kept. */
    public static final String RECOVERY_USER = "(mã khôi phục)";

    /** One wrapped copy of the data key. */
    public record Entry(String user, String kind, String kdf, int iterations, String salt, String iv, String wrappedKey) {

        boolean isRecovery() {
            return RECOVERY.equals(kind);
        }
    }

    /** The file's format number (the field {@code format}; the entries are in {@code entries}). */
    private static final int FORMAT = 1;

    /** The result of unlocking: whose entry opened (or the recovery key), and the data key. */
    public record Unlocked(String user, boolean recovery, byte[] dataKey) {
    }

    private final List<Entry> entries;

    private KeyRing(List<Entry> entries) {
        this.entries = new ArrayList<>(entries);
    }

    public static byte[] newDataKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    public static KeyRing empty() {
        return new KeyRing(List.of());
    }

    public static KeyRing read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UserFacingException("Không đọc được tệp khóa " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a key ring from its bytes (e.g. inside a backup); {@code name} is used in messages. */
    public static KeyRing parse(byte[] bytes, String name) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (Map<String, Object> entry : SmallJson.objects(SmallJson.readObject(bytes), "entries")) {
                entries.add(new Entry(required(entry, "user"), SmallJson.text(entry, "kind"), required(entry, "kdf"),
                        Math.toIntExact(SmallJson.number(entry, "iterations", 0)), required(entry, "salt"),
                        required(entry, "iv"), required(entry, "wrappedKey")));
            }
        } catch (IOException | ArithmeticException e) {
            throw new UserFacingException("Tệp khóa " + name + " bị hỏng: không thể mở sổ. "
                    + "Hãy khôi phục từ bản sao lưu.", e);
        }
        if (entries.isEmpty()) {
            throw new UserFacingException("Tệp khóa " + name + " không có mục nào: không thể mở sổ.");
        }
        return new KeyRing(entries);
    }

    private static String required(Map<String, Object> entry, String field) throws IOException {
        String value = SmallJson.text(entry, field);
        if (value == null) {
            throw new IOException("an entry has no \"" + field + "\"");
        }
        return value;
    }

    /** Writes the key ring durably and atomically: a half-written key ring would lock the officer out. */
    public void write(Path file) {
        try {
            DurableFiles.replace(file, SmallJson.write(fileForm()));
        } catch (IOException e) {
            throw new UserFacingException("Không ghi được tệp khóa " + file + " (ổ đĩa đầy hoặc không có quyền ghi?).", e);
        }
    }

    private Map<String, Object> fileForm() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("user", e.user());
            entry.put("kind", e.kind());
            entry.put("kdf", e.kdf());
            entry.put("iterations", e.iterations());
            entry.put("salt", e.salt());
            entry.put("iv", e.iv());
            entry.put("wrappedKey", e.wrappedKey());
            list.add(entry);
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("format", FORMAT);
        form.put("entries", list);
        return form;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Adds (or replaces) the password entry of {@code user}, wrapping {@code dataKey} with {@code password}. */
    public void put(String user, char[] password, byte[] dataKey) {
        put(user, PASSWORD, password, dataKey);
    }

    /** Replaces the recovery-key entry. */
    public void putRecoveryKey(char[] recoveryKey, byte[] dataKey) {
        put(RECOVERY_USER, RECOVERY, RecoveryKey.normalise(recoveryKey), dataKey);
    }

    /** Removes the entry of {@code user}: that password no longer opens the register. */
    public void remove(String user) {
        entries.removeIf(e -> e.user().equals(user));
    }

    /** True when a recovery key can open the register. */
    public boolean hasRecoveryKey() {
        return entries.stream().anyMatch(Entry::isRecovery);
    }

    /** The users who have a password entry, in the order they were added. */
    public List<String> userNames() {
        return entries.stream().filter(e -> !e.isRecovery()).map(Entry::user).toList();
    }

    private void put(String user, String kind, char[] password, byte[] dataKey) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derive(password, salt, ITERATIONS), new GCMParameterSpec(128, iv));
            cipher.updateAAD(AAD);
            byte[] wrapped = cipher.doFinal(dataKey);
            Base64.Encoder b64 = Base64.getEncoder();
            entries.removeIf(e -> e.user().equals(user));
            entries.add(new Entry(user, kind, KDF, ITERATIONS, b64.encodeToString(salt), b64.encodeToString(iv),
                    b64.encodeToString(wrapped)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * Finds the entry the password (or recovery key) opens; throws {@link WrongPasswordException}
     * when none does. With {@code user} given, only that user's entry and the recovery key are tried.
     */
    public Unlocked unlock(String user, char[] password) {
        for (Entry entry : entries) {
            if (user != null && !entry.user().equals(user) && !entry.isRecovery()) {
                continue;
            }
            byte[] key = tryUnwrap(entry, entry.isRecovery() ? RecoveryKey.normalise(password) : password);
            if (key != null) {
                return new Unlocked(entry.isRecovery() ? null : entry.user(), entry.isRecovery(), key);
            }
        }
        throw new WrongPasswordException();
    }

    /** Unlocks with any entry. */
    public Unlocked unlock(char[] password) {
        return unlock(null, password);
    }

    private static byte[] tryUnwrap(Entry entry, char[] password) {
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derive(password, b64.decode(entry.salt()), entry.iterations()),
                    new GCMParameterSpec(128, b64.decode(entry.iv())));
            cipher.updateAAD(AAD);
            return cipher.doFinal(b64.decode(entry.wrappedKey()));
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UserFacingException("Tệp khóa bị hỏng (mục của " + entry.user() + "): không thể mở sổ.", e);
        }
    }

    private static SecretKeySpec derive(char[] password, byte[] salt, int iterations) {
        byte[] key = Pbkdf2.hmacSha256(password, salt, iterations, 32); // PBKDF2-HMAC-SHA256 (KDF), 256 bits
        try {
            return new SecretKeySpec(key, "AES");
        } finally {
            Arrays.fill(key, (byte) 0); // SecretKeySpec keeps its own copy
        }
    }
}
