package vn.sotreem.cli;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.sotreem.domain.backup.BackupInfo;

/** How the command line describes a backup. */
final class BackupText {

    private static final Map<String, String> COUNT_NAMES = Map.of(
            "tre_em", "trẻ em", "thon", "thôn", "tai_khoan", "tài khoản", "nhat_ky", "dòng nhật ký",
            "hcdb", "diện HCĐB", "tro_giup", "lần trợ giúp");

    private BackupText() {
    }

    static String time(BackupInfo info) {
        return info.createdAt().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    static String counts(BackupInfo info) {
        StringBuilder s = new StringBuilder();
        info.counts().forEach((key, count) -> {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(count).append(' ').append(COUNT_NAMES.getOrDefault(key, key));
        });
        return s.toString();
    }
}
