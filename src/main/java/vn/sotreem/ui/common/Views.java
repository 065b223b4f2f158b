package vn.sotreem.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

/** Loads {@code <Name>.fxml} from beside its controller's class, with a given controller instance. */
public final class Views {

    private Views() {
    }

    /** The window showing {@code node}, or null while it is in none (the owner of a dialog it opens). */
    public static Window windowOf(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    public static Parent load(String fxml, Object controller) {
        return load(controller.getClass(), fxml, controller);
    }

    /** {@code fxml} from beside {@code owner}, for a controller that is not of the view's own class. */
    public static Parent load(Class<?> owner, String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(owner.getResource(fxml));
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
