package vn.sotreem.ui.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.RegisterStore;

/**
 * The backups page without a screen: the list, a backup now, and restoring one (verified first;
 * the current state backed up, the register closed, the file replaced). Everything but
 * {@link #canRestore} runs off the FX thread.
 */
public final class BackupsModel {

    private final RegisterStore store;
    private final AtomicBoolean closed = new AtomicBoolean();

    public BackupsModel(RegisterStore store) {
        this.store = store;
    }

    boolean canRestore() {
        return store.currentAccount().role().canRestore();
    }

    List<BackupInfo> backups() {
        return Backups.list(store.folder());
    }

    BackupInfo backUpNow(Progress progress) {
        return Backups.createInRotation(store, Backups.MANUAL, progress);
    }

    /** Reads the backup's details and checks that it is whole (before asking for its password). */
    BackupInfo verify(Path backup) {
        return Backups.verify(backup);
    }

    /**
     * Backs the current state up, closes the register and replaces it with {@code backup}, opened
     * with {@code password} (wiped). Cancel is honoured until the register is closed.
     */
    BackupInfo restore(BackupInfo backup, char[] password, Progress progress) {
        try {
            Backups.createInRotation(store, Backups.BEFORE_RESTORE, progress);
            progress.checkCancelled();
            store.close();
            closed.set(true);
            Backups.restore(store.folder(), backup.file(), password, progress);
            return backup;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** True once a restore closed the register (after that only the login screen can open it again). */
    boolean registerClosed() {
        return closed.get();
    }
}
