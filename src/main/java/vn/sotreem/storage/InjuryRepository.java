package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;

/** Injuries, one row per injured child per event. */
final class InjuryRepository {

    private static final String COLUMNS = "id, child_id, injury_date, type, place, died, disabled, treated_at, note";

    List<Injury> injuries(Connection c, Long childId) throws SQLException {
        return Jdbc.perChild(c, COLUMNS, "injury", "injury_date, id", childId, InjuryRepository::read);
    }

    Optional<Injury> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM injury WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Injury read(ResultSet rs) throws SQLException {
        return new Injury(rs.getLong("id"), rs.getLong("child_id"), Jdbc.getDate(rs, "injury_date"),
                Jdbc.getCoded(rs, "type", InjuryType.values()), Jdbc.getCoded(rs, "place", InjuryPlace.values()),
                rs.getBoolean("died"), rs.getBoolean("disabled"), rs.getString("treated_at"), rs.getString("note"));
    }

    Injury save(Connection c, Injury injury) throws SQLException {
        boolean insert = injury.id() == null;
        try (PreparedStatement ps = c.prepareStatement(insert
                ? "INSERT INTO injury (child_id, injury_date, type, place, died, disabled, treated_at, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE injury SET child_id = ?, injury_date = ?, type = ?, place = ?, died = ?, disabled = ?, "
                        + "treated_at = ?, note = ? WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, injury.childId());
            Jdbc.setDate(ps, 2, injury.date());
            Jdbc.setCode(ps, 3, injury.type());
            Jdbc.setCode(ps, 4, injury.place());
            ps.setBoolean(5, injury.died());
            ps.setBoolean(6, injury.disabled());
            Jdbc.setText(ps, 7, injury.treatedAt());
            Jdbc.setText(ps, 8, injury.note());
            if (!insert) {
                ps.setLong(9, injury.id());
            }
            ps.executeUpdate();
            if (!insert) {
                return injury;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return injury.withId(keys.getLong(1));
            }
        }
    }

    void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM injury WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Moves every injury of one child to another (two records of one child merged); returns how many. */
    int moveToChild(Connection c, long fromChildId, long toChildId) throws SQLException {
        return Jdbc.moveToChild(c, "injury", "child_id", fromChildId, toChildId);
    }
}
