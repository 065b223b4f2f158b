package vn.sotreem.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** The AtlantaFX Primer Light theme plus the app's own small stylesheet and font ({@link UiFont}). */
public final class Theme {

    private static final String CSS = Theme.class.getResource("app.css").toExternalForm();

    private Theme() {
    }

    public static void apply() {
        UiFont.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(CSS);
        return scene;
    }

    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CSS);
        return scene;
    }

    public static void style(Parent root) {
        if (!root.getStylesheets().contains(CSS)) {
            root.getStylesheets().add(CSS);
        }
    }
}
