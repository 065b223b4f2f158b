package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.common.Coded;

/** Small JDBC helpers for nullable values. */
final class Jdbc {

    private Jdbc() {
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static void setText(PreparedStatement ps, int index, String text) throws SQLException {
        if (text == null || text.isBlank()) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, text);
        }
    }

    static void setTime(PreparedStatement ps, int index, LocalTime time) throws SQLException {
        if (time == null) {
            ps.setNull(index, Types.TIME);
        } else {
            ps.setTime(index, Time.valueOf(time));
        }
    }

    static LocalTime getTime(ResultSet rs, String column) throws SQLException {
        Time time = rs.getTime(column);
        return time == null ? null : time.toLocalTime();
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value; // wasNull refers to the last getter
    }

    static void setCode(PreparedStatement ps, int index, Coded value) throws SQLException {
        setText(ps, index, value == null ? null : value.code());
    }

    /** The value of a code list stored in {@code column}, or null (also for a code no longer known). */
    static <T extends Coded> T getCoded(ResultSet rs, String column, T[] values) throws SQLException {
        return Coded.byCode(values, rs.getString(column)).orElse(null);
    }

    /** Reads one record from the current row of a result set. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The records of one child, or of every child when {@code childId} is null: the query every
     * child-linked table (memberships, supports, injuries) is read with.
     */
    static <T> List<T> perChild(Connection c, String columns, String table, String orderBy, Long childId,
                                RowReader<T> reader) throws SQLException {
        String where = childId == null ? "" : " WHERE child_id = ?";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + table + where + " ORDER BY " + orderBy)) {
            if (childId != null) {
                ps.setLong(1, childId);
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(reader.read(rs));
                }
            }
            return result;
        }
    }

    /** Re-points the rows of {@code table} whose {@code column} names one child to another; returns how many. */
    static int moveToChild(Connection c, String table, String column, long fromChildId, long toChildId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")) {
            ps.setLong(1, toChildId);
            ps.setLong(2, fromChildId);
            return ps.executeUpdate();
        }
    }
}
