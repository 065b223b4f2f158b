package vn.sotreem.ui.shell;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.ui.common.LoadingPane;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.Views;

/**
 * Makes the main window quick to appear once the password is typed. Building it the first time in
 * a JVM costs about twice as much as building it again (classes loaded, the theme's stylesheet
 * parsed, control skins and lambdas created, code compiled), so a first build of its frame (the
 * navigation, the status line and the "Đang tải…" of a page) is done off-screen while the login
 * screen waits, styled and laid out at the window's size, then dropped. The pages' own contents are
 * not part of the first frame: they are styled while the register is read (see {@link LoadingPane}).
 * Nothing of the register is read here.
 */
public final class UiWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(UiWarmUp.class);

    private static boolean done;

    private UiWarmUp() {
    }

    /**
     * On the FX thread; once per JVM, later calls return at once. Only a shortcut: if it fails, the
     * main window is built cold as before, so a failure is logged and nothing else.
     */
    public static void run() {
        if (done) {
            return;
        }
        done = true;
        try {
            buildFrameOffScreen();
        } catch (RuntimeException e) {
            LOG.warn("Warming up the main window failed; it will be built without", e);
        }
    }

    /** The main window's frame with a page still loading, styled and laid out at the window's size. */
    static Parent buildFrameOffScreen() {
        Theme.apply();
        Parent frame = Views.load(MainView.class, "MainView.fxml", new Object());
        if (frame.lookup("#content") instanceof StackPane pages) {
            pages.getChildren().add(new LoadingPane(new StackPane()).root());
        }
        Scene scene = Theme.scene(new StackPane(frame), 1280, 720);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return frame;
    }
}
