package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.storage.security.KeyRing;
import vn.sotreem.storage.security.PasswordRules;
import vn.sotreem.storage.security.RecoveryKey;

/**
 * The register's local accounts. Every account's password wraps the same data key (a key-ring
 * entry), so adding or removing a user or changing a password never re-encrypts the data. At
 * least one active administrator always exists.
 */
public final class Accounts {

    private final RegisterStore store;

    Accounts(RegisterStore store) {
        this.store = store;
    }

    /** The user names that can log in, for the login screen (no password needed). */
    public static List<String> userNames(DataFolder folder) {
        return folder.hasRegister() ? KeyRing.read(folder.keyringFile()).userNames() : List.of();
    }

    public List<Account> list() {
        return store.query(c -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT user_name, role, active FROM account ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    accounts.add(new Account(rs.getString(1), Coded.byCode(Role.values(), rs.getString(2)).orElse(Role.VIEWER),
                            rs.getBoolean(3)));
                }
            }
            return accounts;
        });
    }

    public Optional<Account> find(String userName) {
        return list().stream().filter(a -> a.userName().equals(userName)).findFirst();
    }

    /** Adds an account with its first password (administrators only). */
    public void add(String userName, Role role, char[] password) {
        requireAdmin();
        String name = VietnameseText.clean(userName);
        if (name.isEmpty()) {
            throw new UserFacingException("Hãy nhập tên người dùng.");
        }
        if (name.equals(KeyRing.RECOVERY_USER) || list().stream()
                .anyMatch(a -> VietnameseText.fold(a.userName()).equals(VietnameseText.fold(name)))) {
            throw new UserFacingException("Đã có người dùng tên \"" + name + "\".");
        }
        checkPassword(password);
        changeKeyRing(ring -> ring.put(name, password, store.dataKey()), () -> store.write(tx -> {
            tx.insertAccount(name, role);
            tx.audit(AuditAction.ACCOUNT, "tai_khoan", name, "Thêm người dùng " + name + " (" + role.label() + ")");
            return null;
        }));
    }

    /** Changes an account's role, keeping at least one active administrator. */
    public void changeRole(String userName, Role role) {
        requireAdmin();
        Account account = existing(userName);
        if (account.role() == Role.ADMIN && role != Role.ADMIN && activeAdmins() <= 1) {
            throw new UserFacingException("Phải luôn có ít nhất một người dùng quản trị.");
        }
        store.write(tx -> {
            tx.updateAccount(userName, role, account.active());
            tx.audit(AuditAction.ACCOUNT, "tai_khoan", userName, "Vai trò: " + account.role().label() + " → " + role.label());
            return null;
        });
    }

    /**
     * Removes an account's access: its password no longer opens the register. The account stays,
     * inactive, so the audit log keeps meaning.
     */
    public void deactivate(String userName) {
        requireAdmin();
        Account account = existing(userName);
        if (account.role() == Role.ADMIN && account.active() && activeAdmins() <= 1) {
            throw new UserFacingException("Không thể khóa người quản trị cuối cùng.");
        }
        changeKeyRing(ring -> ring.remove(userName), () -> store.write(tx -> {
            tx.updateAccount(userName, account.role(), false);
            tx.audit(AuditAction.ACCOUNT, "tai_khoan", userName, "Khóa người dùng " + userName);
            return null;
        }));
    }

    /** Sets a new password: for oneself, or by an administrator (also after opening with the recovery key). */
    public void changePassword(String userName, char[] newPassword) {
        Account current = store.currentAccount();
        if (!current.userName().equals(userName)) {
            requireAdmin();
        }
        Account account = existing(userName);
        if (!account.active()) {
            throw new UserFacingException("Người dùng " + userName + " đã bị khóa; hãy mở khóa bằng cách thêm lại.");
        }
        checkPassword(newPassword);
        changeKeyRing(ring -> ring.put(userName, newPassword, store.dataKey()), () -> store.write(tx -> {
            tx.audit(AuditAction.ACCOUNT, "tai_khoan", userName, "Đổi mật khẩu của " + userName);
            return null;
        }));
    }

    /**
     * True when the register has a recovery key. A register made by the first version (schema 2)
     * has none until an administrator makes one, and nothing else would tell them.
     */
    public boolean hasRecoveryKey() {
        return KeyRing.read(store.folder().keyringFile()).hasRecoveryKey();
    }

    /** Makes a new recovery key (the old one stops working) and returns it, to be shown once. */
    public String regenerateRecoveryKey() {
        requireAdmin();
        String key = RecoveryKey.generate();
        changeKeyRing(ring -> ring.putRecoveryKey(key.toCharArray(), store.dataKey()), () -> store.write(tx -> {
            tx.audit(AuditAction.ACCOUNT, "tai_khoan", KeyRing.RECOVERY_USER, "Tạo mã khôi phục mới");
            return null;
        }));
        return key;
    }

    private interface KeyRingChange {
        void apply(KeyRing ring);
    }

    /** Writes the key ring, then the database; if the database write fails the old key ring returns. */
    private void changeKeyRing(KeyRingChange change, Runnable databaseWrite) {
        KeyRing before = KeyRing.read(store.folder().keyringFile());
        KeyRing after = KeyRing.read(store.folder().keyringFile());
        change.apply(after);
        after.write(store.folder().keyringFile());
        try {
            databaseWrite.run();
        } catch (RuntimeException e) {
            before.write(store.folder().keyringFile());
            throw e;
        }
    }

    private Account existing(String userName) {
        return find(userName).orElseThrow(() -> new UserFacingException("Không có người dùng tên \"" + userName + "\"."));
    }

    private long activeAdmins() {
        return list().stream().filter(a -> a.active() && a.role() == Role.ADMIN).count();
    }

    private void requireAdmin() {
        store.requireRole(Role::canManageAccounts, "Chỉ người dùng quản trị được quản lý tài khoản.");
    }

    private static void checkPassword(char[] password) {
        PasswordRules.check(password).ifPresent(message -> {
            throw new UserFacingException(message);
        });
    }

    static void insertRow(Connection c, String userName, Role role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO account (user_name, role, active, created_at) VALUES (?, ?, TRUE, ?)")) {
            ps.setString(1, userName);
            ps.setString(2, role.code());
            ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            ps.executeUpdate();
        }
    }

    static void updateRow(Connection c, String userName, Role role, boolean active) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE account SET role = ?, active = ? WHERE user_name = ?")) {
            ps.setString(1, role.code());
            ps.setBoolean(2, active);
            ps.setString(3, userName);
            ps.executeUpdate();
        }
    }
}
