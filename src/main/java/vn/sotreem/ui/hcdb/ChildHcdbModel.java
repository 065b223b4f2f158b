package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.storage.RegisterStore;

/**
 * The register's side of a child's HCĐB tab: its memberships and supports, newest first, and the
 * writes of the tab's dialogs. Every method reads or writes the register: call it off the FX thread.
 */
public final class ChildHcdbModel {

    /** What the tab shows: memberships by start date and supports by date, newest first. */
    public record History(List<Membership> memberships, List<Support> supports) {
        public History {
            memberships = List.copyOf(memberships);
            supports = List.copyOf(supports);
        }
    }

    private final RegisterStore store;

    public ChildHcdbModel(RegisterStore store) {
        this.store = store;
    }

    /** The child's memberships and supports as the register has them now. */
    public History history(Child child) {
        return store.read(tx -> new History(
                tx.memberships(child.getId()).stream().sorted(Comparator.comparing(Membership::fromDate).reversed()).toList(),
                tx.supports(child.getId()).stream().sorted(Comparator.comparing(Support::date).reversed()).toList()));
    }

    /** Saves a new, corrected or closed membership, then reads the child's history again. */
    History saveMembership(Child child, Membership membership, LocalDate today) {
        store.write(tx -> tx.saveMembership(membership, today));
        return history(child);
    }

    /** Records a support of the child (or corrects it, when it has an id), then reads its history again. */
    History addSupport(Child child, Support support, LocalDate today) {
        store.write(tx -> support.id() == null ? tx.addSupport(support, today) : tx.hcdb().saveSupport(support, today));
        return history(child);
    }

    /** Voids a membership entered in error, with the reason, then reads the child's history again. */
    History voidMembership(Child child, long membershipId, String reason) {
        store.write(tx -> {
            tx.hcdb().voidMembership(membershipId, reason);
            return null;
        });
        return history(child);
    }

    /** Voids a support entered in error, with the reason, then reads the child's history again. */
    History voidSupport(Child child, long supportId, String reason) {
        store.write(tx -> {
            tx.hcdb().voidSupport(supportId, reason);
            return null;
        });
        return history(child);
    }
}
