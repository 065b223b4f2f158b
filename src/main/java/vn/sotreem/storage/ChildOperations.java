package vn.sotreem.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.report.AgeOut;

/**
 * The children, their villages, HCĐB memberships and supports, and the duplicate queue, each
 * operation one transaction of the register.
 */
public interface ChildOperations extends RegisterAccess {

    default List<Child> allChildren() {
        return read(RegisterTransaction::allChildren);
    }

    default Optional<Child> child(long id) {
        return read(tx -> tx.child(id));
    }

    /** Inserts or updates a child (creating its village if new) and returns it with id and code. */
    default Child saveChild(Child child) {
        return write(tx -> tx.saveChild(child));
    }

    /**
     * The child as its record window opens it, the opening written to the audit log (the record holds
     * HCĐB groups, disability, poverty and parents), as the opening of an abuse case is.
     */
    default Optional<Child> openChildRecord(long id) {
        return write(tx -> {
            Optional<Child> child = tx.child(id);
            child.ifPresent(c -> tx.audit(AuditAction.OPEN_CHILD, "tre_em", c.getCode(),
                    "Mở hồ sơ trẻ " + c.getFullName() + " (" + c.getCode() + ")"));
            return child;
        });
    }

    /**
     * Saves a new child the officer kept although it looks like {@code duplicates}: each pair is
     * queued in the duplicate queue in the same transaction, to be merged or declared distinct later.
     */
    default Child saveChildKeepingDuplicates(Child child, List<Child> duplicates) {
        return write(tx -> {
            Child saved = tx.saveChild(child);
            for (Child other : duplicates) {
                if (other.getId() != null && !other.getId().equals(saved.getId())) {
                    tx.queueDuplicate(other.getId(), saved.getId(), DuplicateReason.between(other, saved)
                            .orElse(DuplicateReason.SAME_NAME_AND_BIRTH_DATE));
                }
            }
            return saved;
        });
    }

    /**
     * Voids a child entered in error, with the officer's reason, in one transaction (see
     * {@link ChildVoiding}): it and its events leave every list, count and export. Viewers are refused.
     */
    default Child voidChild(long childId, String reason) {
        requireRole(Role::canEdit, "Tài khoản chỉ xem (" + userName() + ") không được hủy hồ sơ trẻ.");
        return write(tx -> tx.voiding().voidChild(childId, reason));
    }

    /** The voided children, latest first; administrators only. */
    default List<ChildRepository.Voided> voidedChildren() {
        return read(tx -> tx.voiding().voided());
    }

    /** Restores a voided child (administrators only), audited. */
    default Child restoreChild(long childId) {
        return write(tx -> tx.voiding().restore(childId));
    }

    default List<Child> possibleDuplicates(Child child) {
        return read(tx -> tx.possibleDuplicates(child));
    }

    /** Possible duplicates still waiting for the officer's decision. */
    default List<DuplicateQueueRepository.PossibleDuplicate> pendingDuplicates() {
        return read(RegisterTransaction::pendingDuplicates);
    }

    /**
     * Merges two records of one child into the older one, in one transaction (see
     * {@link RegisterTransaction#mergeChildren}). Viewers are refused.
     */
    default Child mergeChildren(ChildMerge merge, LocalDate today) {
        requireRole(Role::canEdit, "Tài khoản chỉ xem (" + userName() + ") không được gộp hồ sơ trẻ.");
        return write(tx -> tx.mergeChildren(merge, today));
    }

    /** Records that two children are different people: the pair is never proposed again. Viewers are refused. */
    default void markNotDuplicate(long childId, long otherChildId) {
        requireRole(Role::canEdit, "Tài khoản chỉ xem (" + userName() + ") không được xử lý hồ sơ nghi trùng.");
        write(tx -> {
            tx.markNotDuplicate(childId, otherChildId);
            return null;
        });
    }

    /**
     * A distribution day: the same support for every child listed, in one transaction. If any
     * child's record refuses it (dates, death), nothing is recorded and the message names the child.
     * The supports share one distribution id: the day is corrected or voided as a whole.
     */
    default List<Support> addSupportToChildren(Support template, List<Long> childIds, LocalDate today) {
        return write(tx -> tx.hcdb().addDistribution(template, childIds, today));
    }

    /** Closes the open memberships of a child who turned 16, the day before the birthday, reason "đủ 16 tuổi". */
    default List<Membership> closeAgedOutMemberships(long childId, LocalDate today) {
        return write(tx -> {
            Child child = tx.child(childId).orElseThrow(() -> new UserFacingException("Không tìm thấy trẻ."));
            return AgeOut.closings(child, tx.memberships(childId)).stream().map(m -> tx.saveMembership(m, today)).toList();
        });
    }

    default List<Village> villages() {
        return read(RegisterTransaction::villages);
    }

    default Village addVillage(String name) {
        return write(tx -> tx.village(tx.ensureVillage(name)));
    }

    default void renameVillage(long id, String newName) {
        write(tx -> {
            tx.renameVillage(id, newName);
            return null;
        });
    }

    default void deleteVillage(long id) {
        write(tx -> {
            tx.deleteVillage(id);
            return null;
        });
    }
}
