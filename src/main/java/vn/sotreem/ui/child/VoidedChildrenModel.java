package vn.sotreem.ui.child;

import java.util.List;
import vn.sotreem.storage.ChildRepository;
import vn.sotreem.storage.RegisterStore;

/**
 * The register's side of "Hồ sơ đã hủy" (administrators only): the children voided as entered in
 * error, and restoring one. Every method but {@link #canSee} reads or writes the register: call it
 * off the FX thread.
 */
final class VoidedChildrenModel {

    private final RegisterStore store;

    VoidedChildrenModel(RegisterStore store) {
        this.store = store;
    }

    /** Only administrators see voided records (kept in memory: no read). */
    boolean canSee() {
        return store.currentAccount().role().canRestore();
    }

    List<ChildRepository.Voided> voided() {
        return store.voidedChildren();
    }

    /** Restores one (audited), then reads the voided records again. */
    List<ChildRepository.Voided> restore(long childId) {
        store.restoreChild(childId);
        return voided();
    }
}
