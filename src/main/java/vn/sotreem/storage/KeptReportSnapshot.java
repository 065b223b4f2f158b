package vn.sotreem.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.storage.SnapshotChanges.Part;

/**
 * The last report snapshot of a store, kept up to date: after a write only what it changed is read
 * again (the children it saved, by id, and the other parts it touched whole), so the first report
 * after an officer's edit does not read 20 000 children again. A change it cannot name exactly
 * drops the snapshot, and the next report reads everything. Not thread-safe: the store's lock
 * guards it, like the connection.
 */
final class KeptReportSnapshot {

    /** Beyond this many changed children (an import) one read of all of them is cheaper than patching. */
    static final int PATCH_AT_MOST_CHILDREN = 2_000;

    private RegisterSnapshot snapshot;
    private final SnapshotChanges stale = new SnapshotChanges();
    private int fullReads;

    /** Forgets the snapshot: the next one is read whole. */
    void drop() {
        snapshot = null;
        stale.clear();
    }

    /** Notes what a committed transaction changed. */
    void committed(SnapshotChanges changes) {
        if (snapshot == null || changes.isEmpty()) {
            return;
        }
        if (changes.isEverything()) {
            drop();
            return;
        }
        stale.add(changes);
        if (stale.childIds().size() > PATCH_AT_MOST_CHILDREN) {
            drop();
        }
    }

    /** The snapshot as the register is now, reading only what changed since the last one. */
    RegisterSnapshot current(RegisterTransaction tx) {
        if (snapshot == null) {
            fullReads++;
            snapshot = new RegisterSnapshot(tx.villages(), tx.childrenForCounting(), tx.memberships(null),
                    tx.supports(null), tx.abuseCasesForCounting(), tx.injuries(null));
        } else if (!stale.isEmpty()) {
            Set<Part> parts = stale.parts();
            snapshot = new RegisterSnapshot(
                    parts.contains(Part.VILLAGES) ? tx.villages() : snapshot.villages(),
                    stale.childIds().isEmpty() ? snapshot.children()
                            : patched(snapshot.children(), stale.childIds(), tx.childrenForCounting(stale.childIds())),
                    parts.contains(Part.MEMBERSHIPS) ? tx.memberships(null) : snapshot.memberships(),
                    parts.contains(Part.SUPPORTS) ? tx.supports(null) : snapshot.supports(),
                    parts.contains(Part.ABUSE_CASES) ? tx.abuseCasesForCounting() : snapshot.abuseCases(),
                    parts.contains(Part.INJURIES) ? tx.injuries(null) : snapshot.injuries());
        }
        stale.clear();
        return snapshot;
    }

    /** How many times the whole register was read (for tests: an edit must not cause one). */
    int fullReads() {
        return fullReads;
    }

    /**
     * The children in id order with the changed ones replaced by their fresh reading: a changed id
     * not read again is no longer counted (merged away), a fresh id not held before is new.
     */
    static List<Child> patched(List<Child> children, Set<Long> changedIds, List<Child> fresh) {
        TreeMap<Long, Child> freshById = new TreeMap<>();
        fresh.forEach(c -> freshById.put(c.getId(), c));
        List<Child> result = new ArrayList<>(children.size() + freshById.size());
        for (Child c : children) {
            while (!freshById.isEmpty() && freshById.firstKey() < c.getId()) {
                result.add(freshById.pollFirstEntry().getValue());
            }
            if (!changedIds.contains(c.getId())) {
                result.add(c);
            }
        }
        result.addAll(freshById.values());
        return result;
    }
}
