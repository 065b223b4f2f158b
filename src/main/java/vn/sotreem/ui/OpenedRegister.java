package vn.sotreem.ui;

import java.util.List;
import vn.sotreem.domain.Child;
import vn.sotreem.domain.RegisterInfo;
import vn.sotreem.storage.RegisterStore;

/** A register opened off the FX thread, with what the main window shows first. */
record OpenedRegister(RegisterStore store, RegisterInfo info, List<Child> children) {

    static OpenedRegister load(RegisterStore store) {
        try {
            return new OpenedRegister(store, store.info(), store.allChildren());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
