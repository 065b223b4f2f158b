package vn.sotreem.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.storage.security.KeyRing;
import vn.sotreem.storage.security.LoginDelayException;
import vn.sotreem.storage.security.LoginGuard;
import vn.sotreem.storage.security.WrongPasswordException;

/**
 * One open commune register: an encrypted H2 file in a {@link DataFolder}, unlocked by a password
 * through the {@link KeyRing}. One connection, used by one thread at a time; every write runs in
 * a transaction and either lands whole or not at all.
 */
public final class RegisterStore implements ChildOperations, CaseOperations, ReportTemplateOperations, AutoCloseable {

    /** The version of the newest migration under {@code db/migration}; a test keeps them in step. */
    static final String LATEST_SCHEMA_VERSION = "15";
    /** Closing rewrites the file when its chunks hold less live data than this, in %; see {@link #close()}. */
    public static final int COMPACT_BELOW_FILL_RATE = 50;
    /** A sparse file bigger than this is compacted right after a write (an import, a long session), not only on close. */
    static final long COMPACT_WHILE_OPEN_ABOVE_BYTES = 32L * 1024 * 1024;
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
        return RegisterOpening.create(folder, info, password, villageNames);
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
        return RegisterOpening.open(folder, userName, password);
    }


    /** Opens a register copy with a known data key, without a login (restoring a backup). */
    static RegisterStore connectForMaintenance(DataFolder folder, byte[] dataKey, Account account) {
        return connect(folder, dataKey, account, false);
    }

    static RegisterStore connect(DataFolder folder, byte[] dataKey, Account account, boolean recovery) {
        String dbPassword = RegisterDatabase.password(dataKey);
        RegisterStore store = new RegisterStore(folder, RegisterDatabase.open(folder, dbPassword), dataKey, account, recovery);
        try {
            store.migrateIfNeeded(dbPassword);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
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
        RegisterDatabase.migrate(folder, dbPassword, LATEST_SCHEMA_VERSION);
    }

    /** The schema version recorded by Flyway, empty for a new file. */
    public Optional<String> schemaVersion() {
        return query(RegisterDatabase::schemaVersion);
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
        RegisterDatabase.compactAndShutDown(connection);
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the register before compaction failed: {}", e.getErrorCode());
        }
        try {
            connection = RegisterDatabase.open(folder, RegisterDatabase.password(dataKey));
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

    /** The account found in the register at login (the key ring only names the user). */
    void loggedInAs(Account found) {
        account = found;
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
        return query(RecordCounts::of);
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

    public RegisterInfo info() {
        return query(c -> RegisterInfoTable.read(c, folder));
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

    /** The working-day calendar for legal deadlines, with the days the government announced. */
    public WorkingDays workingDays() {
        return settings.workingDays();
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
                    RegisterDatabase.compactAndShutDown(connection);
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
        return query(RegisterDatabase::chunksFillRate);
    }

    private int chunksFillRateQuietly() {
        try {
            return chunksFillRate();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the register's fill rate: {}", e.getMessage());
            return 100;
        }
    }


}
