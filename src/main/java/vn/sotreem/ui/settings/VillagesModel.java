package vn.sotreem.ui.settings;

import java.util.List;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.RegisterStore;

/**
 * The villages tab without a screen. Each change returns the list as the register has it after
 * the change, read in the same background work.
 */
final class VillagesModel {

    private final RegisterStore store;

    VillagesModel(RegisterStore store) {
        this.store = store;
    }

    boolean canEdit() {
        return store.currentAccount().role().canEdit();
    }

    /** Off the FX thread. */
    List<Village> villages() {
        return store.villages();
    }

    /** Off the FX thread. */
    List<Village> add(String name) {
        store.addVillage(name);
        return store.villages();
    }

    /** Off the FX thread. */
    List<Village> rename(Village village, String name) {
        store.renameVillage(village.id(), name);
        return store.villages();
    }

    /** Off the FX thread; refused while a child lives there. */
    List<Village> delete(Village village) {
        store.deleteVillage(village.id());
        return store.villages();
    }
}
