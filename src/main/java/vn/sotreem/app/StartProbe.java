package vn.sotreem.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.AppWindow;
import vn.sotreem.ui.Frames;
import vn.sotreem.ui.UiServices;
import vn.sotreem.ui.UiWarmUp;

/**
 * The benchmark's cold-start probe: {@code StartProbe --data DIR}, the password on the first line of
 * standard input (never in the arguments). A login with the password typed at once: the register is
 * opened as the login screen's background task opens it ({@link RegisterStore#open}: the password
 * checked, wrong ones counted), started at the JVM's start; meanwhile JavaFX starts and does what it
 * does while the login screen waits ({@link UiWarmUp}); then the real main window is shown. Prints
 * {@value #FIRST_FRAME}<i>ms</i>: the time from the JVM's start to the first rendered frame, and
 * the phases on the way; then closes the register and exits. Not part of the officer's application.
 */
public final class StartProbe {

    /** What the benchmark looks for on the probe's output (bench.ColdStart holds the same text). */
    public static final String FIRST_FRAME = "sotreem.first-frame-ms=";
    public static final String PHASE = "sotreem.phase-ms.";

    private static volatile CompletableFuture<RegisterStore> opening;
    private static volatile DataFolder folder;
    private static volatile int exitCode;

    private StartProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[0].equals("--data")) {
            System.err.println("Cách dùng: StartProbe --data THƯ_MỤC (mật khẩu ở dòng đầu của đầu vào chuẩn)");
            System.exit(2);
        }
        printPhase("main");
        folder = new DataFolder(Path.of(args[1]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        char[] password = line == null ? new char[0] : line.toCharArray();
        // The login screen opens the register on a background task; the password is at hand from
        // the start here, so that task starts at once, while JavaFX starts.
        opening = CompletableFuture.supplyAsync(() -> {
            try {
                RegisterStore store = RegisterStore.open(folder, password);
                printPhase("register-open");
                return store;
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
            printPhase("javafx-start");
            // What the application does while the login screen waits for the password.
            UiWarmUp.run();
            printPhase("warmed-up");
            opening.whenComplete((store, error) -> Platform.runLater(() -> {
                if (error != null) {
                    printOpenFailure(error);
                    exitCode = 1;
                    Platform.exit();
                    return;
                }
                window = new AppWindow(stage, folder, UiServices.standard());
                window.startOpened(store);
                printPhase("window-shown");
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
     * Prints the time to the first frame and exits JavaFX. The bare JavaFX window of the benchmark
     * calls it too, so that both are timed by the same code.
     */
    public static void reportFirstFrame() {
        Frames.afterNext(() -> {
            printFirstFrame(sinceJvmStart());
            Platform.exit();
        });
    }

    /** A step on the way, in ms since the JVM's start (for the breakdown; the benchmark shows them). */
    private static void printPhase(String phase) {
        System.out.println(PHASE + phase + "=" + sinceJvmStart());
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
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
