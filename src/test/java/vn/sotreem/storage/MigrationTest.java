package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.access.Role;
import vn.sotreem.storage.security.KeyRing;

/** A newer version opens a register written by an older one: backup first, then migrate. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void anOlderRegisterIsBackedUpThenMigratedAndItsOfficerBecomesAdministrator() throws Exception {
        DataFolder folder = new DataFolder(dir);
        byte[] dataKey = KeyRing.newDataKey();
        String password = RegisterDatabase.password(dataKey);
        // The register as version 0.1 (schema 2) left it.
        Flyway.configure().dataSource(folder.jdbcUrl(), RegisterDatabase.USER, password)
                .locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(folder.jdbcUrl(), RegisterDatabase.USER, password);
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO register_info VALUES (1, '00004', 'Phường Ba Đình', '01', 'Thành phố Hà Nội', "
                    + "'Nguyễn Thị Lan', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO village (name, name_folded, sort_order) VALUES ('Thôn 1', 'thon 1', 1)");
            st.execute("INSERT INTO child (code, full_name, name_folded, birth_date, sex, village_id, created_at, updated_at) "
                    + "VALUES ('TE000001', 'Lò Thị Mây', 'lo thi may', DATE '2018-01-02', 'nu', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        KeyRing ring = KeyRing.empty();
        ring.put("Nguyễn Thị Lan", AccountsTest.ADMIN_PW, dataKey);
        ring.write(folder.keyringFile());

        try (RegisterStore store = RegisterStore.open(folder, AccountsTest.ADMIN_PW)) {
            assertEquals(RegisterStore.LATEST_SCHEMA_VERSION, store.schemaVersion().orElseThrow());
            assertEquals(Role.ADMIN, store.currentAccount().role());
            assertEquals(List.of("Lò Thị Mây"), store.allChildren().stream().map(c -> c.getFullName()).toList());
        }
        List<BackupInfo> backups = Backups.list(folder);
        assertEquals(1, backups.size());
        assertEquals(Backups.BEFORE_MIGRATION, backups.get(0).reason());
        assertEquals("2", backups.get(0).schemaVersion());
        assertEquals(1, backups.get(0).counts().get("tre_em"));
        assertEquals("2", Backups.verify(backups.get(0).file()).schemaVersion(), "the pre-migration copy passes its checksums");
    }
}
