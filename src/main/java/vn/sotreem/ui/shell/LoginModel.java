package vn.sotreem.ui.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.storage.Accounts;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.ErrorMessages;

/**
 * The login screen without a screen: who may log in, opening the register with a password or the
 * recovery key (then a new password for an administrator), and restoring the newest good backup
 * of a damaged register. The slow steps (every one that opens the register) run off the JavaFX
 * thread; the register opened is held here until it is handed on as an {@link OpenedRegister}.
 */
final class LoginModel {

    /** Opened with the recovery key: the active administrators, one of whom gets the new password. */
    record Recovery(List<String> admins, String problem) {
    }

    private final DataFolder folder;
    /** Opened with a password, its details not read yet ({@link #load}). */
    private volatile RegisterStore opening;
    /** Opened with the recovery key, waiting for the new password; closed if the window closes. */
    private volatile RegisterStore recovery;

    LoginModel(DataFolder folder) {
        this.folder = folder;
    }

    String folderText() {
        return "Thư mục dữ liệu: " + folder.path().toAbsolutePath();
    }

    /**
     * The key ring's user names, for the picker (a small file beside the register, read when the
     * screen is built: its first frame shows them); none when it cannot be read.
     */
    List<String> userNames() {
        try {
            return Accounts.userNames(folder);
        } catch (RuntimeException e) {
            return List.of(); // A damaged key ring is reported when opening.
        }
    }

    /**
     * Off the FX thread: opens the register (the password is wiped). Empty when opened with a password
     * ({@link #load} next); a recovery when what was typed is the recovery key.
     */
    Optional<Recovery> open(String user, char[] password) {
        RegisterStore store;
        try {
            store = RegisterStore.open(folder, user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return opened(store);
    }

    /** Off the FX thread: opens the register with the recovery key (wiped); then a new password is set. */
    Optional<Recovery> openWithRecoveryKey(char[] key) {
        RegisterStore store;
        try {
            store = RegisterStore.open(folder, null, key);
        } finally {
            Arrays.fill(key, '\0');
        }
        return opened(store);
    }

    private Optional<Recovery> opened(RegisterStore store) {
        if (!store.openedWithRecoveryKey()) {
            opening = store;
            return Optional.empty();
        }
        recovery = store;
        try {
            return Optional.of(new Recovery(store.accounts().list().stream()
                    .filter(a -> a.active() && a.role() == Role.ADMIN).map(Account::userName).toList(), ""));
        } catch (RuntimeException e) {
            return Optional.of(new Recovery(List.of(), ErrorMessages.describe(e)));
        }
    }

    /** Off the FX thread: the details of the register just opened, for the main window (closed if they cannot be read). */
    OpenedRegister load() {
        RegisterStore store = opening;
        opening = null;
        return OpenedRegister.load(store);
    }

    boolean waitsForNewPassword() {
        return recovery != null;
    }

    /**
     * Off the FX thread: the administrator's new password (wiped), then the register reopened as that
     * administrator, so the work from here on is in the log under their name.
     */
    OpenedRegister setNewPassword(String user, char[] password) {
        RegisterStore store = recovery;
        try {
            store.accounts().changePassword(user, password);
            store.close();
            recovery = null;
            return OpenedRegister.load(RegisterStore.open(folder, user, password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Off the FX thread: replaces the damaged register with {@code backup}, opened with {@code password} (wiped). */
    BackupInfo restore(BackupInfo backup, char[] password, Progress progress) {
        try {
            Backups.restore(folder, backup.file(), password, progress);
            return backup;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Closes a register opened with the recovery key whose new password was never set. */
    void dispose() {
        RegisterStore store = recovery;
        recovery = null;
        if (store != null) {
            store.close();
        }
    }
}
