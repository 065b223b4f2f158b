package vn.sotreem.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.child.Child;
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
