package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.VietnameseText;

/** The append-only audit table (triggers refuse updates and deletes). */
final class AuditLog {

    void append(Connection c, LocalDateTime at, String userName, AuditAction action, String entity, String entityId,
                String details) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (logged_at, user_name, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.valueOf(at));
            ps.setString(2, userName);
            ps.setString(3, action.code());
            Jdbc.setText(ps, 4, entity);
            Jdbc.setText(ps, 5, entityId);
            Jdbc.setText(ps, 6, details);
            ps.executeUpdate();
        }
    }

    /** Entries matching the filter, newest first, at most {@code limit}. */
    List<AuditEntry> find(Connection c, AuditFilter filter, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, logged_at, user_name, action, entity, entity_id, details FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.userName() != null) {
            sql.append(" AND user_name = ?");
            args.add(filter.userName());
        }
        if (filter.action() != null) {
            sql.append(" AND action = ?");
            args.add(filter.action().code());
        }
        if (filter.from() != null) {
            sql.append(" AND logged_at >= ?");
            args.add(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            sql.append(" AND logged_at < ?");
            args.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        sql.append(" ORDER BY id DESC");
        String needle = VietnameseText.fold(filter.text());
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && entries.size() < limit) {
                    AuditEntry entry = new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                            Coded.byCode(AuditAction.values(), rs.getString(4)).orElse(AuditAction.UPDATE),
                            rs.getString(5), rs.getString(6), rs.getString(7));
                    // Details are free text: folded matching in Java, as for names.
                    if (needle.isEmpty() || VietnameseText.fold(entry.details() + " " + entry.entity() + " "
                            + entry.entityId() + " " + entry.userName()).contains(needle)) {
                        entries.add(entry);
                    }
                }
            }
        }
        return entries;
    }
}
