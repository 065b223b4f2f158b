package vn.sotreem.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.files.DurableFiles;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.backup.BackupRetention;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.security.KeyRing;
import vn.sotreem.storage.security.WrongPasswordException;

/**
 * Backups of a register: one file holding the encrypted database (taken with H2's online
 * {@code BACKUP TO}, never a raw copy of an open file), the key ring and a manifest with
 * SHA-256 checksums and record counts. The database inside stays encrypted with the register's
 * data key, so a backup is as safe as the register and opens with the passwords it had.
 */
public final class Backups {

    /** Reasons recorded in the manifest. */
    public static final String MANUAL = "thu_cong";
    public static final String DAILY = "hang_ngay";
    public static final String ON_CLOSE = "khi_dong";
    public static final String BEFORE_IMPORT = "truoc_khi_nhap";
    public static final String BEFORE_RESTORE = "truoc_khi_khoi_phuc";
    public static final String BEFORE_MIGRATION = "truoc_khi_nang_cap";

    /** The extension of backup files. */
    public static final String EXTENSION = ".stebackup";
    static final String FOLDER = "backups";
    private static final String MANIFEST = "manifest.json";
    private static final String CHECKSUM = "manifest.sha256";
    private static final String DATABASE = "register.mv.db";
    private static final String KEYRING = "keyring.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /** The manifest's JSON form. */
    record Manifest(int format, String createdAt, String reason, String communeCode, String communeName,
                    String schemaVersion, Map<String, Integer> counts, Map<String, String> sha256) {
    }

    private Backups() {
    }

    /** Writes a backup of the open register to {@code out} (via a temporary file: no half backups). */
    public static BackupInfo create(RegisterStore store, Path out, String reason, Progress progress) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Path h2Zip = null;
        Path temp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".tmp");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            progress.update(0, 4);
            h2Zip = Files.createTempFile(out.toAbsolutePath().getParent(), "h2-backup", ".zip");
            Files.delete(h2Zip);
            store.backupTo(h2Zip);
            progress.checkCancelled();
            progress.update(1, 4);
            byte[] keyring = Files.readAllBytes(store.folder().keyringFile());
            var info = store.info();
            Map<String, String> sums = new LinkedHashMap<>();
            sums.put(DATABASE, sha256OfEntry(h2Zip, DATABASE));
            sums.put(KEYRING, sha256(keyring));
            Manifest manifest = new Manifest(1, now.toString(), reason, info.communeCode(), info.communeName(),
                    store.schemaVersion().orElse(""), store.recordCounts(), sums);
            byte[] manifestBytes = StorageJson.indented().writeValueAsBytes(manifest);
            progress.update(2, 4);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp));
                 ZipFile h2 = new ZipFile(h2Zip.toFile())) {
                zip.setLevel(1); // the database is encrypted: it does not compress anyway
                put(zip, MANIFEST, manifestBytes);
                put(zip, CHECKSUM, sha256(manifestBytes).getBytes(StandardCharsets.US_ASCII));
                put(zip, KEYRING, keyring);
                zip.putNextEntry(new ZipEntry(DATABASE));
                try (InputStream db = h2.getInputStream(entry(h2, DATABASE, h2Zip))) {
                    db.transferTo(zip);
                }
                zip.closeEntry();
            }
            progress.checkCancelled();
            progress.update(3, 4);
            DurableFiles.moveIntoPlace(temp, out);
            progress.update(4, 4);
        } catch (IOException e) {
            throw new UserFacingException("Không ghi được bản sao lưu " + out + " (ổ đĩa đầy, chỉ đọc hoặc không có quyền ghi?). "
                    + "Sổ không bị thay đổi.", e);
        } finally {
            deleteQuietly(temp);
            if (h2Zip != null) {
                deleteQuietly(h2Zip);
            }
        }
        if (store.schemaIsCurrent()) {
            store.audit(AuditAction.BACKUP, "sao_luu", out.getFileName().toString(), "Sao lưu (" + reason + ") ra tệp "
                    + out.getFileName());
        }
        return verify(out);
    }

    /** Writes a backup into the register's rotating set (and the second folder if set), then prunes the set. */
    public static BackupInfo createInRotation(RegisterStore store, String reason, Progress progress) {
        Path folder = store.folder().path().resolve(FOLDER);
        String name = "SoTreEm-" + store.info().communeCode() + "-" + LocalDateTime.now().format(STAMP) + "-" + reason + EXTENSION;
        BackupInfo info = create(store, folder.resolve(name), reason, progress);
        prune(folder, BackupRetention.DEFAULT);
        Optional<Path> second = store.schemaIsCurrent() ? store.settings().secondBackupFolder() : Optional.empty();
        if (second.isPresent()) {
            try {
                Files.createDirectories(second.get());
                Files.copy(info.file(), second.get().resolve(name), StandardCopyOption.REPLACE_EXISTING);
                prune(second.get(), BackupRetention.DEFAULT);
            } catch (IOException e) {
                throw new UserFacingException("Đã sao lưu vào " + info.file() + ", nhưng không chép được sang thư mục thứ hai "
                        + second.get() + " (USB đã rút ra hoặc đầy?).", e);
            }
        }
        return info;
    }

    /** True when no backup of the rotating set was taken today. */
    public static boolean dueToday(DataFolder folder) {
        LocalDate today = LocalDate.now();
        return list(folder).stream().noneMatch(b -> b.createdAt().toLocalDate().equals(today));
    }

    /** The backups of the rotating set, newest first, from their manifests (unreadable files are left out). */
    public static List<BackupInfo> list(DataFolder folder) {
        return listIn(folder.path().resolve(FOLDER));
    }

    private static List<BackupInfo> listIn(Path dir) {
        List<BackupInfo> backups = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
            for (Path file : files) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    backups.add(toInfo(file, readManifest(zip, file)));
                } catch (IOException | UserFacingException e) {
                    LOG.warn("Unreadable backup {}", file.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UserFacingException("Không đọc được thư mục sao lưu " + dir + ".", e);
        }
        backups.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        return backups;
    }

    /** Reads and checks a backup file; a damaged or foreign file is refused with a Vietnamese message. */
    public static BackupInfo verify(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new UserFacingException("Không tìm thấy tệp sao lưu " + backup + ".");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Manifest manifest = readManifest(zip, backup);
            byte[] manifestBytes = readEntry(zip, MANIFEST, backup);
            String recorded = new String(readEntry(zip, CHECKSUM, backup), StandardCharsets.US_ASCII).trim();
            if (!recorded.equals(sha256(manifestBytes))) {
                throw damaged(backup, "phần mô tả");
            }
            for (String part : List.of(DATABASE, KEYRING)) {
                String expected = manifest.sha256() == null ? null : manifest.sha256().get(part);
                if (expected == null || !expected.equals(sha256OfEntry(zip, part, backup))) {
                    throw damaged(backup, part.equals(DATABASE) ? "dữ liệu" : "tệp khóa");
                }
            }
            return toInfo(backup, manifest);
        } catch (ZipException e) {
            throw new UserFacingException("Tệp " + backup.getFileName() + " không phải bản sao lưu của Sổ Trẻ Em, hoặc đã bị hỏng.", e);
        } catch (IOException e) {
            throw new UserFacingException("Không đọc được tệp sao lưu " + backup + ": " + e.getMessage(), e);
        }
    }

    /** The newest backup of the set that passes {@link #verify}. */
    public static Optional<BackupInfo> newestGood(DataFolder folder) {
        for (BackupInfo candidate : list(folder)) {
            try {
                return Optional.of(verify(candidate.file()));
            } catch (UserFacingException e) {
                LOG.warn("Backup {} fails verification", candidate.file().getFileName());
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the register in {@code folder} by the backup. The register must be closed. The
     * password must open the backup (it is the backup's key ring that returns). The current files
     * are kept aside in the backups folder, never deleted.
     */
    public static void restore(DataFolder folder, Path backup, char[] password, Progress progress) {
        BackupInfo info = verify(backup);
        progress.update(1, 5);
        Path staging = folder.path().resolve(FOLDER).resolve("dang-khoi-phuc-" + LocalDateTime.now().format(STAMP));
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            KeyRing ring = KeyRing.parse(readEntry(zip, KEYRING, backup), KEYRING);
            KeyRing.Unlocked unlocked;
            try {
                unlocked = ring.unlock(password);
            } catch (WrongPasswordException e) {
                throw new UserFacingException("Mật khẩu này không mở được bản sao lưu " + backup.getFileName()
                        + ". Hãy gõ mật khẩu (hoặc mã khôi phục) đang dùng vào ngày "
                        + info.createdAt().format(SHOWN) + ".");
            }
            Files.createDirectories(staging);
            Files.write(staging.resolve(KEYRING), readEntry(zip, KEYRING, backup));
            try (InputStream db = zip.getInputStream(entry(zip, DATABASE, backup))) {
                Files.copy(db, staging.resolve(DATABASE));
            }
            progress.checkCancelled();
            progress.update(2, 5);
            recordRestore(new DataFolder(staging), unlocked, backup, info);
            progress.update(3, 5);
            Path aside = folder.path().resolve(FOLDER).resolve("truoc-khoi-phuc-" + LocalDateTime.now().format(STAMP));
            Files.createDirectories(aside);
            for (Path current : List.of(folder.databaseFile(), folder.keyringFile())) {
                if (Files.exists(current)) {
                    Files.move(current, aside.resolve(current.getFileName()));
                }
            }
            progress.update(4, 5);
            DurableFiles.moveIntoPlace(staging.resolve(DATABASE), folder.databaseFile());
            DurableFiles.moveIntoPlace(staging.resolve(KEYRING), folder.keyringFile());
            progress.update(5, 5);
        } catch (IOException e) {
            throw new UserFacingException("Không khôi phục được từ " + backup.getFileName() + " (ổ đĩa đầy hoặc không có quyền ghi?). "
                    + "Các tệp của sổ hiện tại vẫn giữ nguyên hoặc nằm trong thư mục " + folder.path().resolve(FOLDER) + ".", e);
        } finally {
            deleteTree(staging);
        }
    }

    /** Opens the restored copy once: proves it opens, migrates it if older, and records the restore in its log. */
    private static void recordRestore(DataFolder staged, KeyRing.Unlocked unlocked, Path backup, BackupInfo info) {
        Account who = unlocked.recovery() ? new Account(KeyRing.RECOVERY_USER, Role.ADMIN, true)
                : new Account(unlocked.user(), Role.ADMIN, true);
        try (RegisterStore store = RegisterStore.connectForMaintenance(staged, unlocked.dataKey(), who)) {
            store.audit(AuditAction.RESTORE, "sao_luu", backup.getFileName().toString(), "Khôi phục từ bản sao lưu ngày "
                    + info.createdAt().format(SHOWN) + " (" + DateText.format(info.createdAt().toLocalDate()) + ")");
        }
    }

    /** Deletes backups of {@code dir} that the retention rule does not keep. */
    static void prune(Path dir, BackupRetention retention) {
        List<BackupInfo> backups = listIn(dir);
        Set<LocalDateTime> keep = retention.keep(backups.stream().map(BackupInfo::createdAt).toList());
        for (BackupInfo backup : backups) {
            if (!keep.contains(backup.createdAt())) {
                deleteQuietly(backup.file());
            }
        }
    }

    private static BackupInfo toInfo(Path file, Manifest m) throws IOException {
        return new BackupInfo(file, LocalDateTime.parse(m.createdAt()), Files.size(file), m.reason(), m.communeCode(),
                m.communeName(), m.schemaVersion(), m.counts() == null ? Map.of() : m.counts());
    }

    private static Manifest readManifest(ZipFile zip, Path file) throws IOException {
        try {
            return StorageJson.indented().readValue(readEntry(zip, MANIFEST, file), Manifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw damaged(file, "phần mô tả");
        }
    }

    private static UserFacingException damaged(Path file, String part) {
        return new UserFacingException("Bản sao lưu " + file.getFileName() + " bị hỏng (sai mã kiểm tra ở " + part
                + "): không dùng được. Hãy chọn bản sao lưu khác.");
    }

    private static ZipEntry entry(ZipFile zip, String name, Path file) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new UserFacingException("Tệp " + file.getFileName() + " không phải bản sao lưu của Sổ Trẻ Em (thiếu " + name + ").");
        }
        return entry;
    }

    private static byte[] readEntry(ZipFile zip, String name, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(entry(zip, name, file))) {
            return in.readAllBytes();
        }
    }

    private static String sha256OfEntry(Path zipFile, String name) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            return sha256OfEntry(zip, name, zipFile);
        }
    }

    private static String sha256OfEntry(ZipFile zip, String name, Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = zip.getInputStream(entry(zip, name, file))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file.getFileName());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Backups::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not clean up {}", dir.getFileName());
        }
    }
}
