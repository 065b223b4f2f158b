package vn.sotreem.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import vn.sotreem.storage.RegisterStore;

/** The security tab without a screen (administrators): recovery key, idle lock, second backup folder. Off the FX thread. */
final class SecurityModel {

    /** What the tab shows. */
    record Settings(int idleMinutes, Optional<Path> secondFolder) {
    }

    /** A new recovery key and the commune to print with it. */
    record NewKey(String key, String communeName) {
    }

    private final RegisterStore store;

    SecurityModel(RegisterStore store) {
        this.store = store;
    }

    Settings settings() {
        return new Settings(store.settings().idleLockMinutes(), store.settings().secondBackupFolder());
    }

    /** The old key stops working. */
    NewKey newRecoveryKey() {
        String key = store.accounts().regenerateRecoveryKey();
        return new NewKey(key, store.info().communeName());
    }

    void setIdleMinutes(int minutes) {
        store.settings().setIdleLockMinutes(minutes);
    }

    /** Sets (or, with null, clears) the second folder; the folder as the register now has it. */
    Optional<Path> setSecondFolder(Path folder) {
        store.settings().setSecondBackupFolder(folder);
        return store.settings().secondBackupFolder();
    }
}
