package vn.sotreem.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * Cold start to the first frame, each run in a new JVM: the application opening a register straight
 * to its main window ({@code vn.sotreem.app.StartProbe}, the password on its standard input) and a
 * bare JavaFX window ({@code vn.sotreem.bench.BareWindow} in the test classes), with the same JVM
 * options. Each child prints the milliseconds from its JVM's start to its first rendered frame.
 */
final class ColdStart {

    /** The line a probe prints; the same text as {@code StartProbe.FIRST_FRAME} (a test holds them equal). */
    static final String FIRST_FRAME = "sotreem.first-frame-ms=";
    static final String APP_PROBE = "vn.sotreem.app.StartProbe";
    static final String BARE_WINDOW = "vn.sotreem.bench.BareWindow";
    private static final long TIMEOUT_SECONDS = 180;

    private ColdStart() {
    }

    /** The first-frame time a probe printed, if it printed one. */
    static OptionalDouble parseFirstFrame(List<String> lines) {
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith(FIRST_FRAME)) {
                try {
                    return OptionalDouble.of(Double.parseDouble(trimmed.substring(FIRST_FRAME.length())));
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.empty();
    }

    /** Why no window can be shown here, or empty: Linux without an X display (or Wayland) cannot show one. */
    static Optional<String> noDisplay(String osName, Map<String, String> environment) {
        boolean linuxLike = !osName.startsWith("Windows") && !osName.startsWith("Mac");
        if (linuxLike && isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.of("không có màn hình (biến DISPLAY trống); chạy: xvfb-run -a java -jar so-tre-em.jar bench");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The compiled test classes beside the jar (or beside target/classes when run from the build). */
    static Optional<Path> testClasses() {
        try {
            Path here = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = here.getParent().resolve("test-classes");
            Path bare = folder.resolve(BARE_WINDOW.replace('.', '/') + ".class");
            return Files.isRegularFile(bare) ? Optional.of(folder) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Measures {@code runs} cold starts of each (after one of each not counted, which fills the
     * operating system's file cache as an officer's second start of the day would find it).
     */
    static BenchResults.StartResult measure(Path registerFolder, char[] password, int runs, Steps log) {
        Optional<String> noDisplay = noDisplay(System.getProperty("os.name"), System.getenv());
        if (noDisplay.isPresent()) {
            return BenchResults.StartResult.notMeasured(noDisplay.get());
        }
        Optional<Path> testClasses = testClasses();
        if (testClasses.isEmpty()) {
            return BenchResults.StartResult.notMeasured("không tìm thấy target/test-classes (cửa sổ JavaFX trần); chạy mvn test-compile");
        }
        String classPath = System.getProperty("java.class.path");
        List<String> app = command(classPath, APP_PROBE, "--data", registerFolder.toAbsolutePath().toString());
        List<String> bare = command(testClasses.get() + java.io.File.pathSeparator + classPath, BARE_WINDOW);
        List<Double> appMs = new ArrayList<>();
        List<Double> bareMs = new ArrayList<>();
        for (int r = 0; r < runs + 1; r++) {
            double a = run(APP_PROBE, app, password);
            double b = run(BARE_WINDOW, bare, null);
            log.say("  khởi động lần %d: ứng dụng %.0f ms, JavaFX trần %.0f ms%s", r + 1, a, b, r == 0 ? " (không tính)" : "");
            if (r > 0) {
                appMs.add(a);
                bareMs.add(b);
            }
        }
        Stats appStats = Stats.of(appMs);
        Stats bareStats = Stats.of(bareMs);
        return new BenchResults.StartResult(appStats, bareStats, appStats.median() / bareStats.median(), null);
    }

    /** The same JVM options for both children: only the parent's heap settings are passed on. */
    private static List<String> command(String classPath, String mainClass, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms")).forEach(command::add);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs one child to its end; returns its first-frame time or fails with what it printed. */
    private static double run(String name, List<String> command, char[] password) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                if (password != null) {
                    in.write(password);
                    in.write('\n');
                }
            }
            // Read on another thread: a child that never shows a frame never closes its output, and
            // only the wait below can give up on it.
            List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the child was killed: what was read is what it printed
                }
            }, "so-tre-em-bench-output");
            reader.setDaemon(true);
            reader.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                reader.join(10_000);
                throw new IllegalStateException("tiến trình " + name + " không xong sau " + TIMEOUT_SECONDS + " giây");
            }
            reader.join(10_000);
            return parseFirstFrame(lines).orElseThrow(() -> new IllegalStateException(
                    "tiến trình " + name + " không báo khung hình đầu: "
                            + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()))));
        } catch (IOException e) {
            throw new IllegalStateException("không chạy được " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bị ngắt", e);
        }
    }
}
