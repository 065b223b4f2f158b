package vn.sotreem.ui.shell;

import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.BackgroundRunner;

/**
 * The main window's life without a screen: which register is open (after setup or login, none
 * after a restore), the backup taken when the window closes, and closing the register at the end.
 */
final class AppModel {

    private RegisterStore store;

    /** A register was opened (setup or login): the window now works in it. */
    void opened(OpenedRegister opened) {
        this.store = opened.store();
    }

    /** The main window's model on the register just opened. */
    MainModel main(OpenedRegister opened, BackgroundRunner runner) {
        opened(opened);
        return new MainModel(opened, runner);
    }

    boolean isOpen() {
        return store != null;
    }

    /** The register was replaced by a backup and closed by it: nothing to close any more. */
    void restored() {
        store = null;
    }

    /** Off the FX thread: the backup taken on closing the window (reason "on close"). */
    BackupInfo backUpOnClose(Progress progress) {
        return Backups.createInRotation(store, Backups.ON_CLOSE, progress);
    }

    /** Closes the register; safe to call more than once. */
    void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
