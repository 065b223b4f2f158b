package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many records a register holds, table by table, as a backup's manifest lists them. */
final class RecordCounts {

    private RecordCounts() {
    }

    /** Tables counted in backup manifests, with the key shown to the officer. */
    private static final List<Map.Entry<String, String>> TABLES = List.of(
            Map.entry("child", "tre_em"), Map.entry("village", "thon"), Map.entry("account", "tai_khoan"),
            Map.entry("hcdb_membership", "hcdb"), Map.entry("support", "tro_giup"), Map.entry("audit_log", "nhat_ky"));

    /** Row counts of the register's tables that exist in this schema, for backup manifests. */
    static Map<String, Integer> of(Connection c) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table.getKey());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                counts.put(table.getValue(), rs.getInt(1));
            } catch (SQLException e) {
                if (!StorageErrors.isMissingTable(e)) {
                    throw e;
                }
            }
        }
        return counts;
    }
}
