package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import vn.sotreem.domain.hcdb.CareForm;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;

/** HCĐB memberships and supports. Nothing is deleted: memberships are closed with a date and reason. */
final class HcdbRepository {

    private static final String MEMBERSHIP_COLUMNS =
            "id, child_id, group_code, sub_case, from_date, to_date, basis, certificate_date, close_reason";
    private static final String SUPPORT_COLUMNS =
            "id, child_id, support_date, type, provider, amount, note, carer_name, care_form";

    List<Membership> memberships(Connection c, Long childId) throws SQLException {
        return Jdbc.perChild(c, MEMBERSHIP_COLUMNS, "hcdb_membership", "child_id, from_date, id", childId,
                rs -> new Membership(rs.getLong("id"), rs.getLong("child_id"),
                        Coded.byCode(HcdbGroup.values(), rs.getString("group_code")).orElseThrow(),
                        HcdbSubCase.byCode(rs.getString("sub_case")).orElse(null), Jdbc.getDate(rs, "from_date"),
                        Jdbc.getDate(rs, "to_date"), rs.getString("basis"), Jdbc.getDate(rs, "certificate_date"),
                        rs.getString("close_reason")));
    }

    Membership save(Connection c, Membership m) throws SQLException {
        boolean insert = m.id() == null;
        try (PreparedStatement ps = c.prepareStatement(insert
                ? "INSERT INTO hcdb_membership (child_id, group_code, sub_case, from_date, to_date, basis, certificate_date, "
                        + "close_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE hcdb_membership SET child_id = ?, group_code = ?, sub_case = ?, from_date = ?, to_date = ?, "
                        + "basis = ?, certificate_date = ?, close_reason = ? WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
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
        return Jdbc.perChild(c, SUPPORT_COLUMNS, "support", "support_date, id", childId,
                rs -> new Support(rs.getLong("id"), rs.getLong("child_id"), Jdbc.getDate(rs, "support_date"),
                        Coded.byCode(SupportType.values(), rs.getString("type")).orElse(SupportType.OTHER),
                        rs.getString("provider"), Jdbc.getLong(rs, "amount"), rs.getString("note"),
                        rs.getString("carer_name"), Coded.byCode(CareForm.values(), rs.getString("care_form")).orElse(null)));
    }

    Support insert(Connection c, Support s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO support (child_id, support_date, type, provider, amount, "
                + "note, carer_name, care_form) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, s.childId());
            Jdbc.setDate(ps, 2, s.date());
            ps.setString(3, s.type().code());
            Jdbc.setText(ps, 4, s.provider());
            Jdbc.setLong(ps, 5, s.amount());
            Jdbc.setText(ps, 6, s.note());
            Jdbc.setText(ps, 7, s.carerName());
            Jdbc.setText(ps, 8, s.careForm() == null ? null : s.careForm().code());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return s.withId(keys.getLong(1));
            }
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

    /** Deletes one membership (the copy of an identical one, when two records of a child are merged). */
    void deleteMembership(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM hcdb_membership WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
