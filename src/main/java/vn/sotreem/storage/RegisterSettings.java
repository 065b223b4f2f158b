package vn.sotreem.storage;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import vn.sotreem.domain.AuditAction;
import vn.sotreem.domain.UserFacingException;

/** Settings kept inside the (encrypted) register, so they travel with its backups. */
public final class RegisterSettings {

    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    static final String IDLE_LOCK_MINUTES = "idle_lock_minutes";
    static final String SECOND_BACKUP_FOLDER = "second_backup_folder";

    private final RegisterStore store;

    RegisterSettings(RegisterStore store) {
        this.store = store;
    }

    /** Minutes without input after which the window hides its content until the password is typed. */
    public int idleLockMinutes() {
        return get(IDLE_LOCK_MINUTES).map(Integer::parseInt).orElse(DEFAULT_IDLE_LOCK_MINUTES);
    }

    public void setIdleLockMinutes(int minutes) {
        if (minutes < 1 || minutes > 240) {
            throw new UserFacingException("Thời gian tự khóa phải từ 1 đến 240 phút.");
        }
        put(IDLE_LOCK_MINUTES, Integer.toString(minutes));
    }

    /** A second folder (e.g. a USB stick) that receives a copy of every automatic backup. */
    public Optional<Path> secondBackupFolder() {
        return get(SECOND_BACKUP_FOLDER).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setSecondBackupFolder(Path folder) {
        put(SECOND_BACKUP_FOLDER, folder == null ? "" : folder.toAbsolutePath().toString());
    }

    Optional<String> get(String name) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    void put(String name, String value) {
        store.requireRole(r -> r.canManageAccounts(), "Chỉ tài khoản quản trị được đổi cài đặt.");
        store.write(tx -> {
            tx.putSetting(name, value);
            tx.audit(AuditAction.UPDATE, "cai_dat", name, name + ": " + value);
            return null;
        });
    }
}
