package vn.sotreem.storage;

import java.time.LocalDateTime;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VoidReason;
import vn.sotreem.storage.SnapshotChanges.Part;

/**
 * Voiding an abuse case entered in error, inside one {@link RegisterTransaction}: the case is
 * marked (when, by whom, why), never deleted, and from then on leaves the list, the Today page,
 * the indicator report and the register workbook. Only accounts that may edit and see abuse
 * details may void.
 */
final class AbuseCaseVoiding {


    private final RegisterTransaction tx;

    AbuseCaseVoiding(RegisterTransaction tx) {
        this.tx = tx;
    }

    void voidCase(long id, String reason) {
        tx.requireEditOf(Part.ABUSE_CASES);
        String why = VoidReason.require(reason, "vụ việc", "nhập trùng, nhập nhầm trẻ");
        AbuseCase c = tx.abuseCase(id) // checks that the account may see abuse details
                .orElseThrow(() -> new UserFacingException("Không tìm thấy vụ việc (mã nội bộ " + id + "), "
                        + "hoặc vụ việc đã bị hủy."));
        String user = tx.store().currentAccount().userName();
        boolean voided = tx.call(() -> tx.store().abuseCaseRepository().markVoided(tx.connection(), id,
                LocalDateTime.now(), user, why));
        if (!voided) {
            throw new UserFacingException("Vụ việc " + c.getCode() + " đã bị hủy trước đó.");
        }
        tx.audit(AuditAction.VOID, "xam_hai", c.getCode(), "Hủy vụ việc " + c.getCode() + " (tiếp nhận "
                + DateText.format(c.getIntake().receivedOn()) + "; " + c.getVictims().size() + " trẻ; bước: "
                + c.currentStep().label() + ").\nTrạng thái: đang theo dõi → đã hủy (nhập nhầm).\nLý do: " + why);
    }
}
