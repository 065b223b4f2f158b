package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.AuditAction;
import vn.sotreem.domain.Child;
import vn.sotreem.domain.ChildChanges;
import vn.sotreem.domain.DuplicateReason;
import vn.sotreem.domain.Role;
import vn.sotreem.domain.VietnameseText;
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
        Optional<Long> existing = call(() -> store.villageRepository().findId(connection, name));
        if (existing.isPresent()) {
            return existing.get();
        }
        requireEdit();
        long id = call(() -> store.villageRepository().ensure(connection, name));
        audit(AuditAction.CREATE, "thon", Long.toString(id), "Thêm thôn " + VietnameseText.clean(name));
        return id;
    }

    public Village village(long id) {
        return call(() -> store.villageRepository().find(connection, id));
    }

    public void renameVillage(long id, String newName) {
        requireEdit();
        Village before = village(id);
        call(() -> {
            store.villageRepository().rename(connection, id, newName);
            return null;
        });
        audit(AuditAction.UPDATE, "thon", Long.toString(id), "Tên thôn: " + before.name() + " → " + VietnameseText.clean(newName));
    }

    public void deleteVillage(long id) {
        requireEdit();
        Village before = village(id);
        call(() -> {
            store.villageRepository().delete(connection, id);
            return null;
        });
        audit(AuditAction.DELETE, "thon", Long.toString(id), "Xóa thôn " + before.name());
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

    /** Inserts or updates a child in a known village; returns it with id and code. Audited field by field. */
    public Child saveChild(Child child, long villageId) {
        requireEdit();
        Child before = child.getId() == null ? null
                : call(() -> store.childRepository().findById(connection, child.getId())).orElse(null);
        Child saved = call(() -> store.childRepository().save(connection, child, villageId));
        Child savedWithVillage = saved.copy();
        savedWithVillage.setVillage(village(villageId).name());
        List<String> changes = ChildChanges.between(before, savedWithVillage);
        if (before == null || !changes.isEmpty()) {
            audit(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "tre_em", saved.getCode(),
                    String.join("\n", changes));
        }
        return saved;
    }

    /** Inserts or updates a child, creating its village when new. */
    public Child saveChild(Child child) {
        return saveChild(child, ensureVillage(child.getVillage()));
    }

    /** Queues a possible duplicate pair for the officer; false when the pair was already queued. */
    public boolean queueDuplicate(long childId, long otherChildId, DuplicateReason reason) {
        boolean queued = call(() -> store.duplicateQueueRepository().queue(connection, childId, otherChildId, reason));
        if (queued) {
            audit(AuditAction.CREATE, "nghi_trung", childId + "-" + otherChildId, reason.label());
        }
        return queued;
    }

    /** Appends to the audit log, as the current user, now. */
    public void audit(AuditAction action, String entity, String entityId, String details) {
        audit(LocalDateTime.now(), action, entity, entityId, details);
    }

    /** Appends to the audit log an event that happened at {@code at} (e.g. a failed login). */
    public void audit(LocalDateTime at, AuditAction action, String entity, String entityId, String details) {
        call(() -> {
            store.auditLog().append(connection, at, store.currentAccount().userName(), action, entity, entityId, details);
            return null;
        });
    }

    void insertAccount(String userName, Role role) {
        call(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO account (user_name, role, active, created_at) VALUES (?, ?, TRUE, ?)")) {
                ps.setString(1, userName);
                ps.setString(2, role.code());
                ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
                return ps.executeUpdate();
            }
        });
    }

    void updateAccount(String userName, Role role, boolean active) {
        call(() -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE account SET role = ?, active = ? WHERE user_name = ?")) {
                ps.setString(1, role.code());
                ps.setBoolean(2, active);
                ps.setString(3, userName);
                return ps.executeUpdate();
            }
        });
    }

    void putSetting(String name, String value) {
        call(() -> {
            try (PreparedStatement ps = connection.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    private void requireEdit() {
        store.requireRole(Role::canEdit, "Tài khoản chỉ xem (" + store.userName() + ") không được thay đổi dữ liệu.");
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
