package vn.sotreem.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.injury.Injury;

/** Abuse cases and injuries, each operation one transaction of the register. */
public interface CaseOperations extends RegisterAccess {

    /**
     * Every abuse case as lists and the Today screen show it, with its deadlines at {@code now}.
     * Any account may follow the work; victims' names and places are masked for accounts that may
     * not see abuse details.
     */
    default List<AbuseCaseSummary> abuseCaseSummaries(LocalDateTime now) {
        boolean details = currentAccount().role().canSeeAbuseDetails();
        WorkingDays calendar = workingDays();
        return read(tx -> {
            Map<Long, Child> byId = new HashMap<>();
            for (Child child : tx.allChildren()) {
                byId.put(child.getId(), child);
            }
            return tx.abuseCasesForCounting().stream()
                    .map(a -> AbuseCaseSummary.of(a, byId, details, calendar, now)).toList();
        });
    }

    /** Opens a case with all its details, recording the opening in the audit log. */
    default AbuseCase openAbuseCase(long id) {
        return write(tx -> {
            AbuseCase abuseCase = tx.abuseCase(id)
                    .orElseThrow(() -> new UserFacingException("Không tìm thấy vụ việc (mã nội bộ " + id + ")."));
            tx.audit(AuditAction.OPEN_ABUSE_CASE, "xam_hai", abuseCase.getCode(), "Mở hồ sơ vụ việc " + abuseCase.getCode());
            return abuseCase;
        });
    }

    default AbuseCase saveAbuseCase(AbuseCase abuseCase, LocalDate today) {
        return write(tx -> tx.saveAbuseCase(abuseCase, today));
    }

    /**
     * Voids a case entered in error: it leaves every list, count and export, nothing of it is
     * deleted, and the audit log keeps who voided it and why.
     */
    default void voidAbuseCase(long id, String reason) {
        write(tx -> {
            tx.voidAbuseCase(id, reason);
            return null;
        });
    }

    /** Every injury of the register (or of one child), oldest first. */
    default List<Injury> injuries(Long childId) {
        return read(tx -> tx.injuries(childId));
    }

    /**
     * Saves injuries in one transaction — the quick-entry grid's rows, or one form: if one is
     * refused nothing is saved, and the message names the child. {@code deathsToRecord} holds the
     * injuries whose child the officer agreed to record as died on the injury's date.
     */
    default List<Injury> saveInjuries(List<Injury> toSave, Set<Injury> deathsToRecord, LocalDate today) {
        return write(tx -> toSave.stream().map(i -> tx.saveInjury(i, deathsToRecord.contains(i), today)).toList());
    }

    /** The child's death this injury recorded, while the child's record still shows it (empty otherwise). */
    default java.util.Optional<vn.sotreem.domain.injury.RecordedDeath> recordedDeath(long injuryId) {
        return read(tx -> tx.recordedDeath(injuryId));
    }

    /** Saves one corrected injury; {@code undoDeath}: the officer chose to undo the death it recorded. */
    default Injury saveInjury(Injury injury, boolean recordDeath, boolean undoDeath, LocalDate today) {
        return write(tx -> tx.saveInjury(injury, recordDeath, undoDeath, today));
    }

    /** Voids an injury with the officer's reason, undoing the death it recorded when the officer chose so. */
    default void voidInjury(long injuryId, String reason, boolean undoDeath) {
        write(tx -> {
            tx.voidInjury(injuryId, reason, undoDeath);
            return null;
        });
    }
}
