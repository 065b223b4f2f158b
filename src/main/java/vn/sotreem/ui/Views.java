package vn.sotreem.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads {@code <Name>.fxml} next to this class with a given controller instance. */
final class Views {

    private Views() {
    }

    static Parent load(String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource(fxml));
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
