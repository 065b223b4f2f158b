package vn.sotreem.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.sotreem.domain.calendar.AnnouncedDay;
import vn.sotreem.domain.calendar.AnnouncedDayKind;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.calendar.WorkingDays;

/**
 * Settings kept inside the (encrypted) register, so they travel with its backups: the idle lock,
 * the second backup folder, the days the government announces for the working-day calendar, and
 * the indicator report's recipient, signatures, confidentiality mark and period rule.
 * Everyone reads them (the calendar feeds deadlines); only administrators change them.
 */
public final class RegisterSettings {

    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    static final String IDLE_LOCK_MINUTES = "idle_lock_minutes";
    static final String SECOND_BACKUP_FOLDER = "second_backup_folder";
    /**
     * The days the government announces are kept one setting per year, {@code announced_days.2026},
     * as a JSON array of {@code {"date":"2026-09-01","kind":"nghi","note":"…"}} (kind by its code).
     * One value per year, not one for all years: the setting column holds 2000 characters (V3),
     * a few years' worth, and old years must stay for the deadlines of old cases.
     */
    static final String ANNOUNCED_DAYS = "announced_days.";
    static final String REPORT_RECIPIENT = "report.recipient";
    static final String REPORT_PREPARER = "report.preparer";
    static final String REPORT_CHAIRMAN = "report.chairman";
    static final String REPORT_MARK = "report.confidentiality_mark";
    static final String REPORT_PERIOD_RULE = "report.period_rule";
    /** "co" or "khong": whether the abuse indicators count cases without a conclusion yet. */
    static final String REPORT_OPEN_ABUSE_CASES = "report.count_open_abuse_cases";
    static final int MAX_VALUE_LENGTH = 2000;

    /** One announced day as stored. */
    record StoredDay(String date, String kind, String note) {
    }

    private final RegisterStore store;

    RegisterSettings(RegisterStore store) {
        this.store = store;
    }

    /** Minutes without input after which the window hides its content until the password is typed. */
    public int idleLockMinutes() {
        return get(IDLE_LOCK_MINUTES).map(Integer::parseInt).orElse(DEFAULT_IDLE_LOCK_MINUTES);
    }

    public void setIdleLockMinutes(int minutes) {
        if (minutes < 1 || minutes > 240) {
            throw new UserFacingException("Thời gian tự khóa phải từ 1 đến 240 phút.");
        }
        put(IDLE_LOCK_MINUTES, Integer.toString(minutes));
    }

    /** A second folder (e.g. a USB stick) that receives a copy of every automatic backup. */
    public Optional<Path> secondBackupFolder() {
        return get(SECOND_BACKUP_FOLDER).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setSecondBackupFolder(Path folder) {
        put(SECOND_BACKUP_FOLDER, folder == null ? "" : folder.toAbsolutePath().toString());
    }

    /** The days off and make-up working days announced by the government, all years, in date order. */
    public List<AnnouncedDay> announcedDays() {
        List<AnnouncedDay> days = new ArrayList<>();
        for (String value : withPrefix(ANNOUNCED_DAYS).values()) {
            days.addAll(parseDays(value));
        }
        days.sort(Comparator.comparing(AnnouncedDay::date));
        return days;
    }

    /**
     * Replaces the announced days (all years) after {@link AnnouncedDay#validate}: errors refuse the
     * list, warnings are the screen's to show. Only the years that changed are written, in one
     * transaction, each audited.
     */
    public void setAnnouncedDays(List<AnnouncedDay> days) {
        requireAdmin();
        List<String> errors = AnnouncedDay.validate(days).stream().filter(Problem::isError).map(Problem::message).toList();
        if (!errors.isEmpty()) {
            throw new UserFacingException(String.join(" ", errors));
        }
        Map<Integer, List<StoredDay>> byYear = new TreeMap<>();
        days.stream().sorted(Comparator.comparing(AnnouncedDay::date)).forEach(d -> byYear
                .computeIfAbsent(d.date().getYear(), y -> new ArrayList<>())
                .add(new StoredDay(d.date().toString(), d.kind().code(), d.note())));
        Map<String, String> stored = withPrefix(ANNOUNCED_DAYS);
        TreeSet<String> keys = new TreeSet<>(stored.keySet());
        byYear.keySet().forEach(year -> keys.add(ANNOUNCED_DAYS + year));
        Map<String, String> changes = new TreeMap<>();
        for (String key : keys) {
            List<StoredDay> year = byYear.get(Integer.parseInt(key.substring(ANNOUNCED_DAYS.length())));
            String value = year == null ? "" : toJson(year);
            if (value.length() > MAX_VALUE_LENGTH) {
                throw new UserFacingException("Năm " + key.substring(ANNOUNCED_DAYS.length())
                        + " có quá nhiều ngày hoặc ghi chú quá dài để lưu; hãy rút gọn ghi chú.");
            }
            if (!value.equals(stored.getOrDefault(key, ""))) {
                changes.put(key, value);
            }
        }
        putAll(changes);
    }

    /** The indicator report's recipient, signatures, mark and period rule; defaults until an administrator sets them. */
    public ReportSettings reportSettings() {
        ReportSettings defaults = ReportSettings.defaults(store.info());
        Map<String, String> stored = withPrefix("report.");
        return new ReportSettings(
                stored.getOrDefault(REPORT_RECIPIENT, defaults.recipient()),
                stored.getOrDefault(REPORT_PREPARER, defaults.preparer()),
                stored.getOrDefault(REPORT_CHAIRMAN, defaults.chairman()),
                stored.getOrDefault(REPORT_MARK, defaults.confidentialityMark()),
                PeriodRule.lookup(stored.getOrDefault(REPORT_PERIOD_RULE, "")).orElse(defaults.periodRule()),
                !"khong".equals(stored.get(REPORT_OPEN_ABUSE_CASES)));
    }

    /** Saves the report settings after {@link ReportSettings#validate}; only changed values are written and audited. */
    public void setReportSettings(ReportSettings settings) {
        requireAdmin();
        settings.validate();
        ReportSettings current = reportSettings();
        Map<String, String> changes = new TreeMap<>();
        putIfChanged(changes, REPORT_RECIPIENT, current.recipient(), settings.recipient());
        putIfChanged(changes, REPORT_PREPARER, current.preparer(), settings.preparer());
        putIfChanged(changes, REPORT_CHAIRMAN, current.chairman(), settings.chairman());
        putIfChanged(changes, REPORT_MARK, current.confidentialityMark(), settings.confidentialityMark());
        putIfChanged(changes, REPORT_PERIOD_RULE, current.periodRule().code(), settings.periodRule().code());
        putIfChanged(changes, REPORT_OPEN_ABUSE_CASES, current.countOpenAbuseCases() ? "co" : "khong",
                settings.countOpenAbuseCases() ? "co" : "khong");
        putAll(changes);
    }

    private static void putIfChanged(Map<String, String> changes, String name, String current, String wanted) {
        if (!wanted.equals(current)) {
            changes.put(name, wanted);
        }
    }

    /** The working-day calendar for legal deadlines: Điều 112 holidays and the announced days. */
    public WorkingDays workingDays() {
        return WorkingDays.of(announcedDays());
    }

    private static List<AnnouncedDay> parseDays(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(StorageJson.plain().readValue(value, StoredDay[].class))
                    .map(d -> new AnnouncedDay(LocalDate.parse(d.date()),
                            Coded.byCode(AnnouncedDayKind.values(), d.kind()).orElseThrow(
                                    () -> new IllegalStateException("Unknown announced day kind")),
                            d.note()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable announced days setting", e);
        }
    }

    private static String toJson(List<StoredDay> days) {
        try {
            return StorageJson.plain().writeValueAsString(days);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings whose names start with {@code prefix}, by name. */
    private Map<String, String> withPrefix(String prefix) {
        return store.query(c -> {
            Map<String, String> values = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, setting_value FROM setting WHERE name LIKE ?")) {
                ps.setString(1, prefix + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1).startsWith(prefix)) { // LIKE reads "_" as any character
                            values.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            return values;
        });
    }

    Optional<String> get(String name) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    void put(String name, String value) {
        putAll(Map.of(name, value));
    }

    /** Writes settings in one transaction, one audit entry each. */
    private void putAll(Map<String, String> values) {
        requireAdmin();
        if (values.isEmpty()) {
            return;
        }
        store.write(tx -> {
            values.forEach((name, value) -> {
                tx.putSetting(name, value);
                tx.audit(AuditAction.UPDATE, "cai_dat", name, name + ": " + value);
            });
            return null;
        });
    }

    /** Everyone reads the settings (the calendar feeds deadlines); only administrators change them. */
    private void requireAdmin() {
        store.requireRole(r -> r.canManageAccounts(), "Chỉ tài khoản quản trị được đổi cài đặt.");
    }

    static void putRow(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
