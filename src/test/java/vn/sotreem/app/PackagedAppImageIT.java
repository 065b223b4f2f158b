package vn.sotreem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the Linux app-image with {@code installer/build-linux.sh --app-image-only} from the jar that
 * {@code package} made, then runs the packaged launcher as an officer's shortcut would, without a
 * display: help, a register created and reported on, data only in the data folder (never in the
 * install folder), the trimmed runtime's Vietnamese collation and code page, and the size limit.
 */
class PackagedAppImageIT {

    private static final long MAX_APP_IMAGE_BYTES = 120L * 1024 * 1024;
    private static final Path APP_IMAGE = Path.of("target", "installer", "app-image", "so-tre-em").toAbsolutePath();
    private static final Path LAUNCHER = APP_IMAGE.resolve(Path.of("bin", "so-tre-em"));

    @TempDir
    Path dir;

    @BeforeAll
    static void buildAppImage(@TempDir Path logs) throws Exception {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "the app-image test builds the Linux package; the .msi is built on Windows");
        assumeTrue(jpackageAvailable(), "SKIPPED: jpackage is not on the PATH, so the app-image cannot be built");
        PackagedProcess build = PackagedProcess.run(
                new ProcessBuilder("bash", "installer/build-linux.sh", "--app-image-only", "--no-maven"), logs, 600);
        assertEquals(0, build.code(), "build-linux.sh failed:\n" + build.out() + build.err());
    }

    private static boolean jpackageAvailable() {
        try {
            return new ProcessBuilder("jpackage", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The packaged launcher, headless, with its own empty per-user data home. */
    private PackagedProcess launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SOTREEM_PASSWORD", "mat-khau-kiem-thu");
        builder.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        builder.environment().remove("DISPLAY");
        return PackagedProcess.run(builder, dir, 120);
    }

    /** Every file of the app-image with its size and modification time. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                try {
                    files.put(root.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    @Test
    void thePackagedLauncherRunsTheCommandLineAndWritesOnlyToTheDataFolder() throws Exception {
        Map<String, String> installed = tree(APP_IMAGE);

        PackagedProcess help = launcher("--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("export-register"), help.out());

        Path data = dir.resolve("data");
        PackagedProcess init = launcher("init", "--data", data.toString(), "--commune", "00004", "--user", "Nguyễn Thị Lan",
                "--village", "Tổ dân phố 1");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("Đã tạo sổ cho Phường Ba Đình"), init.out());
        assertTrue(Files.exists(data.resolve("register.mv.db")) && Files.exists(data.resolve("keyring.json")));

        PackagedProcess report = launcher("report", "--data", data.toString(), "--period", "2026-10", "--out", dir.toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains("Đã ghi báo cáo Tháng 10/2026"), report.out());
        assertTrue(Files.size(dir.resolve("BaoCao_00004_2026-10.xlsx")) > 0);

        assertEquals(installed, tree(APP_IMAGE), "the launcher changed files inside the install folder");
    }

    @Test
    void withoutDataOptionTheRegisterGoesToThePerUserDataFolder() throws Exception {
        PackagedProcess init = launcher("init", "--commune", "00004", "--user", "Nguyễn Thị Lan", "--village", "Thôn Đông");
        assertEquals(0, init.code(), init.err());
        Path perUser = dir.resolve("xdg").resolve("so-tre-em");
        assertTrue(Files.exists(perUser.resolve("register.mv.db")), "no register in " + perUser);
        assertTrue(init.out().contains(perUser.toString()), init.out());
        try (Stream<Path> walk = Files.walk(APP_IMAGE)) {
            assertFalse(walk.anyMatch(p -> p.getFileName().toString().endsWith(".mv.db")), "a database inside the app-image");
        }
    }

    @Test
    void theTrimmedRuntimeSortsVietnameseAndReadsWindows1258() throws Exception {
        Path java = APP_IMAGE.resolve(Path.of("lib", "runtime", "bin", "java"));
        PackagedProcess probe = PackagedProcess.run(new ProcessBuilder(java.toString(),
                "-cp", Path.of("target", "test-classes").toString(), RuntimeProbe.class.getName()), dir, 60);
        assertEquals(0, probe.code(), probe.err());
        assertEquals(List.of("vietnamese-collation=true", "windows-1258=true", "monday=Thứ Hai"),
                probe.out().lines().toList());
    }

    @Test
    void theAppImageStaysUnder120Mebibytes() throws Exception {
        long bytes;
        try (Stream<Path> walk = Files.walk(APP_IMAGE)) {
            bytes = walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
        System.out.printf("app-image %s: %.1f MiB%n", APP_IMAGE.getFileName(), bytes / 1024.0 / 1024.0);
        assertTrue(bytes < MAX_APP_IMAGE_BYTES, "app-image is " + bytes / 1024 / 1024 + " MiB, over 120 MiB");
    }
}
