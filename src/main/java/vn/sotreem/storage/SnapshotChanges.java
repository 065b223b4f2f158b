package vn.sotreem.storage;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What one transaction changed of what the report snapshot holds: some children (by id), some whole
 * parts, or — when a write could not say exactly — everything. Unknown is the safe default: a
 * {@link RegisterTransaction} records "everything" for every edit that does not name its change.
 */
final class SnapshotChanges {

    /** The parts of a {@link vn.sotreem.domain.report.RegisterSnapshot} read whole (children are read by id). */
    enum Part { VILLAGES, MEMBERSHIPS, SUPPORTS, ABUSE_CASES, INJURIES }

    private boolean everything;
    private final EnumSet<Part> parts = EnumSet.noneOf(Part.class);
    private final Set<Long> childIds = new HashSet<>();

    void everything() {
        everything = true;
    }

    void part(Part part) {
        parts.add(part);
    }

    void child(long id) {
        childIds.add(id);
    }

    boolean isEverything() {
        return everything;
    }

    boolean isEmpty() {
        return !everything && parts.isEmpty() && childIds.isEmpty();
    }

    Set<Part> parts() {
        return parts;
    }

    Set<Long> childIds() {
        return childIds;
    }

    /** Adds another transaction's changes to these. */
    void add(SnapshotChanges other) {
        everything |= other.everything;
        parts.addAll(other.parts);
        childIds.addAll(other.childIds);
    }

    void clear() {
        everything = false;
        parts.clear();
        childIds.clear();
    }
}
