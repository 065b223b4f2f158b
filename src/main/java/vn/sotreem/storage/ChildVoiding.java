package vn.sotreem.storage;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VoidReason;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Voiding a child record entered in error (a duplicate, a test entry) and restoring it, inside one
 * {@link RegisterTransaction}. Nothing is deleted: the row keeps who voided it, when and why, and
 * its memberships, supports and injuries stay in their tables; every read of the register leaves
 * the voided child and those events out. A child who is a victim in an abuse case is not voided:
 * the case would name a child no list shows.
 */
final class ChildVoiding {

    private final RegisterTransaction tx;

    ChildVoiding(RegisterTransaction tx) {
        this.tx = tx;
    }

    /** Voids a child with the officer's reason (required); refused, changing nothing, while an abuse case names it. */
    Child voidChild(long childId, String reason) {
        tx.requireEdit();
        VoidReason.require(reason, "hồ sơ", "nhập trùng với hồ sơ khác, nhập thử");
        Child child = tx.existingChild(childId);
        List<Long> cases = tx.abuseCaseIdsOfChild(childId);
        if (!cases.isEmpty()) {
            List<String> codes = cases.stream().map(id -> tx.call(() -> tx.store().abuseCaseRepository()
                    .findById(tx.connection(), id)).map(AbuseCase::getCode).orElse("mã nội bộ " + id)).toList();
            throw new UserFacingException("Không hủy được hồ sơ " + child.getCode() + " (" + child.getFullName()
                    + "): trẻ là nạn nhân trong vụ việc xâm hại " + String.join(", ", codes)
                    + ". Hãy sửa hoặc hủy vụ việc đó trước (hoặc gộp hồ sơ nếu đây là hồ sơ trùng).");
        }
        String cleaned = VietnameseText.clean(reason);
        String events = events(childId);
        tx.run(() -> tx.store().childRepository().setVoided(tx.connection(), childId, LocalDateTime.now(),
                tx.store().userName(), cleaned));
        tx.audit(AuditAction.VOID, "tre_em", child.getCode(), "Hủy hồ sơ nhập nhầm: " + child.getFullName()
                + " (" + child.getCode() + "), sinh " + DateText.format(child.getBirthDate())
                + "\nTình trạng: còn trong sổ → đã hủy" + (events.isEmpty() ? "" : "\nCùng hủy theo hồ sơ: " + events)
                + "\nLý do: " + cleaned);
        return child;
    }

    /** Restores a voided child (administrators only); it and its events are in every list again. */
    Child restore(long childId) {
        tx.store().requireRole(Role::canRestore, "Chỉ tài khoản quản trị được khôi phục hồ sơ đã hủy.");
        tx.requireEdit();
        ChildRepository.Voided voided = voided().stream().filter(v -> v.child().getId() == childId).findFirst()
                .orElseThrow(() -> new UserFacingException("Không tìm thấy hồ sơ đã hủy (mã nội bộ " + childId + ")."));
        tx.run(() -> tx.store().childRepository().setVoided(tx.connection(), childId, null, null, null));
        Child child = voided.child();
        tx.audit(AuditAction.RESTORE, "tre_em", child.getCode(), "Khôi phục hồ sơ đã hủy: " + child.getFullName()
                + " (" + child.getCode() + ")\nTình trạng: đã hủy → còn trong sổ"
                + "\nĐã hủy ngày " + DateText.format(voided.at().toLocalDate()) + " bởi " + voided.by() + ", lý do: " + voided.reason());
        return tx.existingChild(childId);
    }

    /** The voided children, the latest first (administrators only: they are out of every other list). */
    List<ChildRepository.Voided> voided() {
        tx.store().requireRole(Role::canRestore, "Chỉ tài khoản quản trị được xem hồ sơ đã hủy.");
        return tx.call(() -> tx.store().childRepository().findVoided(tx.connection()));
    }

    /** {@code rows} of every child without those of voided children; the rows of one child as they are. */
    <T> List<T> withoutVoided(Long childId, List<T> rows, Function<T, Long> childOf) {
        if (childId != null || rows.isEmpty()) {
            return rows;
        }
        Set<Long> voided = tx.call(() -> tx.store().childRepository().voidedIds(tx.connection()));
        return voided.isEmpty() ? rows : rows.stream().filter(r -> !voided.contains(childOf.apply(r))).toList();
    }

    private String events(long childId) {
        StringBuilder s = new StringBuilder();
        append(s, tx.memberships(childId).size(), "đợt thuộc nhóm HCĐB");
        append(s, tx.supports(childId).size(), "lần trợ giúp");
        append(s, tx.injuries(childId).size(), "tai nạn, thương tích");
        return s.toString();
    }

    private static void append(StringBuilder s, int n, String what) {
        if (n > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(what);
        }
    }
}
