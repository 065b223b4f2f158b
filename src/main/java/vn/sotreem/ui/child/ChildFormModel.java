package vn.sotreem.ui.child;

import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.hcdb.ChildHcdbModel;
import vn.sotreem.ui.injury.InjuryRegisterModel;

/**
 * The register's side of a child's record: what the record shows beside the child's fields (its
 * abuse cases, injuries and HCĐB history), the possible duplicates of a child about to be saved,
 * and the save. Opening a record ({@link #details}) is written to the audit log. Every method but {@link #canSeeAbuseDetails}, {@link #hcdb} and
 * {@link #injuries} reads or writes the register: call it off the FX thread.
 */
public final class ChildFormModel {

    /** What a record shows beside the child's own fields, read before it opens. */
    public record Details(List<String> villages, List<AbuseCase> abuseCases, List<Injury> injuries,
                          ChildHcdbModel.History hcdb) {
        public Details {
            villages = List.copyOf(villages);
            abuseCases = List.copyOf(abuseCases);
            injuries = List.copyOf(injuries);
        }
    }

    private final RegisterStore store;
    private final ChildHcdbModel hcdb;
    private final InjuryRegisterModel injuries;

    public ChildFormModel(RegisterStore store) {
        this.store = store;
        this.hcdb = new ChildHcdbModel(store);
        this.injuries = new InjuryRegisterModel(store);
    }

    /** The account working now may see who the victims of abuse cases are (kept in memory: no read). */
    boolean canSeeAbuseDetails() {
        return store.currentAccount().role().canSeeAbuseDetails();
    }

    /** The villages (for the village box) and, for a child already in the register, its cases, injuries and HCĐB history. */
    public Details details(Child child) {
        List<String> villages = store.villages().stream().map(Village::name).toList();
        if (child == null || child.getId() == null) {
            return new Details(villages, List.of(), List.of(), null);
        }
        long id = child.getId();
        if (store.openChildRecord(id).isEmpty()) { // audited: the record holds HCĐB groups, poverty, parents
            throw new UserFacingException("Không tìm thấy hồ sơ trẻ " + child.getCode() + " (có thể đã bị hủy hoặc gộp).");
        }
        List<AbuseCase> cases = canSeeAbuseDetails() ? store.read(tx -> tx.abuseCaseIdsOfChild(id).stream()
                .flatMap(caseId -> tx.abuseCase(caseId).stream()).toList()) : List.of();
        return new Details(villages, cases, store.injuries(id), hcdb.history(child));
    }


    /** The child as the register has it now. */
    Optional<Child> child(long id) {
        return store.child(id);
    }

    List<Child> possibleDuplicates(Child child) {
        return store.possibleDuplicates(child);
    }

    Child save(Child child) {
        return store.saveChild(child);
    }

    /** Saves a new child the officer kept although it looks like {@code duplicates}, queuing each pair. */
    Child saveKeepingDuplicates(Child child, List<Child> duplicates) {
        return store.saveChildKeepingDuplicates(child, duplicates);
    }

    /** Voids a child entered in error with the officer's reason (it leaves every list). */
    Child voidChild(long id, String reason) {
        return store.voidChild(id, reason);
    }

    ChildHcdbModel hcdb() {
        return hcdb;
    }

    /** The register's side of the injury form opened from the record. */
    InjuryRegisterModel injuries() {
        return injuries;
    }
}
