package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.sotreem.domain.backup.CountedRecord;

/** How many records a register holds, table by table, as a backup's manifest lists them ({@link CountedRecord}). */
final class RecordCounts {

    private RecordCounts() {
    }

    /** Row counts of the register's tables that exist in this schema, for backup manifests. */
    static Map<String, Integer> of(Connection c) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CountedRecord record : CountedRecord.values()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + record.table());
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                counts.put(record.key(), rs.getInt(1));
            } catch (SQLException e) {
                if (!StorageErrors.isMissingTable(e)) {
                    throw e;
                }
            }
        }
        return counts;
    }
}
