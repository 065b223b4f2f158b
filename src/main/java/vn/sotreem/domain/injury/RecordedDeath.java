package vn.sotreem.domain.injury;

import java.time.LocalDate;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.DateText;

/**
 * The death of a child that one injury recorded (the officer agreed when saving it): the child's
 * status became "Đã mất" on the injury's date, and the status before is kept so that deleting or
 * correcting the injury can give it back.
 *
 * @param injuryId         the injury that recorded it
 * @param deathDate        the date recorded as the child's death (the injury's date then)
 * @param statusBefore     the child's status before
 * @param statusDateBefore the date of that status (null when it had none)
 */
public record RecordedDeath(long injuryId, LocalDate deathDate, ChildStatus statusBefore, LocalDate statusDateBefore) {

    /** True while the child is still "Đã mất" on the recorded date: only then can it be undone. */
    public boolean stillShownIn(Child child) {
        return child.getStatus() == ChildStatus.DIED && deathDate.equals(child.getStatusDate());
    }

    /**
     * True when a correction of the injury takes away what the death was recorded from: the injury
     * is deleted ({@code corrected} null), no longer says the child died, or moves to another day.
     */
    public static boolean correctionAsksToUndo(Injury recorded, Injury corrected) {
        return corrected == null || !corrected.died() || !corrected.date().equals(recorded.date());
    }

    /** The question put to the officer, naming the child and the status it goes back to. */
    public String undoQuestion(Child child) {
        return "Tai nạn này đã ghi trẻ " + child.getFullName() + " là \"Đã mất\" từ ngày " + DateText.format(deathDate)
                + ". Bỏ tình trạng \"Đã mất\" và trả lại tình trạng trước đó (" + statusBefore.label()
                + (statusDateBefore == null ? "" : " từ ngày " + DateText.format(statusDateBefore)) + ")?";
    }
}
