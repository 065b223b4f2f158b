package vn.sotreem.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.BackupInfo;
import vn.sotreem.domain.Progress;

/**
 * Backups of a register: one file holding the encrypted database (taken with H2's online
 * {@code BACKUP TO}, never a raw copy of an open file), the key ring and a manifest with
 * checksums and record counts.
 */
public final class Backups {

    /** Reasons recorded in the manifest. */
    public static final String MANUAL = "thu_cong";
    public static final String DAILY = "hang_ngay";
    public static final String ON_CLOSE = "khi_dong";
    public static final String BEFORE_IMPORT = "truoc_khi_nhap";
    public static final String BEFORE_RESTORE = "truoc_khi_khoi_phuc";
    public static final String BEFORE_MIGRATION = "truoc_khi_nang_cap";

    private Backups() {
    }

    /** Writes a backup of the open register to {@code out}. */
    public static BackupInfo create(RegisterStore store, Path out, String reason, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes a backup into the register's rotating set (and the second folder if set), then prunes the set. */
    public static BackupInfo createInRotation(RegisterStore store, String reason, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** True when no automatic backup was taken today. */
    public static boolean dueToday(DataFolder folder) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The backups of the rotating set, newest first (files that fail to read are left out). */
    public static List<BackupInfo> list(DataFolder folder) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads and checks a backup file; a damaged or foreign file is refused with a Vietnamese message. */
    public static BackupInfo verify(Path backup) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The newest backup of the set that passes {@link #verify}. */
    public static Optional<BackupInfo> newestGood(DataFolder folder) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Replaces the register in {@code folder} by the backup. The register must be closed. The
     * password must open the backup (it is the backup's key ring that returns). The current files
     * are kept aside in the backups folder, never deleted.
     */
    public static void restore(DataFolder folder, Path backup, char[] password, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
