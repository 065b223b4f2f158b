package vn.sotreem.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.sotreem.app.StartProbe;

/**
 * The benchmark's baseline for the cold start: a bare JavaFX window (a label, the main window's
 * size), timed from the JVM's start to its first rendered frame by the same code as the real one
 * ({@link StartProbe#reportFirstFrame()}). Run by {@link ColdStart} in a child JVM; not a test. The
 * main class is not the {@code Application} (as in the application's launcher), so that JavaFX can
 * sit on the plain class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
        System.exit(0);
    }

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("Cửa sổ JavaFX trần");
            stage.setScene(new Scene(new StackPane(new Label("Sổ Trẻ Em — cửa sổ trần")), 1280, 720));
            stage.show();
            StartProbe.reportFirstFrame();
        }
    }
}
