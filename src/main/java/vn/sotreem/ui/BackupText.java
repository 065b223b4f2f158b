package vn.sotreem.ui;

import java.util.Map;
import java.util.stream.Collectors;
import vn.sotreem.domain.BackupInfo;
import vn.sotreem.storage.Backups;

/** How a backup is described on screen: its reason, size and record counts in Vietnamese. */
final class BackupText {

    private static final Map<String, String> REASONS = Map.of(
            Backups.MANUAL, "Bấm “Sao lưu ngay”",
            Backups.DAILY, "Tự động hằng ngày",
            Backups.ON_CLOSE, "Khi đóng chương trình",
            Backups.BEFORE_IMPORT, "Trước khi nhập tệp",
            Backups.BEFORE_RESTORE, "Trước khi khôi phục",
            Backups.BEFORE_MIGRATION, "Trước khi nâng cấp");

    /** Counted tables as the manifest names them, in the words of the screen. */
    private static final Map<String, String> COUNTS = Map.of(
            "child", "trẻ em",
            "children", "trẻ em",
            "village", "thôn",
            "villages", "thôn",
            "account", "người dùng",
            "accounts", "người dùng",
            "audit_log", "dòng nhật ký",
            "duplicate_queue", "cần xem trùng");

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

    static String counts(BackupInfo info) {
        if (info.counts() == null || info.counts().isEmpty()) {
            return "";
        }
        return info.counts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + COUNTS.getOrDefault(e.getKey(), e.getKey()))
                .collect(Collectors.joining(", "));
    }
}
