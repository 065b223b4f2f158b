package vn.sotreem.ui.shell;

import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.storage.RegisterStore;

/**
 * A register opened off the FX thread, with its commune for the title. The children are not read
 * here: the main window reads them once in the background after its first frame.
 */
public record OpenedRegister(RegisterStore store, RegisterInfo info) {

    /** Off the FX thread, as the login screen's background task does; closes the store if its details cannot be read. */
    public static OpenedRegister load(RegisterStore store) {
        try {
            return new OpenedRegister(store, store.info());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
