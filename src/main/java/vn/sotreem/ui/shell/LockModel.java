package vn.sotreem.ui.shell;

import vn.sotreem.storage.RegisterStore;

/** What the idle lock's screen needs of the register: whose password opens it, and the check itself. */
final class LockModel {

    private final RegisterStore store;

    LockModel(RegisterStore store) {
        this.store = store;
    }

    String userName() {
        return store.userName();
    }

    /**
     * True when the password is the current user's; slow (a key derivation), so off the FX thread.
     * A wrong one throws, with its wait after three failures.
     */
    boolean checkPassword(char[] password) {
        store.checkPassword(password);
        return true;
    }
}
