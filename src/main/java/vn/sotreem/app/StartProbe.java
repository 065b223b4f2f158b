package vn.sotreem.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.AppWindow;
import vn.sotreem.ui.UiServices;

/**
 * The benchmark's cold-start probe: {@code StartProbe --data DIR}, the password on the first line of
 * standard input (never in the arguments). Opens the register exactly as the login screen does
 * ({@link RegisterStore#open}: the password checked, wrong ones counted), shows the real main window,
 * and prints {@value #FIRST_FRAME}<i>ms</i>: the time from the JVM's start to the first rendered
 * frame; then closes the register and exits. Not part of the officer's application.
 */
public final class StartProbe {

    /** What the benchmark looks for on the probe's output (bench.ColdStart holds the same text). */
    public static final String FIRST_FRAME = "sotreem.first-frame-ms=";
    public static final String PHASE = "sotreem.phase-ms.";

    private static volatile RegisterStore opened;
    private static volatile DataFolder folder;

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
        try {
            opened = RegisterStore.open(folder, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        printPhase("register-open");
        Application.launch(Window.class);
        System.exit(0);
    }

    /** The JavaFX side: the real main window, timed to its first frame. */
    public static final class Window extends Application {

        private AppWindow window;

        @Override
        public void start(Stage stage) {
            printPhase("javafx-start");
            window = new AppWindow(stage, folder, UiServices.standard());
            window.startOpened(opened);
            printPhase("window-shown");
            reportFirstFrame();
        }

        @Override
        public void stop() {
            if (window != null) {
                window.shutdown();
            }
        }
    }

    /**
     * Prints the time to the first frame and exits JavaFX. A pulse runs the animation timers, then
     * lays out and renders the scene: the timer's second call comes after the first frame was rendered.
     * The bare JavaFX window of the benchmark calls it too, so that both are timed by the same code.
     */
    public static void reportFirstFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    printFirstFrame(sinceJvmStart());
                    Platform.exit();
                }
            }
        }.start();
    }

    /** A step on the way, in ms since the JVM's start (for the breakdown; the benchmark shows them). */
    private static void printPhase(String phase) {
        System.out.println(PHASE + phase + "=" + sinceJvmStart());
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void printFirstFrame(long ms) {
        System.out.println(FIRST_FRAME + ms);
        System.out.flush();
    }
}
