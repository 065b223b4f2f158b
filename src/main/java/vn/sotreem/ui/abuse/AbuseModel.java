package vn.sotreem.ui.abuse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.VoidReason;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.RegisterStore;

/**
 * The abuse feature's way to the register: the list of cases, a case opened (written to the audit
 * log) with what its window needs, the next free code and saving. Its reads and writes take time:
 * callers run them through {@code BackgroundTask}, never on the JavaFX thread. The account's role
 * is known without reading.
 */
public final class AbuseModel {

    /**
     * What the case window needs, read in one go.
     *
     * @param existing   the case opened, or null for a new one
     * @param firstCode  the next free code of today's year, for a new case
     */
    record CaseFormData(AbuseCase existing, List<Child> children, List<String> villages, String userName,
                        String firstCode, WorkingDays calendar) {
    }

    /** The longest reason for voiding the register keeps. */

    private final RegisterStore store;

    public AbuseModel(RegisterStore store) {
        this.store = store;
    }

    Role role() {
        return store.currentAccount().role();
    }

    boolean canEdit() {
        return role().canEdit();
    }

    boolean canSeeDetails() {
        return role().canSeeAbuseDetails();
    }

    /** A new case may be received only by an account that edits and sees abuse details. */
    boolean canReceive() {
        return canEdit() && canSeeDetails();
    }

    boolean canExport() {
        return role().canExport();
    }

    /** Every case's summary with its deadlines at {@code now}. */
    List<AbuseCaseSummary> summaries(LocalDateTime now) {
        return store.abuseCaseSummaries(now);
    }

    /** The window's data for case {@code caseId} (opened, so recorded in the audit log), or for a new case when null. */
    CaseFormData caseForm(Long caseId, LocalDate today) {
        AbuseCase existing = caseId == null ? null : store.openAbuseCase(caseId);
        List<String> villages = store.villages().stream().map(Village::name).toList();
        String firstCode = existing == null ? nextCode(today.getYear()) : null;
        return new CaseFormData(existing, store.allChildren(), villages, store.userName(), firstCode, store.workingDays());
    }

    /** The next free case code of a year of receipt. */
    String nextCode(int year) {
        return store.read(tx -> tx.nextAbuseCaseCode(year));
    }

    AbuseCase save(AbuseCase abuseCase, LocalDate today) {
        return store.saveAbuseCase(abuseCase, today);
    }

    /**
     * Voids a case entered in error, with the officer's reason: it leaves the list, the Today page,
     * the report and the export; the register keeps it and the audit log says who and why.
     */
    void voidCase(long caseId, String reason) {
        store.voidAbuseCase(caseId, reason);
    }

    /** What is wrong with a reason for voiding as typed, or empty when it will do. */
    static Optional<String> voidReasonProblem(String reason) {
        return VoidReason.problem(reason, "vụ việc", "nhập trùng, nhập nhầm trẻ");
    }

    /** The printing of this register's case documents. */
    CaseDocumentsModel documents() {
        return new CaseDocumentsModel(store);
    }
}
