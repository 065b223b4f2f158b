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
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.injury.RecordedDeath;

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

    /** The injuries not voided, of one child or of every child ({@code null}), oldest first. */
    List<Injury> injuries(Connection c, Long childId) throws SQLException {
        return Jdbc.perChild(c, COLUMNS, "(SELECT * FROM injury WHERE voided_at IS NULL)", column(InjuryField.DATE) + ", id",
                childId, InjuryRepository::read);
    }

    /** An injury not voided. */
    Optional<Injury> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM injury WHERE id = ? AND voided_at IS NULL")) {
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

    /** Marks an injury voided (nothing is deleted): every read leaves it out from then on. */
    void markVoided(Connection c, long id, String by, String reason, java.time.LocalDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE injury SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL")) {
            ps.setTimestamp(1, java.sql.Timestamp.valueOf(at));
            ps.setString(2, by);
            Jdbc.setText(ps, 3, reason);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /** Notes the death this injury recorded, keeping the child's status before; {@code null} forgets it. */
    void setRecordedDeath(Connection c, long id, RecordedDeath death) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE injury SET recorded_death_date = ?, status_before = ?, status_date_before = ? WHERE id = ?")) {
            Jdbc.setDate(ps, 1, death == null ? null : death.deathDate());
            Jdbc.setCode(ps, 2, death == null ? null : death.statusBefore());
            Jdbc.setDate(ps, 3, death == null ? null : death.statusDateBefore());
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /** The death this injury recorded, if it did (voided or not). */
    Optional<RecordedDeath> recordedDeath(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT recorded_death_date, status_before, status_date_before"
                + " FROM injury WHERE id = ? AND recorded_death_date IS NOT NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RecordedDeath(id, Jdbc.getDate(rs, "recorded_death_date"),
                        Jdbc.getCoded(rs, "status_before", ChildStatus.values()), Jdbc.getDate(rs, "status_date_before")))
                        : Optional.empty();
            }
        }
    }

    /** Moves every injury of one child to another (two records of one child merged); returns how many. */
    int moveToChild(Connection c, long fromChildId, long toChildId) throws SQLException {
        return Jdbc.moveToChild(c, "injury", column(InjuryField.CHILD), fromChildId, toChildId);
    }
}
