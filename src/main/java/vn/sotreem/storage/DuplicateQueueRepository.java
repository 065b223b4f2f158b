package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.child.DuplicateReason;

/**
 * The queue of possible duplicates: pairs of children that may be one person, waiting for the
 * officer to merge or keep them. Duplicates are never dropped silently, so an import queues them
 * here. A pair is stored once (lower id first) and a pair already in the queue, whatever its
 * status, is not queued again, so a decision "keep both" survives a re-import.
 */
public final class DuplicateQueueRepository {

    /** Status of a pair nobody has looked at yet. */
    public static final String PENDING = "cho_xu_ly";
    /** Status of a pair merged into one child (the newer record hidden behind the older). */
    public static final String MERGED = "da_gop";
    /** Status of a pair the officer declared to be two different children: never proposed again. */
    public static final String NOT_DUPLICATE = "khong_trung";

    /** One queued pair. */
    public record PossibleDuplicate(long id, long childIdA, long childIdB, DuplicateReason reason, String status,
                                    LocalDateTime createdAt) {
    }

    /** Queues a pair unless it is already queued; returns true when it was added. */
    public boolean queue(Connection c, long childId, long otherChildId, DuplicateReason reason) throws SQLException {
        return add(c, childId, otherChildId, reason, PENDING);
    }

    /** Adds a pair with a status unless the pair is already there; returns true when it was added. */
    boolean add(Connection c, long childId, long otherChildId, DuplicateReason reason, String status) throws SQLException {
        if (childId == otherChildId) {
            throw new IllegalArgumentException("A child cannot duplicate itself: " + childId);
        }
        long a = Math.min(childId, otherChildId);
        long b = Math.max(childId, otherChildId);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO possible_duplicate "
                + "(child_id_a, child_id_b, reason, status, created_at) SELECT ?, ?, ?, ?, ? FROM DUAL "
                + "WHERE NOT EXISTS (SELECT 1 FROM possible_duplicate WHERE child_id_a = ? AND child_id_b = ?)")) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            ps.setString(3, reason.code());
            ps.setString(4, status);
            ps.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
            ps.setLong(6, a);
            ps.setLong(7, b);
            return ps.executeUpdate() == 1;
        }
    }

    /** Pairs still waiting for a decision, oldest first; a pair with a voided record is not waiting. */
    public List<PossibleDuplicate> pending(Connection c) throws SQLException {
        return select(c, "status = ? AND NOT EXISTS (SELECT 1 FROM child v WHERE v.id IN (child_id_a, child_id_b) "
                + "AND v.voided_at IS NOT NULL)", PENDING);
    }

    /** Every pair ever queued, whatever its status, oldest first. */
    public List<PossibleDuplicate> all(Connection c) throws SQLException {
        return select(c, "1 = 1");
    }

    /** Every pair one child is part of, whatever its status, oldest first. */
    public List<PossibleDuplicate> pairsOf(Connection c, long childId) throws SQLException {
        return select(c, "child_id_a = ? OR child_id_b = ?", childId, childId);
    }

    /** The pair of two children, in either order, if it was ever queued. */
    public Optional<PossibleDuplicate> pair(Connection c, long childId, long otherChildId) throws SQLException {
        return select(c, "child_id_a = ? AND child_id_b = ?", Math.min(childId, otherChildId),
                Math.max(childId, otherChildId)).stream().findFirst();
    }

    private List<PossibleDuplicate> select(Connection c, String where, Object... values) throws SQLException {
        List<PossibleDuplicate> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, child_id_a, child_id_b, reason, status, created_at "
                + "FROM possible_duplicate WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new PossibleDuplicate(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            Coded.byCode(DuplicateReason.values(), rs.getString(4)).orElseThrow(),
                            rs.getString(5), rs.getTimestamp(6).toLocalDateTime()));
                }
            }
        }
        return result;
    }

    /** Sets the status of a pair, e.g. after the officer decided to keep both children. */
    public void setStatus(Connection c, long id, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE possible_duplicate SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * The queue after a merge: the merged pair is done; the newer record's other waiting pairs move
     * to the older record (unless that pair was already decided), so nothing proposed is lost.
     */
    void movePairs(Connection connection, long from, long to) throws SQLException {
        for (PossibleDuplicate p : pairsOf(connection, from)) {
            long other = p.childIdA() == from ? p.childIdB() : p.childIdA();
            if (other != to) {
                add(connection, to, other, p.reason(), p.status());
            }
            if (other == to || PENDING.equals(p.status())) {
                setStatus(connection, p.id(), MERGED);
            }
        }
    }
}
