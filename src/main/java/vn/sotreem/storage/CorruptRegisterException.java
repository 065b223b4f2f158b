package vn.sotreem.storage;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.common.UserFacingException;

/**
 * The register's data file is damaged (truncated, overwritten, replaced by an older or foreign
 * file). Carries the newest backup that passes its checksum, so the window and the command line
 * can offer to restore it.
 */
public class CorruptRegisterException extends UserFacingException {

    private final transient Optional<BackupInfo> newestGoodBackup;

    CorruptRegisterException(DataFolder folder, String what, Optional<BackupInfo> newestGoodBackup, Throwable cause) {
        super("Tệp dữ liệu " + folder.databaseFile() + " bị hỏng: " + what + " "
                + newestGoodBackup.map(b -> "Bản sao lưu tốt gần nhất: " + b.file().getFileName() + " (tạo lúc "
                        + b.createdAt().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                        + "). Hãy khôi phục từ bản đó (nút Khôi phục, hoặc lệnh restore).")
                .orElse("Không tìm thấy bản sao lưu nào trong thư mục sổ; nếu có bản sao lưu ở USB, hãy khôi phục từ đó."),
                cause);
        this.newestGoodBackup = newestGoodBackup;
    }

    public Optional<BackupInfo> newestGoodBackup() {
        return newestGoodBackup;
    }
}
