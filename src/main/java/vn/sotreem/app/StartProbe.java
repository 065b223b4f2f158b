package vn.sotreem.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.Frames;
import vn.sotreem.ui.shell.OpenedRegister;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.shell.UiWarmUp;

/**
 * The benchmark's cold-start probe: {@code StartProbe --data DIR}, the password on the first line of
 * standard input (never in the arguments). A login with the password typed at once: the register is
 * opened as the login screen's background tasks open it ({@link RegisterStore#open}: the password
 * checked, wrong ones counted; then {@link OpenedRegister#load}: its details for the title),
 * started at the JVM's start; meanwhile JavaFX starts and does what it does while the login screen waits ({@link UiWarmUp}); then the real main window is shown. Prints
 * {@value #FIRST_FRAME}<i>ms</i>: the time from the JVM's start to the first rendered frame, and
 * the phases on the way; then closes the register and exits. Not part of the officer's application.
 */
public final class StartProbe {

    /** What the benchmark looks for on the probe's output (bench.ColdStart holds the same text). */
    public static final String FIRST_FRAME = "sotreem.first-frame-ms=";
    public static final String PHASE = "sotreem.phase-ms.";

    private static final Map<String, Long> PHASES = Collections.synchronizedMap(new LinkedHashMap<>());

    private static volatile CompletableFuture<OpenedRegister> opening;
    private static volatile DataFolder folder;
    private static volatile int exitCode;

    private StartProbe() {
    }

    public static void main(String[] args) throws Exception {
        markPhase("main");
        if (args.length != 2 || !args[0].equals("--data")) {
            System.err.println("Cách dùng: StartProbe --data THƯ_MỤC (mật khẩu ở dòng đầu của đầu vào chuẩn)");
            System.exit(2);
        }
        folder = new DataFolder(Path.of(args[1]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        char[] password = line == null ? new char[0] : line.toCharArray();
        // The login screen opens the register on a background task; the password is at hand from
        // the start here, so that task starts at once, while JavaFX starts.
        opening = CompletableFuture.supplyAsync(() -> {
            try {
                OpenedRegister opened = OpenedRegister.load(RegisterStore.open(folder, password));
                markPhase("register-open");
                return opened;
            } finally {
                Arrays.fill(password, '\0');
            }
        }, runnable -> {
            Thread opener = new Thread(runnable, "so-tre-em-open");
            opener.setDaemon(true);
            opener.start();
        });
        Application.launch(Window.class);
        System.exit(exitCode);
    }

    /** The JavaFX side: the real main window, timed to its first frame. */
    public static final class Window extends Application {

        private AppWindow window;

        @Override
        public void start(Stage stage) {
            markPhase("javafx-start");
            // What the application does while the login screen waits for the password.
            UiWarmUp.run();
            markPhase("warmed-up");
            opening.whenComplete((opened, error) -> Platform.runLater(() -> {
                if (error != null) {
                    printOpenFailure(error);
                    exitCode = 1;
                    Platform.exit();
                    return;
                }
                window = new AppWindow(stage, folder, UiServices.standard());
                window.startOpened(opened);
                markPhase("window-shown");
                reportFirstFrame();
            }));
        }

        @Override
        public void stop() {
            if (window != null) {
                window.shutdown();
            }
        }
    }

    /**
     * Prints the time to the first frame (then the phases) and exits JavaFX. The bare JavaFX window
     * of the benchmark calls it too, so that both are timed by the same code.
     */
    public static void reportFirstFrame() {
        long millis = System.currentTimeMillis();
        long nanos = System.nanoTime();
        Frames.afterNextAt(pulse -> {
            // When the pulse after the first frame began: work that other timers do in that pulse
            // (the main window starts its background read there) does not delay the figure.
            long firstFrame = millis + (pulse - nanos) / 1_000_000;
            // The JVM's start time is asked for only now: its management classes take a tenth of a
            // second to load, which must not delay the start being measured.
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            printFirstFrame(firstFrame - jvmStart);
            PHASES.forEach((phase, at) -> System.out.println(PHASE + phase + "=" + (at - jvmStart)));
            Platform.exit();
        });
    }

    /** Notes when a step on the way was reached (printed after the first frame, for the breakdown). */
    private static void markPhase(String phase) {
        PHASES.put(phase, System.currentTimeMillis());
    }

    private static void printOpenFailure(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        System.err.println("Không mở được sổ: " + cause.getMessage());
    }

    private static void printFirstFrame(long ms) {
        System.out.println(FIRST_FRAME + ms);
        System.out.flush();
    }
}
