package vn.sotreem.ui.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.merge.MembershipOverlaps;
import vn.sotreem.storage.RegisterStore;

/**
 * The register's side of the duplicates queue: the waiting pairs with both records as they are now
 * and what is linked to each, the merge and the "not a duplicate" decision. Every method reads or
 * writes the register: call it off the FX thread.
 */
final class DuplicatesModel {

    /**
     * One waiting pair; {@code olderLinked} and {@code newerLinked} say what is linked to each record
     * ("1 đợt HCĐB, 0 trợ giúp, …"), so the officer sees that nothing is lost by merging.
     */
    record Pair(DuplicateReason reason, ChildMerge merge, String olderLinked, String newerLinked,
                List<MembershipOverlaps.Conflict> overlaps) {
        Pair {
            overlaps = List.copyOf(overlaps);
        }
    }

    private final RegisterStore store;

    DuplicatesModel(RegisterStore store) {
        this.store = store;
    }

    /** How many pairs wait for an officer's decision. */
    int waitingCount() {
        return store.pendingDuplicates().size();
    }

    /** Waiting pairs whose two records are still in the register, oldest first. */
    List<Pair> waitingPairs() {
        List<Pair> pairs = new ArrayList<>();
        for (var queued : store.pendingDuplicates()) {
            Optional<Child> a = store.child(queued.childIdA());
            Optional<Child> b = store.child(queued.childIdB());
            if (a.isPresent() && b.isPresent()) {
                pairs.add(pair(queued.reason(), ChildMerge.of(a.get(), b.get())));
            }
        }
        return pairs;
    }

    private String linked(Child child) {
        return store.read(tx -> tx.memberships(child.getId()).size() + " đợt HCĐB, " + tx.supports(child.getId()).size()
                + " trợ giúp, " + tx.injuries(child.getId()).size() + " tai nạn, "
                + tx.abuseCaseIdsOfChild(child.getId()).size() + " vụ việc xâm hại");
    }

    /**
     * Any two children chosen in the list, as a pair of the merge dialog (read as the register has
     * them now); the reason is the one the duplicate check would give, if any.
     */
    Pair pairOf(long childId, long otherChildId) {
        Child a = store.child(childId).orElseThrow(() -> new UserFacingException("Không tìm thấy trẻ (có thể đã bị hủy hoặc gộp)."));
        Child b = store.child(otherChildId).orElseThrow(() -> new UserFacingException("Không tìm thấy trẻ (có thể đã bị hủy hoặc gộp)."));
        return pair(DuplicateReason.between(a, b).orElse(null), ChildMerge.of(a, b));
    }

    /** A pair with what is linked to each record and the overlapping memberships the officer must resolve. */
    private Pair pair(DuplicateReason reason, ChildMerge merge) {
        List<MembershipOverlaps.Conflict> overlaps = store.read(tx -> merge.memberships().conflicts(
                tx.memberships(merge.older().getId()), tx.memberships(merge.newer().getId())));
        return new Pair(reason, merge, linked(merge.older()), linked(merge.newer()), overlaps);
    }

    /** Merges a pair chosen in the list; nothing is left to show afterwards. */
    List<Pair> mergeChosen(ChildMerge merge, LocalDate today) {
        store.mergeChildren(merge, today);
        return List.of();
    }

    /** Merges the pair into the older record, then reads the waiting pairs again. */
    List<Pair> merge(ChildMerge merge, LocalDate today) {
        store.mergeChildren(merge, today);
        return waitingPairs();
    }

    /** Records that the pair are two different children, then reads the waiting pairs again. */
    List<Pair> markNotDuplicate(ChildMerge merge) {
        store.markNotDuplicate(merge.older().getId(), merge.newer().getId());
        return waitingPairs();
    }
}
