package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.sotreem.domain.report.ReportTemplateFile;

/** The province's report template kept in the register: one row, replaced when another is loaded. */
final class ReportTemplateTable {

    private ReportTemplateTable() {
    }

    static Optional<ReportTemplateFile> find(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT file_name, content, loaded_at, loaded_by FROM report_template WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ReportTemplateFile(rs.getString(1), rs.getBytes(2),
                    rs.getTimestamp(3).toLocalDateTime(), rs.getString(4)));
        }
    }

    static void save(Connection c, String fileName, byte[] content, LocalDateTime now, String userName)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO report_template "
                + "(id, file_name, content, loaded_at, loaded_by) KEY (id) VALUES (1, ?, ?, ?, ?)")) {
            ps.setString(1, fileName);
            ps.setBytes(2, content);
            ps.setTimestamp(3, Timestamp.valueOf(now));
            ps.setString(4, userName);
            ps.executeUpdate();
        }
    }

    /** @return whether there was a template to remove */
    static boolean delete(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM report_template WHERE id = 1")) {
            return ps.executeUpdate() > 0;
        }
    }
}
