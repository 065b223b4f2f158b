package vn.sotreem.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.storage.security.KeyRing;
import vn.sotreem.storage.security.LoginDelayException;
import vn.sotreem.storage.security.LoginGuard;
import vn.sotreem.storage.security.PasswordRules;
import vn.sotreem.storage.security.WrongPasswordException;

/**
 * Creating a register and opening one with a password: the key ring, the login guard's wait after
 * wrong passwords, and what a damaged file is told as. See {@link RegisterStore#create} and
 * {@link RegisterStore#open(DataFolder, String, char[])}.
 */
final class RegisterOpening {

    private RegisterOpening() {
    }

    static RegisterStore create(DataFolder folder, RegisterInfo info, char[] password, List<String> villageNames) {
        PasswordRules.check(password).ifPresent(message -> {
            throw new UserFacingException(message);
        });
        if (Files.exists(folder.databaseFile()) || Files.exists(folder.keyringFile())) {
            throw new UserFacingException("Thư mục " + folder.path() + " đã có một sổ. Hãy mở sổ đó, hoặc chọn thư mục khác.");
        }
        try {
            Files.createDirectories(folder.path());
        } catch (IOException e) {
            throw new UserFacingException("Không tạo được thư mục dữ liệu " + folder.path() + ": " + e.getMessage(), e);
        }
        byte[] dataKey = KeyRing.newDataKey();
        RegisterStore store = null;
        try {
            store = RegisterStore.connect(folder, dataKey, new Account(info.officerName(), Role.ADMIN, true), false);
            setUp(store, info, villageNames);
            KeyRing ring = KeyRing.empty();
            ring.put(info.officerName(), password, dataKey);
            ring.write(folder.keyringFile());
            return store;
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            RegisterDatabase.deleteQuietly(folder.databaseFile());
            RegisterDatabase.deleteQuietly(folder.keyringFile());
            throw e;
        }
    }

    static RegisterStore open(DataFolder folder, String userName, char[] password) {
        if (!folder.hasRegister()) {
            throw new UserFacingException("Chưa có sổ nào ở thư mục " + folder.path()
                    + ". Hãy tạo sổ mới (lệnh init hoặc màn hình thiết lập).");
        }
        LoginGuard guard = new LoginGuard(folder);
        Duration wait = guard.waitBefore(LocalDateTime.now());
        if (!wait.isZero()) {
            throw new LoginDelayException(wait);
        }
        KeyRing.Unlocked unlocked;
        try {
            unlocked = KeyRing.read(folder.keyringFile()).unlock(userName, password);
        } catch (WrongPasswordException e) {
            LocalDateTime now = LocalDateTime.now();
            guard.recordFailure(userName, now);
            throw new WrongPasswordException(guard.failures().size(), guard.waitBefore(now));
        }
        Account who = unlocked.recovery() ? new Account(KeyRing.RECOVERY_USER, Role.ADMIN, true)
                : new Account(unlocked.user(), Role.VIEWER, true);
        RegisterStore store;
        try {
            store = RegisterStore.connect(folder, unlocked.dataKey(), who, unlocked.recovery());
        } catch (UserFacingException e) {
            if (e.getCause() instanceof SQLException sql && StorageErrors.isDamage(sql)) {
                throw new CorruptRegisterException(folder, "không mở được bằng khóa của sổ.", Backups.newestGood(folder), e);
            }
            throw e;
        }
        try {
            logIn(store, guard);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static void setUp(RegisterStore store, RegisterInfo info, List<String> villageNames) {
        store.inTransaction(c -> {
            RegisterInfoTable.insert(c, info);
            return null;
        });
        store.write(tx -> {
            tx.insertAccount(info.officerName(), Role.ADMIN);
            tx.audit(AuditAction.CREATE, "so", info.communeCode(), "Tạo sổ cho " + info.communeName() + ", "
                    + info.provinceName() + "; quản trị: " + info.officerName());
            for (String name : villageNames) {
                tx.ensureVillage(name);
            }
            return null;
        });
    }

    private static void logIn(RegisterStore store, LoginGuard guard) {
        String user = store.currentAccount().userName();
        if (!store.openedWithRecoveryKey()) {
            // The key ring knows this user but the database does not: the file was cut short or
            // replaced by an older copy (MVStore then opens its last intact state).
            Account found = store.accounts().find(user).orElseThrow(() -> new CorruptRegisterException(store.folder(),
                    "thiếu tài khoản \"" + user + "\" (tệp bị cắt cụt hoặc bị thay bằng bản cũ).",
                    Backups.newestGood(store.folder()), null));
            if (!found.active()) {
                throw new UserFacingException("Người dùng \"" + user + "\" đã bị khóa. Hãy hỏi người quản trị.");
            }
            store.loggedInAs(found);
        }
        List<LoginGuard.Failure> failures = guard.failures();
        store.write(tx -> {
            for (LoginGuard.Failure failure : failures) {
                tx.audit(failure.time(), AuditAction.LOGIN_FAILED, "dang_nhap", failure.user(), "Gõ sai mật khẩu");
            }
            tx.audit(AuditAction.LOGIN, "dang_nhap", user,
                    store.openedWithRecoveryKey() ? "Mở sổ bằng mã khôi phục" : "Đăng nhập");
            return null;
        });
        guard.reset();
    }
}
