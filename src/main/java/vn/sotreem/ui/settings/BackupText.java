package vn.sotreem.ui.settings;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.backup.CountedRecord;
import vn.sotreem.storage.Backups;

/** How a backup is described on screen: its reason, size and record counts in Vietnamese. */
public final class BackupText {

    /** When a backup was made, as every screen shows it. */
    public static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final Map<String, String> REASONS = Map.of(
            Backups.MANUAL, "Bấm “Sao lưu ngay”",
            Backups.DAILY, "Tự động hằng ngày",
            Backups.ON_CLOSE, "Khi đóng chương trình",
            Backups.BEFORE_IMPORT, "Trước khi nhập tệp",
            Backups.BEFORE_RESTORE, "Trước khi khôi phục",
            Backups.BEFORE_MIGRATION, "Trước khi nâng cấp");

    private BackupText() {
    }

    static String reason(String code) {
        return code == null ? "" : REASONS.getOrDefault(code, code);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    /** The record counts in the words the command line uses too ({@link CountedRecord}). */
    static String counts(BackupInfo info) {
        return CountedRecord.describe(info.counts());
    }
}
