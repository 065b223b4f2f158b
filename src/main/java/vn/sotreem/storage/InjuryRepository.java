package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;

/**
 * Injuries, one row per injured child per event. Each {@link InjuryField} has one column
 * ({@link #column}); the statements' column lists are made from the catalogue and a row is read by
 * column name, so no list of columns is written twice.
 */
final class InjuryRepository {

    private static final List<InjuryField> FIELDS = List.of(InjuryField.values());
    private static final String COLUMNS = "id, " + names(", ");
    private static final String INSERT = "INSERT INTO injury (" + names(", ") + ") VALUES ("
            + FIELDS.stream().map(f -> "?").collect(Collectors.joining(", ")) + ")";
    private static final String UPDATE = "UPDATE injury SET " + names(" = ?, ") + " = ? WHERE id = ?";

    /** The column of table {@code injury} that holds the field. */
    static String column(InjuryField field) {
        return switch (field) {
            case CHILD -> "child_id";
            case DATE -> "injury_date";
            case TYPE -> "type";
            case PLACE -> "place";
            case DIED -> "died";
            case DISABLED -> "disabled";
            case TREATED_AT -> "treated_at";
            case CAUSE -> "cause";
            case NOTE -> "note";
        };
    }

    private static String names(String separator) {
        return FIELDS.stream().map(InjuryRepository::column).collect(Collectors.joining(separator));
    }

    List<Injury> injuries(Connection c, Long childId) throws SQLException {
        return Jdbc.perChild(c, COLUMNS, "injury", column(InjuryField.DATE) + ", id", childId, InjuryRepository::read);
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
        Injury injury = Injury.of(rs.getLong(column(InjuryField.CHILD)), Jdbc.getDate(rs, column(InjuryField.DATE)),
                        Jdbc.getCoded(rs, column(InjuryField.TYPE), InjuryType.values()),
                        Jdbc.getCoded(rs, column(InjuryField.PLACE), InjuryPlace.values()))
                .withId(rs.getLong("id"))
                .withOutcome(rs.getBoolean(column(InjuryField.DIED)), rs.getBoolean(column(InjuryField.DISABLED)));
        for (InjuryField field : FIELDS) {
            if (field.isFreeText()) {
                injury = injury.withText(field, rs.getString(column(field)));
            }
        }
        return injury;
    }

    Injury save(Connection c, Injury injury) throws SQLException {
        boolean insert = injury.id() == null;
        try (PreparedStatement ps = c.prepareStatement(insert ? INSERT : UPDATE, Statement.RETURN_GENERATED_KEYS)) {
            int index = 1;
            for (InjuryField field : FIELDS) {
                bind(ps, index++, field.valueIn(injury));
            }
            if (!insert) {
                ps.setLong(index, injury.id());
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

    /** A field's value as its column keeps it: a code for a code list, a date, a flag, an id, else text (blank is null). */
    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof Coded coded) {
            Jdbc.setCode(ps, index, coded);
        } else if (value instanceof LocalDate date) {
            Jdbc.setDate(ps, index, date);
        } else if (value instanceof Boolean flag) {
            ps.setBoolean(index, flag);
        } else if (value instanceof Long id) {
            ps.setLong(index, id);
        } else {
            Jdbc.setText(ps, index, (String) value);
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
        return Jdbc.moveToChild(c, "injury", column(InjuryField.CHILD), fromChildId, toChildId);
    }
}
