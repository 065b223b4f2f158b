package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.common.VietnameseText;

/** The commune's villages. Names are unique after folding ("Thôn Hòa" is "Thôn Hoà"). */
public final class VillageRepository {

    public List<Village> list(Connection c) throws SQLException {
        List<Village> villages = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, sort_order FROM village ORDER BY sort_order, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                villages.add(new Village(rs.getLong(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return villages;
    }

    public Village find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, sort_order FROM village WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UserFacingException("Không tìm thấy thôn (mã " + id + ").");
                }
                return new Village(rs.getLong(1), rs.getString(2), rs.getInt(3));
            }
        }
    }

    /** The id of the village with this name (after folding), if it exists. */
    public java.util.Optional<Long> findId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM village WHERE name_folded = ?")) {
            ps.setString(1, VietnameseText.fold(VietnameseText.clean(name)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.empty();
            }
        }
    }

    /** The id of the village with this name (after folding), creating it when new. */
    public long ensure(Connection c, String name) throws SQLException {
        String clean = VietnameseText.clean(name);
        if (clean.isEmpty()) {
            throw new UserFacingException("Tên thôn/tổ dân phố không được để trống.");
        }
        String folded = VietnameseText.fold(clean);
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM village WHERE name_folded = ?")) {
            ps.setString(1, folded);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO village (name, name_folded, sort_order) VALUES (?, ?, "
                        + "(SELECT COALESCE(MAX(sort_order), 0) + 1 FROM village))", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, clean);
            ps.setString(2, folded);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void rename(Connection c, long id, String newName) throws SQLException {
        String clean = VietnameseText.clean(newName);
        if (clean.isEmpty()) {
            throw new UserFacingException("Tên thôn/tổ dân phố không được để trống.");
        }
        try (PreparedStatement check = c.prepareStatement("SELECT COUNT(*) FROM village WHERE name_folded = ? AND id <> ?")) {
            check.setString(1, VietnameseText.fold(clean));
            check.setLong(2, id);
            try (ResultSet rs = check.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw new UserFacingException("Đã có thôn tên \"" + clean + "\".");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE village SET name = ?, name_folded = ? WHERE id = ?")) {
            ps.setString(1, clean);
            ps.setString(2, VietnameseText.fold(clean));
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** Deletes a village no child lives in; refuses otherwise. */
    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement check = c.prepareStatement("SELECT COUNT(*) FROM child WHERE village_id = ?")) {
            check.setLong(1, id);
            try (ResultSet rs = check.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw new UserFacingException("Không xóa được thôn này: còn " + rs.getInt(1)
                            + " trẻ thuộc thôn. Hãy đổi tên thôn thay vì xóa.");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM village WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
