package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;

/**
 * The children of the register. Nothing is ever deleted: status and its date keep the history. A
 * record merged into another stays in the table, hidden from every read; its code leads to the
 * record it was merged into. A record voided as entered in error ({@link #LIVE}) stays too, hidden
 * from every read but the administrator's list of voided records.
 */
public final class ChildRepository {

    private static final String SELECT = "SELECT ch.*, v.name AS village_name FROM child ch "
            + "JOIN village v ON v.id = ch.village_id ";

    /** The rows every read shows: neither merged into another record nor voided as entered in error. */
    static final String LIVE = "ch.merged_into IS NULL AND ch.voided_at IS NULL ";

    private static final String FOR_COUNTING = "SELECT ch.id, ch.code, ch.birth_date, ch.sex, v.name, "
            + "ch.status, ch.status_date, ch.entry_date FROM child ch JOIN village v ON v.id = ch.village_id ";

    /**
     * Every child with only what the indicator report counts by (id, code, birth date, sex, village,
     * status and its date, entry date): the report reads the whole register, so it converts no other
     * column. Columns by position, dates straight to {@link LocalDate}.
     */
    List<Child> findAllForCounting(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FOR_COUNTING + "WHERE " + LIVE + "ORDER BY ch.id")) {
            return readForCounting(ps);
        }
    }

    /** {@link #findAllForCounting} of some children only; merged-away ids are not returned. */
    List<Child> findForCounting(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FOR_COUNTING
                + "WHERE " + LIVE + "AND ch.id = ANY(?) ORDER BY ch.id")) {
            ps.setObject(1, ids.toArray(Long[]::new));
            return readForCounting(ps);
        }
    }

    private static final Sex[] SEXES = Sex.values();
    private static final ChildStatus[] STATUSES = ChildStatus.values();

    /** A stored sex code; an unknown one reads as "not known" rather than failing the whole list. */
    private static Sex sexOf(String code) {
        return Coded.byCode(SEXES, code).orElse(Sex.UNKNOWN);
    }

    /** A stored status code; none (an early register) reads as living in the commune. */
    private static ChildStatus statusOf(String code) {
        return Coded.byCode(STATUSES, code).orElse(ChildStatus.LIVING_HERE);
    }

    private static List<Child> readForCounting(PreparedStatement ps) throws SQLException {
        List<Child> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            // One string per village name within a read, not one per child: less memory, and the
            // report's look-ups by village hash each name once.
            Map<String, String> villageNames = new HashMap<>();
            while (rs.next()) {
                Child ch = new Child();
                ch.setId(rs.getLong(1));
                ch.setCode(rs.getString(2));
                ch.setBirthDate(rs.getObject(3, LocalDate.class));
                ch.setSex(sexOf(rs.getString(4)));
                String village = rs.getString(5);
                ch.setVillage(village == null ? null : villageNames.computeIfAbsent(village, v -> v));
                ch.setStatus(statusOf(rs.getString(6)));
                ch.setStatusDate(rs.getObject(7, LocalDate.class));
                ch.setEntryDate(rs.getObject(8, LocalDate.class));
                result.add(ch);
            }
        }
        return result;
    }

    public List<Child> findAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE " + LIVE + "ORDER BY ch.id")) {
            return readAll(ps);
        }
    }

    public Optional<Child> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE ch.id = ? AND " + LIVE)) {
            ps.setLong(1, id);
            return readAll(ps).stream().findFirst();
        }
    }

    /** The child with this code, or the child a record with this code was merged into. */
    public Optional<Child> findByCode(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE " + LIVE + "AND ch.id = "
                + "(SELECT COALESCE(m.merged_into, m.id) FROM child m WHERE m.code = ?)")) {
            ps.setString(1, code);
            return readAll(ps).stream().findFirst();
        }
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM child ch WHERE " + LIVE);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Other children with the same folded name and birth date, or the same personal ID: possible
     * duplicates the officer must look at before saving. A pair the officer declared "không trùng"
     * is not proposed again.
     */
    public List<Child> possibleDuplicates(Connection c, Child child) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT
                + "WHERE ((ch.name_folded = ? AND ch.birth_date = ?) OR (? IS NOT NULL AND ch.personal_id = ?)) "
                + "AND (? IS NULL OR ch.id <> ?) AND " + LIVE + "AND NOT EXISTS (SELECT 1 FROM possible_duplicate p "
                + "WHERE p.status = '" + DuplicateQueueRepository.NOT_DUPLICATE + "' AND ((p.child_id_a = ch.id AND p.child_id_b = ?) "
                + "OR (p.child_id_b = ch.id AND p.child_id_a = ?))) ORDER BY ch.id")) {
            ps.setString(1, child.foldedName());
            Jdbc.setDate(ps, 2, child.getBirthDate());
            Jdbc.setText(ps, 3, child.getPersonalId());
            Jdbc.setText(ps, 4, child.getPersonalId());
            for (int i = 5; i <= 8; i++) {
                if (child.getId() == null) {
                    ps.setNull(i, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(i, child.getId());
                }
            }
            return readAll(ps);
        }
    }

    /** Inserts a new child or updates an existing one; assigns a code when it has none. */
    public Child save(Connection c, Child child, long villageId) throws SQLException {
        Child saved = child.copy();
        if (VietnameseText.isBlank(saved.getCode())) {
            saved.setCode(nextCode(c));
        }
        saved.setFullName(VietnameseText.clean(saved.getFullName()));
        LocalDateTime now = LocalDateTime.now();
        ChildStatus previousStatus = null;
        if (saved.getId() == null) {
            if (codeTaken(c, saved.getCode()) && findByCode(c, saved.getCode()).isEmpty()) {
                throw new UserFacingException("Mã trẻ " + saved.getCode() + " là của một hồ sơ đã hủy (nhập nhầm); "
                        + "quản trị viên khôi phục được hồ sơ đó ở “Hồ sơ đã hủy” của trang Trẻ em.");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO child (code, full_name, name_folded, birth_date, "
                    + "birth_date_estimated, sex, ethnic_code, personal_id, village_id, poverty, father_name, mother_name, "
                    + "caregiver_name, phone, status, status_date, entry_date, note, origin_commune_code, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                int next = bindFields(ps, saved, villageId);
                ps.setTimestamp(next, Timestamp.valueOf(now));
                ps.setTimestamp(next + 1, Timestamp.valueOf(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    saved.setId(keys.getLong(1));
                }
            }
        } else {
            Child stored = findById(c, saved.getId())
                    .orElseThrow(() -> new UserFacingException("Không tìm thấy trẻ cần sửa (có thể đã bị gộp)."));
            previousStatus = stored.getStatus();
            if (isMergedInto(c, saved.getCode(), saved.getId())) {
                saved.setCode(stored.getCode()); // an old code of a merged record (a re-imported workbook): keep the kept code
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE child SET code = ?, full_name = ?, name_folded = ?, "
                    + "birth_date = ?, birth_date_estimated = ?, sex = ?, ethnic_code = ?, personal_id = ?, village_id = ?, "
                    + "poverty = ?, father_name = ?, mother_name = ?, caregiver_name = ?, phone = ?, status = ?, "
                    + "status_date = ?, entry_date = ?, note = ?, origin_commune_code = ?, updated_at = ? WHERE id = ?")) {
                int next = bindFields(ps, saved, villageId);
                ps.setTimestamp(next, Timestamp.valueOf(now));
                ps.setLong(next + 1, saved.getId());
                ps.executeUpdate();
            }
        }
        if (previousStatus != saved.getStatus()) {
            recordStatus(c, saved, now);
        }
        return saved;
    }

    private static boolean isMergedInto(Connection c, String code, long childId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM child WHERE code = ? AND merged_into = ?")) {
            ps.setString(1, code);
            ps.setLong(2, childId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /**
     * Hides {@code removedId} behind {@code keptId}: every read then skips it and its code leads to
     * the kept child. Records merged into it earlier now point at the kept child too.
     */
    public void markMerged(Connection c, long removedId, long keptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE child SET merged_into = ?, updated_at = ? WHERE id = ? OR merged_into = ?")) {
            ps.setLong(1, keptId);
            ps.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
            ps.setLong(3, removedId);
            ps.setLong(4, removedId);
            ps.executeUpdate();
        }
    }

    private void recordStatus(Connection c, Child child, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO child_status_history (child_id, status, status_date, recorded_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, child.getId());
            ps.setString(2, child.getStatus().code());
            Jdbc.setDate(ps, 3, child.getStatus() == ChildStatus.LIVING_HERE ? child.getEntryDate() : child.getStatusDate());
            ps.setTimestamp(4, Timestamp.valueOf(now));
            ps.executeUpdate();
        }
    }

    /** The status changes of a child, oldest first, as (status, date) pairs. */
    public List<StatusChange> statusHistory(Connection c, long childId) throws SQLException {
        List<StatusChange> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status, status_date FROM child_status_history WHERE child_id = ? ORDER BY id")) {
            ps.setLong(1, childId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new StatusChange(Coded.byCode(ChildStatus.values(), rs.getString(1)).orElseThrow(),
                            Jdbc.getDate(rs, "status_date")));
                }
            }
        }
        return changes;
    }

    /** One change of a child's status. */
    public record StatusChange(ChildStatus status, java.time.LocalDate date) {
    }

    private String nextCode(Connection c) throws SQLException {
        while (true) {
            long n;
            try (PreparedStatement ps = c.prepareStatement("SELECT NEXT VALUE FOR child_code_seq");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                n = rs.getLong(1);
            }
            String code = String.format("TE%06d", n);
            if (!codeTaken(c, code)) { // by any row, voided or merged ones too
                return code;
            }
        }
    }

    private static boolean codeTaken(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM child WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** A child voided as entered in error, with who voided it, when and why. */
    public record Voided(Child child, LocalDateTime at, String by, String reason) {
    }

    /** Marks a child voided (or, with a null {@code at}, restores it); the row and its events stay. */
    void setVoided(Connection c, long id, LocalDateTime at, String by, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE child SET voided_at = ?, voided_by = ?, void_reason = ?, updated_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, at == null ? null : Timestamp.valueOf(at));
            Jdbc.setText(ps, 2, by);
            Jdbc.setText(ps, 3, reason);
            ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    /** The voided children (not merged away), the latest voided first. */
    List<Voided> findVoided(Connection c) throws SQLException {
        List<Voided> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE ch.merged_into IS NULL AND ch.voided_at IS NOT NULL "
                + "ORDER BY ch.voided_at DESC, ch.id DESC")) {
            List<Child> children = readAll(ps);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    result.add(new Voided(children.get(i), rs.getTimestamp("voided_at").toLocalDateTime(),
                            rs.getString("voided_by"), rs.getString("void_reason")));
                }
            }
        }
        return result;
    }

    /** The ids of the voided children, whose events every read leaves out. */
    java.util.Set<Long> voidedIds(Connection c) throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM child WHERE voided_at IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static int bindFields(PreparedStatement ps, Child ch, long villageId) throws SQLException {
        ps.setString(1, ch.getCode());
        ps.setString(2, ch.getFullName());
        ps.setString(3, ch.foldedName());
        Jdbc.setDate(ps, 4, ch.getBirthDate());
        ps.setBoolean(5, ch.isBirthDateEstimated());
        ps.setString(6, ch.getSex() == null ? null : ch.getSex().code());
        Jdbc.setText(ps, 7, ch.getEthnicCode());
        Jdbc.setText(ps, 8, ch.getPersonalId());
        ps.setLong(9, villageId);
        Jdbc.setText(ps, 10, ch.getPoverty() == null ? null : ch.getPoverty().code());
        Jdbc.setText(ps, 11, ch.getFatherName());
        Jdbc.setText(ps, 12, ch.getMotherName());
        Jdbc.setText(ps, 13, ch.getCaregiverName());
        Jdbc.setText(ps, 14, ch.getPhone());
        ps.setString(15, ch.getStatus().code());
        Jdbc.setDate(ps, 16, ch.getStatusDate());
        Jdbc.setDate(ps, 17, ch.getEntryDate());
        Jdbc.setText(ps, 18, ch.getNote());
        Jdbc.setText(ps, 19, ch.getOriginCommuneCode());
        return 20;
    }

    private static List<Child> readAll(PreparedStatement ps) throws SQLException {
        List<Child> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Child ch = new Child();
                ch.setId(rs.getLong("id"));
                ch.setCode(rs.getString("code"));
                ch.setFullName(rs.getString("full_name"));
                ch.setBirthDate(Jdbc.getDate(rs, "birth_date"));
                ch.setBirthDateEstimated(rs.getBoolean("birth_date_estimated"));
                ch.setSex(sexOf(rs.getString("sex")));
                ch.setEthnicCode(rs.getString("ethnic_code"));
                ch.setPersonalId(rs.getString("personal_id"));
                ch.setVillage(rs.getString("village_name"));
                ch.setPoverty(Coded.byCode(Poverty.values(), rs.getString("poverty")).orElse(null));
                ch.setFatherName(rs.getString("father_name"));
                ch.setMotherName(rs.getString("mother_name"));
                ch.setCaregiverName(rs.getString("caregiver_name"));
                ch.setPhone(rs.getString("phone"));
                ch.setStatus(statusOf(rs.getString("status")));
                ch.setStatusDate(Jdbc.getDate(rs, "status_date"));
                ch.setEntryDate(Jdbc.getDate(rs, "entry_date"));
                ch.setNote(rs.getString("note"));
                ch.setOriginCommuneCode(rs.getString("origin_commune_code"));
                result.add(ch);
            }
        }
        return result;
    }
}
