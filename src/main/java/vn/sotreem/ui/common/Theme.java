package vn.sotreem.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** The AtlantaFX Primer Light theme plus the app's own small stylesheet and font ({@link UiFont}). */
public final class Theme {

    /**
     * app.css as the build compiles it (pom.xml): reading the binary form needs neither JavaFX's CSS
     * parser nor its lexer before the first frame. The text form serves a build that skipped it.
     */
    static final String STYLESHEET = Objects.requireNonNullElseGet(Theme.class.getResource("app.bss"),
            () -> Theme.class.getResource("app.css")).toExternalForm();

    private Theme() {
    }

    public static void apply() {
        UiFont.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    public static void style(Parent root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
    }
}
