package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.RegisterStore;

/**
 * The injury feature's view of the register: every read and write the injury page, the injury
 * window and the quick-entry grid make, each one call. The controllers hold this model, never the
 * store, and run each call off the JavaFX thread through {@link vn.sotreem.ui.common.BackgroundTask}
 * (only {@link #canEdit()}, the signed-in account's role, is known without reading the register).
 */
public final class InjuryRegisterModel {

    /** What the injury page shows: the injuries, their children and the villages to filter by. */
    record Page(List<Injury> injuries, List<Child> children, List<Village> villages) {
    }

    /** What the quick-entry grid checks its rows against: the children to pick from and the injuries already kept. */
    record Register(List<Child> children, List<Injury> injuries) {
    }

    private final RegisterStore store;

    public InjuryRegisterModel(RegisterStore store) {
        this.store = store;
    }

    /** True when the signed-in account may add, change and delete (not the "xem" role). */
    boolean canEdit() {
        return store.currentAccount().role().canEdit();
    }

    Page page() {
        return new Page(store.injuries(null), store.allChildren(), store.villages());
    }

    Register register() {
        return new Register(store.allChildren(), store.injuries(null));
    }

    List<Child> children() {
        return store.allChildren();
    }

    /** The injuries of one child, oldest first (the child's record counts them). */
    public List<Injury> injuriesOf(long childId) {
        return store.injuries(childId);
    }

    /** The child as the register has it now. */
    public Optional<Child> child(long childId) {
        return store.child(childId);
    }

    /** Saves the injuries in one transaction, recording the deaths the officer agreed to; returns them with their ids. */
    List<Injury> save(List<Injury> injuries, Set<Injury> deathsToRecord, LocalDate today) {
        return store.saveInjuries(injuries, deathsToRecord, today);
    }

    void delete(long injuryId) {
        store.write(tx -> {
            tx.deleteInjury(injuryId);
            return null;
        });
    }
}
