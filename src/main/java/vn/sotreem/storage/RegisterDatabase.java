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
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.common.UserFacingException;

/**
 * The H2 file underneath a register: how a connection is opened with the data key, the file's fill
 * rate and its compaction, and removing what a failed set-up left behind.
 */
final class RegisterDatabase {

    /** The database user of every register; its password is derived from the data key. */
    static final String USER = "SOTREEM";
    private static final Logger LOG = LoggerFactory.getLogger(RegisterDatabase.class);

    private RegisterDatabase() {
    }

    static Connection open(DataFolder folder, String dbPassword) {
        try {
            Connection connection = DriverManager.getConnection(folder.jdbcUrl(), USER, dbPassword);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw StorageErrors.translate(e, folder);
        }
    }

    /** H2's "fileKey userPassword": the data key in hex encrypts the file; an HMAC of it is the user's password. */
    static String password(byte[] dataKey) {
        return HexFormat.of().formatHex(dataKey) + " " + derivedUserPassword(dataKey);
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

    /**
     * The share of live data in the file's chunks, in % (H2's {@code info.CHUNKS_FILL_RATE}): low when
     * the file is mostly dead chunks left by earlier versions of the data.
     */
    static int chunksFillRate(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 100;
        }
    }

    /** Every commit is already on disk: if compacting fails (a full disk), the register just stays larger. */
    static void compactAndShutDown(Connection connection) {
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Compacting the register on close failed: {}", e.getErrorCode());
        }
    }

    static void deleteQuietly(Path file) {
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

    /** The schema version recorded by Flyway, empty for a new file. */
    static Optional<String> schemaVersion(Connection c) throws SQLException {
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
    }

    /** Brings the file's schema to {@code latest} with the migrations under {@code db/migration}. */
    static void migrate(DataFolder folder, String dbPassword, String latest) {
        LOG.info("Migrating register schema to version {}", latest);
        try {
            Flyway.configure()
                    .dataSource(folder.jdbcUrl(), USER, dbPassword)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new UserFacingException("Không nâng cấp được cấu trúc dữ liệu của sổ ở " + folder.path()
                    + ". Sổ chưa bị thay đổi; hãy báo cho người hỗ trợ kỹ thuật.", e);
        }
    }
}
