package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.abuse.CaseConclusion;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.abuse.EnforcementStatus;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorAgeGroup;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.abuse.Reporter;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.domain.abuse.procedure.ReviewRating;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.Sanction;
import vn.sotreem.domain.abuse.procedure.Separation;
import vn.sotreem.domain.common.Sex;

/**
 * Abuse cases as aggregates: the case row and its detail rows (victims, perpetrators, steps, plan
 * rows, reviews). Saving replaces the detail rows, so a case always reads back as it was saved.
 * A voided case (entered in error) keeps all its rows but is read by nothing here except its code,
 * which stays taken.
 */
final class AbuseCaseRepository {

    private static final String[] DETAIL_TABLES =
            {"abuse_review_rating", "abuse_review", "abuse_plan_item", "abuse_step", "abuse_perpetrator", "abuse_victim"};

    List<AbuseCase> findAll(Connection c) throws SQLException {
        return find(c, null);
    }

    java.util.Optional<AbuseCase> findById(Connection c, long id) throws SQLException {
        return find(c, id).stream().findFirst();
    }

    /**
     * Moves one child's part in every case to another (two records of one child merged): victim
     * rows, the perpetrators' victim and the reviews. Where both were victims of one case, the row
     * of {@code toChildId} stays and the other goes, so the case lists the child once. Returns the
     * ids of those cases.
     */
    List<Long> moveToChild(Connection c, long fromChildId, long toChildId) throws SQLException {
        List<Long> both = new ArrayList<>(caseIdsOfChild(c, fromChildId));
        both.retainAll(caseIdsOfChild(c, toChildId));
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM abuse_victim WHERE child_id = ? AND case_id IN "
                + "(SELECT case_id FROM abuse_victim WHERE child_id = ?)")) {
            ps.setLong(1, fromChildId);
            ps.setLong(2, toChildId);
            ps.executeUpdate();
        }
        Jdbc.moveToChild(c, "abuse_victim", "child_id", fromChildId, toChildId);
        Jdbc.moveToChild(c, "abuse_perpetrator", "victim_child_id", fromChildId, toChildId);
        Jdbc.moveToChild(c, "abuse_review", "child_id", fromChildId, toChildId);
        return both;
    }

    /** The ids of the cases (not voided) in which this child is a victim. */
    List<Long> caseIdsOfChild(Connection c, long childId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT case_id FROM abuse_victim WHERE child_id = ? AND case_id IN "
                + "(SELECT id FROM abuse_case WHERE voided_at IS NULL) ORDER BY case_id")) {
            ps.setLong(1, childId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Codes starting with {@code prefix}, to number the next case. */
    List<String> codesStartingWith(Connection c, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM abuse_case WHERE code LIKE ?")) {
            ps.setString(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        }
    }

    /**
     * Marks a case voided (when, by whom, why); false when it is missing or already voided. Its
     * rows stay: nothing of a case is ever deleted.
     */
    boolean markVoided(Connection c, long id, java.time.LocalDateTime at, String by, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE abuse_case SET voided_at = ?, voided_by = ?, void_reason = ? "
                + "WHERE id = ? AND voided_at IS NULL")) {
            ps.setTimestamp(1, java.sql.Timestamp.valueOf(at));
            ps.setString(2, by);
            ps.setString(3, reason);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Whether the case of this code was voided. */
    boolean isVoidedCode(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM abuse_case WHERE code = ? AND voided_at IS NOT NULL")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The id of the case with this code, voided or not: a voided case's code is never given again. */
    java.util.Optional<Long> idOfCode(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM abuse_case WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.empty();
            }
        }
    }

    AbuseCase save(Connection c, AbuseCase abuseCase) throws SQLException {
        AbuseCase saved = abuseCase.copy();
        boolean insert = saved.getId() == null;
        Intake in = saved.getIntake();
        Reporter reporter = in.reporter() == null ? new Reporter(null, null, null) : in.reporter();
        Separation sep = saved.getSeparation();
        String columns = "code, received_on, received_time, channel, receiving_body, receiving_officer, occurred_on, village, "
                + "place_detail, setting, child_state, feared_consequences, family_situation, actions_taken, reporter_name, "
                + "reporter_phone, reporter_address, note, marked_emergency, procedure_tracked, separation_from, "
                + "separation_placement, separation_ended, separation_extended, conclusion";
        String sql = insert
                ? "INSERT INTO abuse_case (" + columns + ") VALUES (" + "?, ".repeat(24) + "?)"
                : "UPDATE abuse_case SET " + Arrays.stream(columns.split(", ")).map(col -> col + " = ?")
                        .collect(Collectors.joining(", ")) + " WHERE id = ? AND voided_at IS NULL";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setString(i++, saved.getCode().trim());
            Jdbc.setDate(ps, i++, in.receivedOn());
            Jdbc.setTime(ps, i++, in.receivedTime());
            Jdbc.setCode(ps, i++, in.channel());
            Jdbc.setCode(ps, i++, in.receivingBody());
            Jdbc.setText(ps, i++, in.receivingOfficer());
            Jdbc.setDate(ps, i++, in.occurredOn());
            Jdbc.setText(ps, i++, in.village());
            Jdbc.setText(ps, i++, in.placeDetail());
            Jdbc.setCode(ps, i++, in.setting());
            Jdbc.setText(ps, i++, in.childState());
            Jdbc.setText(ps, i++, in.fearedConsequences());
            Jdbc.setText(ps, i++, in.familySituation());
            Jdbc.setText(ps, i++, in.actionsTaken());
            Jdbc.setText(ps, i++, reporter.name());
            Jdbc.setText(ps, i++, reporter.phone());
            Jdbc.setText(ps, i++, reporter.address());
            Jdbc.setText(ps, i++, in.note());
            ps.setBoolean(i++, saved.isMarkedEmergency());
            ps.setBoolean(i++, saved.isProcedureTracked());
            Jdbc.setDate(ps, i++, sep == null ? null : sep.from());
            Jdbc.setText(ps, i++, sep == null ? null : sep.placement());
            Jdbc.setDate(ps, i++, sep == null ? null : sep.endedOn());
            ps.setBoolean(i++, sep != null && sep.extended());
            Jdbc.setCode(ps, i++, saved.getConclusion());
            if (!insert) {
                ps.setLong(i, saved.getId());
            }
            if (ps.executeUpdate() == 0) {
                throw new vn.sotreem.domain.common.UserFacingException("Vụ việc " + saved.getCode()
                        + " đã bị hủy (nhập nhầm) hoặc không còn trong sổ: không sửa được.");
            }
            if (insert) {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    saved.setId(keys.getLong(1));
                }
            }
        }
        for (String table : DETAIL_TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE case_id = ?")) {
                ps.setLong(1, saved.getId());
                ps.executeUpdate();
            }
        }
        insertDetails(c, saved);
        return saved;
    }

    private void insertDetails(Connection c, AbuseCase a) throws SQLException {
        long id = a.getId();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO abuse_victim (case_id, seq, child_id, forms, sub_forms, "
                + "supported, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (AbuseVictim v : a.getVictims()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setLong(3, v.childId());
                ps.setString(4, codes(v.orderedForms()));
                Jdbc.setText(ps, 5, codes(v.subForms()));
                ps.setBoolean(6, v.supported());
                Jdbc.setText(ps, 7, v.outcome());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO abuse_perpetrator (case_id, seq, victim_child_id, sex, "
                + "age_group, relation, handling, decision_number, decision_date, authority, provision, fine, enforcement, "
                + "note, has_sanction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Perpetrator p : a.getPerpetrators()) {
                Sanction s = p.sanction() == null ? new Sanction(null, null, null, null, null, null) : p.sanction();
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                Jdbc.setLong(ps, 3, p.victimChildId());
                Jdbc.setCode(ps, 4, p.sex());
                Jdbc.setCode(ps, 5, p.ageGroup());
                Jdbc.setCode(ps, 6, p.relation());
                Jdbc.setCode(ps, 7, p.handling());
                Jdbc.setText(ps, 8, s.decisionNumber());
                Jdbc.setDate(ps, 9, s.decisionDate());
                Jdbc.setText(ps, 10, s.authority());
                Jdbc.setText(ps, 11, s.provision());
                Jdbc.setLong(ps, 12, s.fine());
                Jdbc.setCode(ps, 13, s.enforcement());
                Jdbc.setText(ps, 14, p.note());
                ps.setBoolean(15, p.sanction() != null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO abuse_step (case_id, seq, step, step_date, step_time, "
                + "actor, risk, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (CaseStepRecord s : a.getSteps()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, s.step().code());
                Jdbc.setDate(ps, 4, s.date());
                Jdbc.setTime(ps, 5, s.time());
                Jdbc.setText(ps, 6, s.actor());
                Jdbc.setCode(ps, 7, s.risk());
                Jdbc.setText(ps, 8, s.note());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO abuse_plan_item (case_id, seq, plan_number, task, "
                + "responsible, provider, start_date, planned_end, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (PlanItem p : a.getPlanItems()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setInt(3, p.planNumber());
                ps.setString(4, p.task());
                Jdbc.setText(ps, 5, p.responsible());
                Jdbc.setText(ps, 6, p.provider());
                Jdbc.setDate(ps, 7, p.start());
                Jdbc.setDate(ps, 8, p.plannedEnd());
                Jdbc.setLong(ps, 9, p.cost());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement review = c.prepareStatement("INSERT INTO abuse_review (case_id, seq, child_id, review_date, "
                + "officer, conclusion, close_recommended) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rating = c.prepareStatement("INSERT INTO abuse_review_rating (case_id, review_position, "
                     + "criterion, rating, evidence) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Review r : a.getReviews()) {
                review.setLong(1, id);
                review.setInt(2, seq);
                review.setLong(3, r.childId());
                Jdbc.setDate(review, 4, r.date());
                Jdbc.setText(review, 5, r.officer());
                Jdbc.setText(review, 6, r.conclusion());
                review.setBoolean(7, r.closeRecommended());
                review.addBatch();
                for (ReviewRating rr : r.ratings()) {
                    rating.setLong(1, id);
                    rating.setInt(2, seq);
                    rating.setString(3, rr.criterion().code());
                    rating.setString(4, rr.level().code());
                    Jdbc.setText(rating, 5, rr.evidence());
                    rating.addBatch();
                }
                seq++;
            }
            review.executeBatch();
            rating.executeBatch();
        }
    }

    private List<AbuseCase> find(Connection c, Long onlyId) throws SQLException {
        String where = " WHERE voided_at IS NULL" + (onlyId == null ? "" : " AND id = " + onlyId);
        Map<Long, AbuseCase> cases = new java.util.LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM abuse_case" + where + " ORDER BY received_on, received_time, id")) {
            while (rs.next()) {
                Reporter reporter = new Reporter(rs.getString("reporter_name"), rs.getString("reporter_phone"),
                        rs.getString("reporter_address"));
                Intake intake = new Intake(Jdbc.getDate(rs, "received_on"), Jdbc.getTime(rs, "received_time"),
                        Jdbc.getCoded(rs, "channel", IntakeChannel.values()),
                        Jdbc.getCoded(rs, "receiving_body", ReceivingBody.values()), rs.getString("receiving_officer"),
                        Jdbc.getDate(rs, "occurred_on"), rs.getString("village"), rs.getString("place_detail"),
                        Jdbc.getCoded(rs, "setting", AbuseSetting.values()), rs.getString("child_state"),
                        rs.getString("feared_consequences"), rs.getString("family_situation"), rs.getString("actions_taken"),
                        reporter.isEmpty() ? null : reporter, rs.getString("note"));
                AbuseCase a = new AbuseCase(rs.getString("code"), intake);
                a.setId(rs.getLong("id"));
                a.setMarkedEmergency(rs.getBoolean("marked_emergency"));
                a.setProcedureTracked(rs.getBoolean("procedure_tracked"));
                a.setConclusion(Jdbc.getCoded(rs, "conclusion", CaseConclusion.values()));
                if (Jdbc.getDate(rs, "separation_from") != null) {
                    a.setSeparation(new Separation(Jdbc.getDate(rs, "separation_from"), rs.getString("separation_placement"),
                            Jdbc.getDate(rs, "separation_ended"), rs.getBoolean("separation_extended")));
                }
                cases.put(a.getId(), a);
            }
        }
        if (cases.isEmpty()) {
            return List.of();
        }
        String caseFilter = onlyId == null ? " WHERE case_id IN (SELECT id FROM abuse_case WHERE voided_at IS NULL)"
                : " WHERE case_id = " + onlyId;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM abuse_victim" + caseFilter + " ORDER BY case_id, seq")) {
            while (rs.next()) {
                Set<AbuseForm> forms = EnumSet.noneOf(AbuseForm.class);
                forms.addAll(decode(rs.getString("forms"), AbuseForm.values()));
                List<HcdbSubCase> subForms = splitCodes(rs.getString("sub_forms")).stream()
                        .map(code -> HcdbSubCase.byCode(code).orElse(null)).filter(Objects::nonNull).toList();
                cases.get(rs.getLong("case_id")).getVictims().add(new AbuseVictim(rs.getLong("child_id"), forms, subForms,
                        rs.getBoolean("supported"), rs.getString("outcome")));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM abuse_perpetrator" + caseFilter + " ORDER BY case_id, seq")) {
            while (rs.next()) {
                Sanction sanction = rs.getBoolean("has_sanction")
                        ? new Sanction(rs.getString("decision_number"), Jdbc.getDate(rs, "decision_date"),
                        rs.getString("authority"), rs.getString("provision"), Jdbc.getLong(rs, "fine"),
                        Jdbc.getCoded(rs, "enforcement", EnforcementStatus.values()))
                        : null;
                cases.get(rs.getLong("case_id")).getPerpetrators().add(new Perpetrator(Jdbc.getLong(rs, "victim_child_id"),
                        Jdbc.getCoded(rs, "sex", Sex.values()), Jdbc.getCoded(rs, "age_group", PerpetratorAgeGroup.values()),
                        Jdbc.getCoded(rs, "relation", PerpetratorRelation.values()),
                        Jdbc.getCoded(rs, "handling", HandlingRoute.values()), sanction, rs.getString("note")));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM abuse_step" + caseFilter + " ORDER BY case_id, seq")) {
            while (rs.next()) {
                cases.get(rs.getLong("case_id")).getSteps().add(new CaseStepRecord(
                        Jdbc.getCoded(rs, "step", CaseStep.values()), Jdbc.getDate(rs, "step_date"),
                        Jdbc.getTime(rs, "step_time"), rs.getString("actor"), Jdbc.getCoded(rs, "risk", RiskLevel.values()),
                        rs.getString("note")));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM abuse_plan_item" + caseFilter + " ORDER BY case_id, seq")) {
            while (rs.next()) {
                cases.get(rs.getLong("case_id")).getPlanItems().add(new PlanItem(rs.getInt("plan_number"), rs.getString("task"),
                        rs.getString("responsible"), rs.getString("provider"), Jdbc.getDate(rs, "start_date"),
                        Jdbc.getDate(rs, "planned_end"), Jdbc.getLong(rs, "cost")));
            }
        }
        Map<String, List<ReviewRating>> ratings = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM abuse_review_rating" + caseFilter + " ORDER BY case_id, review_position, criterion")) {
            while (rs.next()) {
                ratings.computeIfAbsent(rs.getLong("case_id") + "/" + rs.getInt("review_position"), k -> new ArrayList<>())
                        .add(new ReviewRating(Jdbc.getCoded(rs, "criterion", ReviewCriterion.values()),
                                Jdbc.getCoded(rs, "rating", RiskLevel.values()), rs.getString("evidence")));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM abuse_review" + caseFilter + " ORDER BY case_id, seq")) {
            while (rs.next()) {
                List<ReviewRating> rated = ratings.getOrDefault(rs.getLong("case_id") + "/" + rs.getInt("seq"), List.of())
                        .stream().sorted(java.util.Comparator.comparing(ReviewRating::criterion)).toList();
                cases.get(rs.getLong("case_id")).getReviews().add(new Review(rs.getLong("child_id"),
                        Jdbc.getDate(rs, "review_date"), rs.getString("officer"), rated, rs.getString("conclusion"),
                        rs.getBoolean("close_recommended")));
            }
        }
        return new ArrayList<>(cases.values());
    }

    private static String codes(List<? extends Coded> values) {
        return values.stream().map(Coded::code).collect(Collectors.joining(","));
    }

    private static List<String> splitCodes(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
    }

    private static <T extends Coded> List<T> decode(String text, T[] values) {
        return splitCodes(text).stream().map(code -> Coded.byCode(values, code).orElse(null)).filter(Objects::nonNull).toList();
    }
}
