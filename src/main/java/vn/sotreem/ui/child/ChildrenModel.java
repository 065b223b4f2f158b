package vn.sotreem.ui.child;

import java.util.List;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.importing.ExchangeModel;

/**
 * The register's side of the children list: the children in name order, the villages of the
 * filter and how many possible duplicates wait, and the models of what the list opens (a child's
 * record, the duplicates queue, import and export). {@link #read} and {@link #around} read the
 * register: call them off the FX thread.
 */
public final class ChildrenModel {

    /** The name of the background read of the whole list (tests check it is not made twice at start). */
    public static final String READ_ALL = "children-read-all";

    /** One reading for the list; {@code waitingDuplicates} is 0 for accounts that may not decide them. */
    record Listing(List<Child> sortedChildren, List<Village> villages, int waitingDuplicates) {
        Listing {
            sortedChildren = List.copyOf(sortedChildren);
            villages = List.copyOf(villages);
        }
    }

    private final RegisterStore store;
    private final ChildFormModel form;
    private final DuplicatesModel duplicates;

    public ChildrenModel(RegisterStore store) {
        this.store = store;
        this.form = new ChildFormModel(store);
        this.duplicates = new DuplicatesModel(store);
    }

    /** The account working now (kept in memory: no read). */
    Role role() {
        return store.currentAccount().role();
    }

    /** Every child, sorted in the list's name order (the 20 000 children of a commune too), with the rest of the list. */
    Listing read() {
        return around(ChildListModel.sortedByName(store.allChildren()));
    }

    /** The villages and the waiting duplicates around children already read (the main window's start read). */
    Listing around(List<Child> sortedChildren) {
        return new Listing(sortedChildren, store.villages(), role().canEdit() ? duplicates.waitingCount() : 0);
    }

    /** How many duplicate pairs wait (0 for accounts that may not decide them): a save may have queued one. */
    int waitingDuplicates() {
        return role().canEdit() ? duplicates.waitingCount() : 0;
    }

    ChildFormModel form() {
        return form;
    }

    DuplicatesModel duplicates() {
        return duplicates;
    }

    /** The voided records (administrators only). */
    VoidedChildrenModel voided() {
        return new VoidedChildrenModel(store);
    }

    ExchangeModel exchange() {
        return new ExchangeModel(store);
    }
}
