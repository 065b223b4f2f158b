package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotreem.domain.hcdb.Distribution;
import vn.sotreem.domain.hcdb.CareForm;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;

/**
 * HCĐB memberships and supports. Nothing is deleted: memberships are closed with a date and reason,
 * and a record entered in error is voided (its row kept with who, when and why); every read here
 * leaves voided rows out, so lists, counts, the report and the export never see them.
 */
final class HcdbRepository {

    private static final String MEMBERSHIP_COLUMNS =
            "id, child_id, group_code, sub_case, from_date, to_date, basis, certificate_date, close_reason";
    private static final String SUPPORT_COLUMNS =
            "id, child_id, support_date, type, provider, amount, note, carer_name, care_form";

    List<Membership> memberships(Connection c, Long childId) throws SQLException {
        return inForce(c, MEMBERSHIP_COLUMNS, "hcdb_membership", "child_id, from_date, id", childId,
                HcdbRepository::membership);
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(rs.getLong("id"), rs.getLong("child_id"),
                Coded.byCode(HcdbGroup.values(), rs.getString("group_code")).orElseThrow(),
                HcdbSubCase.byCode(rs.getString("sub_case")).orElse(null), Jdbc.getDate(rs, "from_date"),
                Jdbc.getDate(rs, "to_date"), rs.getString("basis"), Jdbc.getDate(rs, "certificate_date"),
                rs.getString("close_reason"));
    }

    /** One membership not voided, by id. */
    Optional<Membership> membership(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MEMBERSHIP_COLUMNS
                + " FROM hcdb_membership WHERE id = ? AND voided_at IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(membership(rs)) : Optional.empty();
            }
        }
    }

    Membership save(Connection c, Membership m) throws SQLException {
        boolean insert = m.id() == null;
        try (PreparedStatement ps = c.prepareStatement(insert
                ? "INSERT INTO hcdb_membership (child_id, group_code, sub_case, from_date, to_date, basis, certificate_date, "
                        + "close_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE hcdb_membership SET child_id = ?, group_code = ?, sub_case = ?, from_date = ?, to_date = ?, "
                        + "basis = ?, certificate_date = ?, close_reason = ? WHERE id = ? AND voided_at IS NULL", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, m.childId());
            ps.setString(2, m.group().code());
            Jdbc.setText(ps, 3, m.subCase() == null ? null : m.subCase().code());
            Jdbc.setDate(ps, 4, m.fromDate());
            Jdbc.setDate(ps, 5, m.toDate());
            Jdbc.setText(ps, 6, m.basis());
            Jdbc.setDate(ps, 7, m.certificateDate());
            Jdbc.setText(ps, 8, m.closeReason());
            if (!insert) {
                ps.setLong(9, m.id());
            }
            ps.executeUpdate();
            if (!insert) {
                return m;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return m.withId(keys.getLong(1));
            }
        }
    }

    List<Support> supports(Connection c, Long childId) throws SQLException {
        return inForce(c, SUPPORT_COLUMNS, "support", "support_date, id", childId, HcdbRepository::support);
    }

    private static Support support(ResultSet rs) throws SQLException {
        return new Support(rs.getLong("id"), rs.getLong("child_id"), Jdbc.getDate(rs, "support_date"),
                Coded.byCode(SupportType.values(), rs.getString("type")).orElse(SupportType.OTHER),
                rs.getString("provider"), Jdbc.getLong(rs, "amount"), rs.getString("note"),
                rs.getString("carer_name"), Coded.byCode(CareForm.values(), rs.getString("care_form")).orElse(null));
    }

    /** The rows not voided of one child, or of every child when {@code childId} is null. */
    private static <T> List<T> inForce(Connection c, String columns, String table, String orderBy, Long childId,
                                       Jdbc.RowReader<T> reader) throws SQLException {
        return rows(c, false, columns, table, orderBy, childId, reader);
    }

    /** The memberships of one child voided as entered in error (an import must not bring them back). */
    List<Membership> voidedMemberships(Connection c, long childId) throws SQLException {
        return rows(c, true, MEMBERSHIP_COLUMNS, "hcdb_membership", "from_date, id", childId, HcdbRepository::membership);
    }

    /** The supports of one child voided as entered in error. */
    List<Support> voidedSupports(Connection c, long childId) throws SQLException {
        return rows(c, true, SUPPORT_COLUMNS, "support", "support_date, id", childId, HcdbRepository::support);
    }

    private static <T> List<T> rows(Connection c, boolean voided, String columns, String table, String orderBy, Long childId,
                                    Jdbc.RowReader<T> reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + table + " WHERE voided_at IS "
                + (voided ? "NOT NULL" : "NULL") + (childId == null ? "" : " AND child_id = ?") + " ORDER BY " + orderBy)) {
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

    /** One support not voided, by id. */
    Optional<Support> support(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUPPORT_COLUMNS + " FROM support WHERE id = ? AND voided_at IS NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(support(rs)) : Optional.empty();
            }
        }
    }

    Support insert(Connection c, Support s) throws SQLException {
        return insert(c, s, null);
    }

    /** Inserts a support, of a distribution day when {@code distributionId} is not null. */
    Support insert(Connection c, Support s, Long distributionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO support (child_id, support_date, type, provider, amount, "
                + "note, carer_name, care_form, distribution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            setSupport(ps, s);
            Jdbc.setLong(ps, 9, distributionId);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return s.withId(keys.getLong(1));
            }
        }
    }

    /** Changes what a support records (its child and distribution stay). */
    void update(Connection c, Support s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE support SET child_id = ?, support_date = ?, type = ?, "
                + "provider = ?, amount = ?, note = ?, carer_name = ?, care_form = ? WHERE id = ? AND voided_at IS NULL")) {
            setSupport(ps, s);
            ps.setLong(9, s.id());
            ps.executeUpdate();
        }
    }

    private static void setSupport(PreparedStatement ps, Support s) throws SQLException {
        ps.setLong(1, s.childId());
        Jdbc.setDate(ps, 2, s.date());
        ps.setString(3, s.type().code());
        Jdbc.setText(ps, 4, s.provider());
        Jdbc.setLong(ps, 5, s.amount());
        Jdbc.setText(ps, 6, s.note());
        Jdbc.setText(ps, 7, s.carerName());
        Jdbc.setText(ps, 8, s.careForm() == null ? null : s.careForm().code());
    }

    /** A new distribution day's id. */
    long nextDistributionId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT NEXT VALUE FOR support_distribution_seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The distribution days with a support still in force, newest first. */
    List<Distribution> distributions(Connection c) throws SQLException {
        Map<Long, List<Support>> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT distribution_id, " + SUPPORT_COLUMNS + " FROM support "
                + "WHERE distribution_id IS NOT NULL AND voided_at IS NULL ORDER BY support_date DESC, distribution_id DESC, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byId.computeIfAbsent(rs.getLong("distribution_id"), k -> new ArrayList<>()).add(support(rs));
            }
        }
        return byId.entrySet().stream().map(e -> new Distribution(e.getKey(), e.getValue().get(0), e.getValue())).toList();
    }

    /** Marks a membership or support ({@code table}) void; false when there is no such row in force. */
    boolean markVoid(Connection c, String table, long id, LocalDateTime at, String by, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET voided_at = ?, voided_by = ?, void_reason = ? "
                + "WHERE id = ? AND voided_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.valueOf(at));
            ps.setString(2, by);
            ps.setString(3, reason);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Moves every membership of one child to another (two records of one child merged); returns how many. */
    int moveMemberships(Connection c, long fromChildId, long toChildId) throws SQLException {
        return Jdbc.moveToChild(c, "hcdb_membership", "child_id", fromChildId, toChildId);
    }

    /** Moves every support of one child to another (two records of one child merged); returns how many. */
    int moveSupports(Connection c, long fromChildId, long toChildId) throws SQLException {
        return Jdbc.moveToChild(c, "support", "child_id", fromChildId, toChildId);
    }
}
