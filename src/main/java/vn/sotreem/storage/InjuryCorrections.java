package vn.sotreem.storage;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryRules;
import vn.sotreem.domain.injury.RecordedDeath;
import vn.sotreem.storage.SnapshotChanges.Part;

/**
 * Saving and voiding injuries inside one {@link RegisterTransaction}, with the child's death an
 * injury recorded: recording it keeps the child's status before, and deleting or correcting that
 * injury can give it back (only when the officer says so).
 */
final class InjuryCorrections {

    private final RegisterTransaction tx;
    private final RegisterStore store;
    private final Connection c;

    InjuryCorrections(RegisterTransaction tx) {
        this.tx = tx;
        this.store = tx.store();
        this.c = tx.connection();
    }

    /**
     * Adds or changes an injury after checking it against the child. With {@code recordDeath} the
     * child is also recorded as died on the injury's date; with {@code undoDeath} the death this
     * injury recorded earlier is undone first (the officer was asked each time; never silently).
     */
    Injury save(Injury injury, boolean recordDeath, boolean undoDeath, LocalDate today) {
        tx.requireEditOf(Part.INJURIES); // a recorded or undone death saves the child, which notes it
        Injury before = injury.id() == null ? null : tx.call(() -> store.injuryRepository().find(c, injury.id())).orElse(null);
        if (undoDeath && before != null) {
            undoDeath(before);
        }
        Child child = tx.existingChild(injury.childId());
        RegisterTransaction.refuseErrors(InjuryRules.validate(injury, child, today), child);
        Injury saved = tx.call(() -> store.injuryRepository().save(c, injury));
        tx.audit(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "tntt", child.getCode() + "/" + saved.id(),
                describe(saved) + (before == null || before.equals(saved) ? "" : "; trước đây: " + describe(before)));
        if (recordDeath && InjuryRules.offersDeath(saved, child)) {
            RecordedDeath death = new RecordedDeath(saved.id(), saved.date(), child.getStatus(), child.getStatusDate());
            Child died = child.copy();
            died.setStatus(ChildStatus.DIED);
            died.setStatusDate(saved.date());
            tx.saveChild(died, villageOf(child));
            tx.run(() -> store.injuryRepository().setRecordedDeath(c, saved.id(), death));
        }
        return saved;
    }

    /** Voids an injury (it leaves every list, count and export; nothing is deleted), undoing its death if asked. */
    void voidInjury(long id, String reason, boolean undoDeath) {
        tx.requireEditOf(Part.INJURIES);
        Injury before = existing(id);
        if (undoDeath) {
            undoDeath(before);
        }
        Child child = tx.existingChild(before.childId());
        String why = VietnameseText.isBlank(reason) ? "" : reason.trim();
        tx.run(() -> store.injuryRepository().markVoided(c, id, store.userName(), why.isEmpty() ? null : why, LocalDateTime.now()));
        tx.audit(AuditAction.DELETE, "tntt", child.getCode() + "/" + id, "Xóa " + before.type().label() + " ngày "
                + DateText.format(before.date()) + (why.isEmpty() ? "" : ", lý do: " + why));
    }

    /** The death this injury recorded, while the child still shows it (only then can it be undone). */
    Optional<RecordedDeath> recordedDeath(long injuryId) {
        return tx.call(() -> store.injuryRepository().recordedDeath(c, injuryId))
                .filter(death -> tx.child(existing(injuryId).childId()).map(death::stillShownIn).orElse(false));
    }

    private void undoDeath(Injury injury) {
        RecordedDeath death = recordedDeath(injury.id()).orElse(null);
        if (death == null) {
            return; // nothing recorded, or the child's record was changed since: left as it is
        }
        Child child = tx.existingChild(injury.childId());
        Child back = child.copy();
        back.setStatus(death.statusBefore());
        back.setStatusDate(death.statusDateBefore());
        tx.saveChild(back, villageOf(child));
        tx.run(() -> store.injuryRepository().setRecordedDeath(c, injury.id(), null));
        tx.audit(AuditAction.UPDATE, "tre_em", child.getCode(), "Bỏ tình trạng \"Đã mất\" từ ngày "
                + DateText.format(death.deathDate()) + " đã ghi theo tai nạn " + injury.type().label() + " ngày "
                + DateText.format(injury.date()) + "; trả lại: " + death.statusBefore().label()
                + (death.statusDateBefore() == null ? "" : " từ ngày " + DateText.format(death.statusDateBefore())));
    }

    private Injury existing(long id) {
        return tx.call(() -> store.injuryRepository().find(c, id))
                .orElseThrow(() -> new UserFacingException("Không tìm thấy tai nạn, thương tích (mã nội bộ " + id + ")."));
    }

    private long villageOf(Child child) {
        return tx.call(() -> store.villageRepository().findId(c, child.getVillage())).orElseThrow();
    }

    private static String describe(Injury i) {
        return i.type().code() + " " + i.type().label() + " ngày " + DateText.format(i.date()) + ", " + i.place().label()
                + (i.died() ? ", tử vong" : "") + (i.disabled() ? ", khuyết tật" : "");
    }
}
