package vn.sotreem.domain.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * What a backup file holds, read from its manifest: when, why, for which commune, and how many
 * records of each kind (a preview before restoring).
 *
 * @param reason why it was taken, e.g. "thu_cong", "hang_ngay", "khi_dong", "truoc_khi_nhap"
 */
public record BackupInfo(Path file, LocalDateTime createdAt, long sizeBytes, String reason, String communeCode,
                         String communeName, String schemaVersion, Map<String, Integer> counts) {
}
