package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.RecordedDeath;
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

    /** The reason kept with an injury deleted from the list (the question named it before). */
    static final String DELETE_REASON = "Cán bộ xóa khỏi danh sách tai nạn, thương tích";

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

    /** One injury as the register has it now (empty when voided or unknown). */
    Optional<Injury> injury(long injuryId) {
        return store.injuries(null).stream().filter(i -> i.id() == injuryId).findFirst();
    }

    /** The child as the register has it now. */
    public Optional<Child> child(long childId) {
        return store.child(childId);
    }

    /** Saves the injuries in one transaction, recording the deaths the officer agreed to; returns them with their ids. */
    List<Injury> save(List<Injury> injuries, Set<Injury> deathsToRecord, LocalDate today) {
        return store.saveInjuries(injuries, deathsToRecord, today);
    }

    /** The child's death this injury recorded, while the child's record still shows it. */
    Optional<RecordedDeath> recordedDeath(long injuryId) {
        return store.recordedDeath(injuryId);
    }

    /** Saves one injury of the form; {@code undoDeath}: the officer chose to undo the death it recorded. */
    Injury save(Injury injury, boolean recordDeath, boolean undoDeath, LocalDate today) {
        return store.saveInjury(injury, recordDeath, undoDeath, today);
    }

    /** Deletes (voids: nothing is physically deleted) an injury; {@code undoDeath} as the officer chose. */
    void delete(long injuryId, boolean undoDeath) {
        store.voidInjury(injuryId, DELETE_REASON, undoDeath);
    }
}
