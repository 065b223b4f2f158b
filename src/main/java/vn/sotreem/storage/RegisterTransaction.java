package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.Child;
import vn.sotreem.domain.DuplicateReason;
import vn.sotreem.domain.Village;

/**
 * The register's operations inside one open transaction, for code outside storage (the importer,
 * later features). It hides JDBC, and every write of every feature passes through it — the one
 * place to hook cross-cutting duties such as the audit log.
 */
public final class RegisterTransaction {

    /** Work done in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(RegisterTransaction tx);
    }

    private final Connection connection;
    private final RegisterStore store;

    RegisterTransaction(Connection connection, RegisterStore store) {
        this.connection = connection;
        this.store = store;
    }

    public List<Village> villages() {
        return call(() -> store.villageRepository().list(connection));
    }

    /** The id of the village with this name (after folding), creating it when new. */
    public long ensureVillage(String name) {
        return call(() -> store.villageRepository().ensure(connection, name));
    }

    public Optional<Child> childByCode(String code) {
        return call(() -> store.childRepository().findByCode(connection, code));
    }

    public int childCount() {
        return call(() -> store.childRepository().count(connection));
    }

    /** Other children with the same folded name and birth date, or the same personal ID. */
    public List<Child> possibleDuplicates(Child child) {
        return call(() -> store.childRepository().possibleDuplicates(connection, child));
    }

    /** Inserts or updates a child in a known village; returns it with id and code. */
    public Child saveChild(Child child, long villageId) {
        return call(() -> store.childRepository().save(connection, child, villageId));
    }

    /** Inserts or updates a child, creating its village when new. */
    public Child saveChild(Child child) {
        return saveChild(child, ensureVillage(child.getVillage()));
    }

    /** Queues a possible duplicate pair for the officer; false when the pair was already queued. */
    public boolean queueDuplicate(long childId, long otherChildId, DuplicateReason reason) {
        return call(() -> store.duplicateQueueRepository().queue(connection, childId, otherChildId, reason));
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private <T> T call(SqlCall<T> sql) {
        try {
            return sql.call();
        } catch (SQLException e) {
            throw StorageErrors.translate(e, store.folder());
        }
    }
}
