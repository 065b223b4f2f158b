package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.place.RegisterInfo;

/** The register's one row about itself: the commune, its province and the first officer. */
final class RegisterInfoTable {

    private RegisterInfoTable() {
    }

    static RegisterInfo read(Connection c, DataFolder folder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT commune_code, commune_name, province_code, province_name, officer_name FROM register_info");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new UserFacingException("Sổ ở " + folder.path() + " thiếu thông tin xã: tệp chưa được thiết lập xong.");
            }
            return new RegisterInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        }
    }

    static void insert(Connection c, RegisterInfo info) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO register_info (id, commune_code, commune_name, "
                + "province_code, province_name, officer_name, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, info.communeCode());
            ps.setString(2, info.communeName());
            ps.setString(3, info.provinceCode());
            ps.setString(4, info.provinceName());
            ps.setString(5, info.officerName());
            ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
            ps.executeUpdate();
        }
    }
}
