package vn.sotreem.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a register lives: one folder holding the encrypted database and its key ring. By default
 * the per-user application-data folder, never the installation folder.
 */
public record DataFolder(Path path) {

    static final String DATABASE_NAME = "register";
    static final String KEYRING_FILE = "keyring.json";

    /** {@code %APPDATA%\SoTreEm} on Windows, {@code $XDG_DATA_HOME/so-tre-em} or {@code ~/.local/share/so-tre-em} elsewhere. */
    public static DataFolder defaultLocation() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = appData != null ? Path.of(appData) : Path.of(System.getProperty("user.home"), "AppData", "Roaming");
            return new DataFolder(base.resolve("SoTreEm"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new DataFolder(base.resolve("so-tre-em"));
    }

    public Path databaseFile() {
        return path.resolve(DATABASE_NAME + ".mv.db");
    }

    public Path keyringFile() {
        return path.resolve(KEYRING_FILE);
    }

    /** True when a register has been set up here. */
    public boolean hasRegister() {
        return Files.exists(keyringFile()) && Files.exists(databaseFile());
    }

    /**
     * WRITE_DELAY=0: no background writer. Its housekeeping moves chunks inside the file, and the crash
     * loop (bench.CrashLoop) found files that no longer opened after a kill with it on; durable commits
     * (decision 0003) and compaction on close (RegisterStore#close) do without it.
     * MAX_COMPACT_TIME=0: no moving of chunks inside the file on close either. With H2's default 200 ms
     * of it, the loop lost commits made after a close and reopen (2 and 5 children, in two runs); a
     * sparse file is compacted by copying instead (SHUTDOWN COMPACT, see RegisterStore#close).
     */
    String jdbcUrl() {
        return "jdbc:h2:file:" + path.toAbsolutePath().resolve(DATABASE_NAME) + ";CIPHER=AES;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }
}
