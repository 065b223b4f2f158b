package vn.sotreem.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.LocalDate;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.report.AgeOut;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.domain.report.ReportTemplateFile;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.storage.security.KeyRing;
import vn.sotreem.storage.security.LoginDelayException;
import vn.sotreem.storage.security.LoginGuard;
import vn.sotreem.storage.security.PasswordRules;
import vn.sotreem.storage.security.WrongPasswordException;

/**
 * One open commune register: an encrypted H2 file in a {@link DataFolder}, unlocked by a password
 * through the {@link KeyRing}. One connection, used by one thread at a time; every write runs in
 * a transaction and either lands whole or not at all.
 */
public final class RegisterStore implements AutoCloseable {

    /** The version of the newest migration under {@code db/migration}; a test keeps them in step. */
    static final String LATEST_SCHEMA_VERSION = "11";
    private static final String DB_USER = "SOTREEM";
    /** Closing rewrites the file when its chunks hold less live data than this, in %; see {@link #close()}. */
    public static final int COMPACT_BELOW_FILL_RATE = 50;
    /** A sparse file bigger than this is compacted right after a write (an import, a long session), not only on close. */
    static final long COMPACT_WHILE_OPEN_ABOVE_BYTES = 32L * 1024 * 1024;
    /** Tables counted in backup manifests, with the key shown to the officer. */
    private static final List<Map.Entry<String, String>> COUNTED_TABLES = List.of(
            Map.entry("child", "tre_em"), Map.entry("village", "thon"), Map.entry("account", "tai_khoan"),
            Map.entry("hcdb_membership", "hcdb"), Map.entry("support", "tro_giup"), Map.entry("audit_log", "nhat_ky"));
    private static final Logger LOG = LoggerFactory.getLogger(RegisterStore.class);

    private final DataFolder folder;
    /** Replaced when the file is compacted while open (compacting shuts the database down). */
    private Connection connection;
    /**
     * Set by {@link #close()} (or a failed reopening after compaction): later work, such as a
     * background read still running when the window closes, is refused before any SQL instead of
     * failing inside H2 on a closed connection.
     */
    private boolean closed;
    private final byte[] dataKey;
    private Account account;
    private final boolean openedWithRecoveryKey;
    private final AuditLog auditLog = new AuditLog();
    private final Accounts accounts = new Accounts(this);
    private final RegisterSettings settings = new RegisterSettings(this);
    private final ImportMappingRepository importMappings = new ImportMappingRepository(this);
    private final ChildRepository children = new ChildRepository();
    private final HcdbRepository hcdb = new HcdbRepository();
    private final VillageRepository villages = new VillageRepository();
    private final DuplicateQueueRepository duplicateQueue = new DuplicateQueueRepository();
    private final AbuseCaseRepository abuseCases = new AbuseCaseRepository();
    private final InjuryRepository injuries = new InjuryRepository();
    /**
     * The last report snapshot, brought up to date with what each transaction changed: a report made
     * after an ordinary edit reads only the edited records, one made again without a change reads
     * nothing; after an import of many children, a village renamed or removed, or a merge, it reads
     * everything again.
     * Guarded by this store's lock, like the connection.
     */
    private final KeptReportSnapshot keptSnapshot = new KeptReportSnapshot();

    private RegisterStore(DataFolder folder, Connection connection, byte[] dataKey, Account account, boolean recovery) {
        this.folder = folder;
        this.connection = connection;
        this.dataKey = dataKey;
        this.account = account;
        this.openedWithRecoveryKey = recovery;
    }

    /**
     * Sets up a new register: a fresh data key, the encrypted database with its schema, the
     * commune and its villages, and a key-ring entry for the first officer. Leaves nothing behind
     * when it fails.
     */
    public static RegisterStore create(DataFolder folder, RegisterInfo info, char[] password, List<String> villageNames) {
        PasswordRules.check(password).ifPresent(message -> {
            throw new UserFacingException(message);
        });
        if (Files.exists(folder.databaseFile()) || Files.exists(folder.keyringFile())) {
            throw new UserFacingException("Thư mục " + folder.path() + " đã có một sổ. Hãy mở sổ đó, hoặc chọn thư mục khác.");
        }
        try {
            Files.createDirectories(folder.path());
        } catch (IOException e) {
            throw new UserFacingException("Không tạo được thư mục dữ liệu " + folder.path() + ": " + e.getMessage(), e);
        }
        byte[] dataKey = KeyRing.newDataKey();
        RegisterStore store = null;
        try {
            store = connect(folder, dataKey, new Account(info.officerName(), Role.ADMIN, true), false);
            store.setUp(info, villageNames);
            KeyRing ring = KeyRing.empty();
            ring.put(info.officerName(), password, dataKey);
            ring.write(folder.keyringFile());
            return store;
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            deleteQuietly(folder.databaseFile());
            deleteQuietly(folder.keyringFile());
            throw e;
        }
    }

    private void setUp(RegisterInfo info, List<String> villageNames) {
        inTransaction(c -> {
            insertInfo(c, info);
            return null;
        });
        write(tx -> {
            tx.insertAccount(info.officerName(), Role.ADMIN);
            tx.audit(AuditAction.CREATE, "so", info.communeCode(), "Tạo sổ cho " + info.communeName() + ", "
                    + info.provinceName() + "; quản trị: " + info.officerName());
            for (String name : villageNames) {
                tx.ensureVillage(name);
            }
            return null;
        });
    }

    /** Opens an existing register with any user's password or the recovery key. */
    public static RegisterStore open(DataFolder folder, char[] password) {
        return open(folder, null, password);
    }

    /**
     * Opens an existing register as {@code userName} (null: whoever the password belongs to). A
     * wrong password is refused in Vietnamese and counted; after three failures in a row the next
     * attempts must wait. The recovery key also opens it, as an administrator who must then set a
     * new password.
     */
    public static RegisterStore open(DataFolder folder, String userName, char[] password) {
        if (!folder.hasRegister()) {
            throw new UserFacingException("Chưa có sổ nào ở thư mục " + folder.path()
                    + ". Hãy tạo sổ mới (lệnh init hoặc màn hình thiết lập).");
        }
        LoginGuard guard = new LoginGuard(folder);
        Duration wait = guard.waitBefore(LocalDateTime.now());
        if (!wait.isZero()) {
            throw new LoginDelayException(wait);
        }
        KeyRing.Unlocked unlocked;
        try {
            unlocked = KeyRing.read(folder.keyringFile()).unlock(userName, password);
        } catch (WrongPasswordException e) {
            LocalDateTime now = LocalDateTime.now();
            guard.recordFailure(userName, now);
            throw new WrongPasswordException(guard.failures().size(), guard.waitBefore(now));
        }
        Account who = unlocked.recovery() ? new Account(KeyRing.RECOVERY_USER, Role.ADMIN, true)
                : new Account(unlocked.user(), Role.VIEWER, true);
        RegisterStore store;
        try {
            store = connect(folder, unlocked.dataKey(), who, unlocked.recovery());
        } catch (UserFacingException e) {
            if (e.getCause() instanceof SQLException sql && StorageErrors.isDamage(sql)) {
                throw new CorruptRegisterException(folder, "không mở được bằng khóa của sổ.", Backups.newestGood(folder), e);
            }
            throw e;
        }
        try {
            store.logIn(guard);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void logIn(LoginGuard guard) {
        if (!openedWithRecoveryKey) {
            // The key ring knows this user but the database does not: the file was cut short or
            // replaced by an older copy (MVStore then opens its last intact state).
            account = accounts.find(account.userName()).orElseThrow(() -> new CorruptRegisterException(folder,
                    "thiếu tài khoản \"" + account.userName() + "\" (tệp bị cắt cụt hoặc bị thay bằng bản cũ).",
                    Backups.newestGood(folder), null));
            if (!account.active()) {
                throw new UserFacingException("Người dùng \"" + account.userName() + "\" đã bị khóa. Hãy hỏi người quản trị.");
            }
        }
        List<LoginGuard.Failure> failures = guard.failures();
        write(tx -> {
            for (LoginGuard.Failure failure : failures) {
                tx.audit(failure.time(), AuditAction.LOGIN_FAILED, "dang_nhap", failure.user(), "Gõ sai mật khẩu");
            }
            tx.audit(AuditAction.LOGIN, "dang_nhap", account.userName(),
                    openedWithRecoveryKey ? "Mở sổ bằng mã khôi phục" : "Đăng nhập");
            return null;
        });
        guard.reset();
    }

    /** Opens a register copy with a known data key, without a login (restoring a backup). */
    static RegisterStore connectForMaintenance(DataFolder folder, byte[] dataKey, Account account) {
        return connect(folder, dataKey, account, false);
    }

    private static RegisterStore connect(DataFolder folder, byte[] dataKey, Account account, boolean recovery) {
        String dbPassword = databasePassword(dataKey);
        RegisterStore store = new RegisterStore(folder, openConnection(folder, dbPassword), dataKey, account, recovery);
        try {
            store.migrateIfNeeded(dbPassword);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static Connection openConnection(DataFolder folder, String dbPassword) {
        try {
            Connection connection = DriverManager.getConnection(folder.jdbcUrl(), DB_USER, dbPassword);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw StorageErrors.translate(e, folder);
        }
    }

    /** H2's "fileKey userPassword": the data key in hex encrypts the file; an HMAC of it is the user's password. */
    static String databasePassword(byte[] dataKey) {
        return HexFormat.of().formatHex(dataKey) + " " + derivedUserPassword(dataKey);
    }

    static String databaseUser() {
        return DB_USER;
    }

    private static String derivedUserPassword(byte[] dataKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("h2 user".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flyway costs most of a second, so it runs only when the schema is behind. */
    private void migrateIfNeeded(String dbPassword) {
        Optional<String> version = schemaVersion();
        if (LATEST_SCHEMA_VERSION.equals(version.orElse(null))) {
            return;
        }
        if (version.isPresent()) {
            // A register written by an older version: keep a copy before changing its structure.
            Backups.createInRotation(this, Backups.BEFORE_MIGRATION, Progress.NONE);
        }
        LOG.info("Migrating register schema to version {}", LATEST_SCHEMA_VERSION);
        try {
            Flyway.configure()
                    .dataSource(folder.jdbcUrl(), DB_USER, dbPassword)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new UserFacingException("Không nâng cấp được cấu trúc dữ liệu của sổ ở " + folder.path()
                    + ". Sổ chưa bị thay đổi; hãy báo cho người hỗ trợ kỹ thuật.", e);
        }
    }

    /** The schema version recorded by Flyway, empty for a new file. */
    public Optional<String> schemaVersion() {
        return query(c -> {
            // Asked directly rather than through INFORMATION_SCHEMA, whose tables H2 builds on the
            // first look (hundreds of classes on the way to every login's first frame).
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                            + "ORDER BY \"installed_rank\" DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            } catch (SQLException e) {
                if (StorageErrors.isMissingTable(e)) {
                    return Optional.<String>empty(); // a new file: Flyway has not run yet
                }
                throw e;
            }
        });
    }


    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * When it returns, the commit is on disk (see {@link #makeDurable()}).
     */
    public synchronized <T> T write(RegisterTransaction.Work<T> work) {
        T result = typedTransaction(work);
        makeDurable();
        compactIfSparse();
        return result;
    }

    /**
     * Every write leaves dead chunks behind (H2's background writer, which would compact, is off: see
     * {@link DataFolder}). A big file that is mostly dead chunks is compacted at once, as on
     * {@link #close()}, and the connection opened again; the write is already on disk.
     */
    private void compactIfSparse() {
        try {
            if (Files.size(folder.databaseFile()) <= COMPACT_WHILE_OPEN_ABOVE_BYTES
                    || chunksFillRateQuietly() >= COMPACT_BELOW_FILL_RATE) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        compactAndShutDown();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the register before compaction failed: {}", e.getErrorCode());
        }
        try {
            connection = openConnection(folder, databasePassword(dataKey));
        } catch (RuntimeException e) {
            // The write is committed and on disk: saying it failed would have the officer enter it
            // twice. The next action is refused with "đã được đóng" instead.
            closed = true;
            LOG.warn("Reopening the register after compaction failed: {}", e.getMessage());
        }
    }

    /** Runs a read through the same typed operations (in a transaction, so it sees one state). */
    public <T> T read(RegisterTransaction.Work<T> work) {
        return typedTransaction(work);
    }

    /**
     * Runs typed work in one transaction and tells the kept report snapshot what it changed (nothing,
     * for a read). A transaction that fails was rolled back: reading again the parts it had named is
     * as safe as after a commit, and a refused form or a viewer's refused read costs no whole read.
     */
    private synchronized <T> T typedTransaction(RegisterTransaction.Work<T> work) {
        RegisterTransaction[] opened = new RegisterTransaction[1];
        try {
            T result = transaction(c -> work.run(opened[0] = new RegisterTransaction(c, this)));
            keptSnapshot.committed(opened[0].changes());
            return result;
        } catch (RuntimeException e) {
            if (opened[0] != null) {
                keptSnapshot.committed(opened[0].changes());
            } else {
                keptSnapshot.drop();
            }
            throw e;
        }
    }

    /**
     * Forces the commit to disk. H2 only *tries* to store a commit (it skips when its store is
     * busy), so a killed process or a power cut could lose a commit that had returned; the kill
     * test caught one in 50 kills. CHECKPOINT SYNC stores and fsyncs.
     */
    private void makeDurable() {
        transaction(c -> { // stores what is committed, changes no record: the kept snapshot stays
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
            return null;
        });
    }

    /**
     * Runs JDBC work that may change records in one transaction: committed when it returns, rolled
     * back when it throws. Drops the kept report snapshot: raw SQL may change anything.
     */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        keptSnapshot.drop();
        return transaction(work);
    }

    /** Runs JDBC work in one transaction: committed when it returns, rolled back when it throws. */
    private synchronized <T> T transaction(SqlWork<T> work) {
        if (closed) {
            throw new UserFacingException("Sổ ở " + folder.path() + " đã được đóng. Hãy mở lại sổ.");
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw StorageErrors.translate(e, folder);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** Runs a JDBC read (that changes no record) in a transaction, so it sees one state. */
    <T> T query(SqlWork<T> work) {
        return transaction(work);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback failed: {}", e.getErrorCode());
        }
    }

    public DataFolder folder() {
        return folder;
    }

    /** The name of the account whose password opened the register. */
    public String userName() {
        return account.userName();
    }

    /** The account working now (with the recovery key: an administrator who must set a password). */
    public Account currentAccount() {
        return account;
    }

    public boolean openedWithRecoveryKey() {
        return openedWithRecoveryKey;
    }

    /**
     * Checks the current user's password (or the recovery key) without reopening, for the idle
     * lock. Failures count and delay exactly as at login; a wrong password throws
     * {@link WrongPasswordException}, a pending wait {@link LoginDelayException}.
     */
    public void checkPassword(char[] password) {
        LoginGuard guard = new LoginGuard(folder);
        Duration wait = guard.waitBefore(LocalDateTime.now());
        if (!wait.isZero()) {
            throw new LoginDelayException(wait);
        }
        try {
            KeyRing.read(folder.keyringFile()).unlock(openedWithRecoveryKey ? null : account.userName(), password);
        } catch (WrongPasswordException e) {
            LocalDateTime now = LocalDateTime.now();
            guard.recordFailure(account.userName(), now);
            throw new WrongPasswordException(guard.failures().size(), guard.waitBefore(now));
        }
        List<LoginGuard.Failure> failures = guard.failures();
        if (!failures.isEmpty()) {
            write(tx -> {
                for (LoginGuard.Failure failure : failures) {
                    tx.audit(failure.time(), AuditAction.LOGIN_FAILED, "mo_khoa", failure.user(), "Gõ sai mật khẩu khi mở khóa màn hình");
                }
                return null;
            });
            guard.reset();
        }
    }

    /** Refuses the operation, with {@code message}, unless the current role allows it. */
    public void requireRole(Predicate<Role> allowed, String message) {
        if (!allowed.test(account.role())) {
            throw new UserFacingException(message);
        }
    }

    public Accounts accounts() {
        return accounts;
    }

    public RegisterSettings settings() {
        return settings;
    }

    /** The column mappings saved for importing officers' own lists. */
    public ImportMappingRepository importMappings() {
        return importMappings;
    }

    byte[] dataKey() {
        return dataKey;
    }

    AuditLog auditLog() {
        return auditLog;
    }

    /** Writes H2's online backup (a consistent copy of the still-encrypted file) as a zip. */
    synchronized void backupTo(Path zip) {
        query(c -> { // copies the file, changes no record: the kept report snapshot stays
            try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, zip.toAbsolutePath().toString());
                ps.execute();
            }
            return null;
        });
    }

    /** Row counts of the register's tables that exist in this schema, for backup manifests. */
    Map<String, Integer> recordCounts() {
        return query(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : COUNTED_TABLES) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table.getKey());
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(table.getValue(), rs.getInt(1));
                } catch (SQLException e) {
                    if (!StorageErrors.isMissingTable(e)) {
                        throw e;
                    }
                }
            }
            return counts;
        });
    }

    /** True when the file's schema is the newest this program knows. */
    boolean schemaIsCurrent() {
        return LATEST_SCHEMA_VERSION.equals(schemaVersion().orElse(null));
    }

    /** Records an event that changes no record (an export, a backup) in the audit log. */
    public void audit(AuditAction action, String entity, String entityId, String details) {
        write(tx -> {
            tx.audit(action, entity, entityId, details); // changes nothing the report snapshot holds
            return null;
        });
    }

    /** Audit entries, newest first (administrators only). */
    public List<AuditEntry> auditEntries(AuditFilter filter, int limit) {
        requireRole(Role::canViewAudit, "Chỉ người dùng quản trị được xem nhật ký hoạt động.");
        return query(c -> auditLog.find(c, filter, limit));
    }

    public RegisterInfo info() {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT commune_code, commune_name, province_code, province_name, officer_name FROM register_info");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UserFacingException("Sổ ở " + folder.path() + " thiếu thông tin xã: tệp chưa được thiết lập xong.");
                }
                return new RegisterInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
            }
        });
    }

    private static void insertInfo(Connection c, RegisterInfo info) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO register_info (id, commune_code, commune_name, "
                + "province_code, province_name, officer_name, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, info.communeCode());
            ps.setString(2, info.communeName());
            ps.setString(3, info.provinceCode());
            ps.setString(4, info.provinceName());
            ps.setString(5, info.officerName());
            ps.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
            ps.executeUpdate();
        }
    }

    ChildRepository childRepository() {
        return children;
    }

    VillageRepository villageRepository() {
        return villages;
    }

    HcdbRepository hcdbRepository() {
        return hcdb;
    }

    DuplicateQueueRepository duplicateQueueRepository() {
        return duplicateQueue;
    }

    AbuseCaseRepository abuseCaseRepository() {
        return abuseCases;
    }

    InjuryRepository injuryRepository() {
        return injuries;
    }

    // Convenience operations, each one transaction.

    /**
     * Every abuse case as lists and the Today screen show it, with its deadlines at {@code now}.
     * Any account may follow the work; victims' names and places are masked for accounts that may
     * not see abuse details.
     */
    public List<AbuseCaseSummary> abuseCaseSummaries(LocalDateTime now) {
        boolean details = account.role().canSeeAbuseDetails();
        WorkingDays calendar = workingDays();
        return query(c -> {
            Map<Long, Child> byId = new HashMap<>();
            for (Child child : children.findAll(c)) {
                byId.put(child.getId(), child);
            }
            return abuseCases.findAll(c).stream()
                    .map(a -> AbuseCaseSummary.of(a, byId, details, calendar, now)).toList();
        });
    }

    /** Opens a case with all its details, recording the opening in the audit log. */
    public AbuseCase openAbuseCase(long id) {
        return write(tx -> {
            AbuseCase abuseCase = tx.abuseCase(id)
                    .orElseThrow(() -> new UserFacingException("Không tìm thấy vụ việc (mã nội bộ " + id + ")."));
            tx.audit(AuditAction.OPEN_ABUSE_CASE, "xam_hai", abuseCase.getCode(), "Mở hồ sơ vụ việc " + abuseCase.getCode());
            return abuseCase;
        });
    }

    public AbuseCase saveAbuseCase(AbuseCase abuseCase, LocalDate today) {
        return write(tx -> tx.saveAbuseCase(abuseCase, today));
    }

    /** Every injury of the register (or of one child), oldest first. */
    public List<Injury> injuries(Long childId) {
        return query(c -> injuries.injuries(c, childId));
    }

    /**
     * Saves injuries in one transaction — the quick-entry grid's rows, or one form: if one is
     * refused nothing is saved, and the message names the child. {@code deathsToRecord} holds the
     * injuries whose child the officer agreed to record as died on the injury's date.
     */
    public List<Injury> saveInjuries(List<Injury> toSave, java.util.Set<Injury> deathsToRecord, LocalDate today) {
        return write(tx -> toSave.stream().map(i -> tx.saveInjury(i, deathsToRecord.contains(i), today)).toList());
    }

    /** The working-day calendar for legal deadlines, with the days the government announced. */
    public WorkingDays workingDays() {
        return settings.workingDays();
    }

    /**
     * Everything the indicator report counts, read in one transaction so that the numbers agree with
     * each other. Aggregate work: abuse cases are read whole (not through {@link #openAbuseCase}, which
     * is for showing one case to a person) and the reading is not audited; the export is. Viewers get
     * it too: they see the report's numbers (NĐ 56 keeps the cases from them, not the statistics).
     * Children carry only what the report counts by (no names, parents, phone or note). Kept and
     * brought up to date after each change (see {@link KeptReportSnapshot}), so the same records may
     * be handed out again: they are shared and nobody may change them.
     */
    public synchronized RegisterSnapshot reportSnapshot() {
        return read(keptSnapshot::current);
    }

    /** How many times {@link #reportSnapshot} read the whole register (tests). */
    synchronized int reportSnapshotFullReads() {
        return keptSnapshot.fullReads();
    }

    /** The province template kept in the register, if one was loaded. */
    public Optional<ReportTemplateFile> reportTemplate() {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_name, content, loaded_at, loaded_by FROM report_template WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<ReportTemplateFile>empty();
                }
                return Optional.of(new ReportTemplateFile(rs.getString(1), rs.getBytes(2),
                        rs.getTimestamp(3).toLocalDateTime(), rs.getString(4)));
            }
        });
    }

    /**
     * Keeps a province template (already checked by the caller) in the register, replacing the one
     * before; audited. Administrators and officers only.
     */
    public void saveReportTemplate(String fileName, byte[] content, LocalDateTime now) {
        requireRole(Role::canEdit, "Tài khoản chỉ xem không được nạp mẫu báo cáo.");
        write(tx -> {
            tx.saveReportTemplate(fileName, content, now);
            return null;
        });
    }

    /** Forgets the province template: reports are written in the built-in layout again. */
    public void removeReportTemplate() {
        requireRole(Role::canEdit, "Tài khoản chỉ xem không được xóa mẫu báo cáo.");
        write(tx -> {
            tx.removeReportTemplate();
            return null;
        });
    }

    public List<Child> allChildren() {
        return query(children::findAll);
    }

    public Optional<Child> child(long id) {
        return query(c -> children.findById(c, id));
    }

    /** Inserts or updates a child (creating its village if new) and returns it with id and code. */
    public Child saveChild(Child child) {
        return write(tx -> tx.saveChild(child));
    }

    public List<Child> possibleDuplicates(Child child) {
        return query(c -> children.possibleDuplicates(c, child));
    }

    /** Possible duplicates still waiting for the officer's decision. */
    public List<DuplicateQueueRepository.PossibleDuplicate> pendingDuplicates() {
        return query(duplicateQueue::pending);
    }

    /**
     * Merges two records of one child into the older one, in one transaction (see
     * {@link RegisterTransaction#mergeChildren}). Viewers are refused.
     */
    public Child mergeChildren(ChildMerge merge, LocalDate today) {
        requireRole(Role::canEdit, "Tài khoản chỉ xem (" + userName() + ") không được gộp hồ sơ trẻ.");
        return write(tx -> tx.mergeChildren(merge, today));
    }

    /** Records that two children are different people: the pair is never proposed again. Viewers are refused. */
    public void markNotDuplicate(long childId, long otherChildId) {
        requireRole(Role::canEdit, "Tài khoản chỉ xem (" + userName() + ") không được xử lý hồ sơ nghi trùng.");
        write(tx -> {
            tx.markNotDuplicate(childId, otherChildId);
            return null;
        });
    }

    /**
     * A distribution day: the same support for every child listed, in one transaction. If any
     * child's record refuses it (dates, death), nothing is recorded and the message names the child.
     */
    public List<Support> addSupportToChildren(Support template, List<Long> childIds, LocalDate today) {
        return write(tx -> childIds.stream().map(id -> tx.addSupport(template.forChild(id), today)).toList());
    }

    /** Closes the open memberships of a child who turned 16, the day before the birthday, reason "đủ 16 tuổi". */
    public List<Membership> closeAgedOutMemberships(long childId, LocalDate today) {
        return write(tx -> {
            Child child = tx.child(childId).orElseThrow(() -> new UserFacingException("Không tìm thấy trẻ."));
            return AgeOut.closings(child, tx.memberships(childId)).stream().map(m -> tx.saveMembership(m, today)).toList();
        });
    }

    public List<Village> villages() {
        return query(villages::list);
    }

    public Village addVillage(String name) {
        return write(tx -> tx.village(tx.ensureVillage(name)));
    }

    public void renameVillage(long id, String newName) {
        write(tx -> {
            tx.renameVillage(id, newName);
            return null;
        });
    }

    public void deleteVillage(long id) {
        write(tx -> {
            tx.deleteVillage(id);
            return null;
        });
    }

    /**
     * Closes the register. When less than {@link #COMPACT_BELOW_FILL_RATE} % of the file's chunks is
     * live data, closing rewrites the file compactly ({@code SHUTDOWN COMPACT}): H2 writes the live
     * data to a new synced file and swaps it in with an atomic move, so a kill at any moment leaves
     * either the old or the new file, both holding every commit (H2 deletes a half-written new file
     * when it next opens the register). Otherwise nothing is moved inside the file on close
     * ({@code MAX_COMPACT_TIME=0}, see {@link DataFolder}).
     */
    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                if (chunksFillRateQuietly() < COMPACT_BELOW_FILL_RATE) {
                    compactAndShutDown();
                }
                if (!connection.isClosed()) {
                    connection.close();
                }
            }
        } catch (SQLException e) {
            LOG.warn("Closing the register failed: {}", e.getErrorCode());
        } finally {
            closed = true;
        }
    }


    /**
     * The share of live data in the file's chunks, in % (H2's {@code info.CHUNKS_FILL_RATE}): low when
     * the file is mostly dead chunks left by earlier versions of the data.
     */
    public int chunksFillRate() {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Integer.parseInt(rs.getString(1)) : 100;
            }
        });
    }

    private int chunksFillRateQuietly() {
        try {
            return chunksFillRate();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the register's fill rate: {}", e.getMessage());
            return 100;
        }
    }

    /** Every commit is already on disk: if compacting fails (a full disk), the register just stays larger. */
    private void compactAndShutDown() {
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Compacting the register on close failed: {}", e.getErrorCode());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            try (Stream<Path> leftovers = Files.list(file.getParent())) {
                leftovers.filter(p -> p.getFileName().toString().startsWith(DataFolder.DATABASE_NAME + "."))
                        .forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file.getFileName());
        }
    }
}
