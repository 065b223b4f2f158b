package vn.sotreem.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A page whose data is read in the background: "Đang tải…" in place of the page until it is
 * filled, so that the main window shows at once and never waits for the register. The page joins
 * the scene, hidden, only when {@link #attach()}ed or first filled: until then nothing of it is
 * styled or laid out (its tables' skins are the costliest part of the main window's first frame).
 */
final class LoadingPane {

    static final String TEXT = "Đang tải…";
    static final String STYLE_CLASS = "page-loading";

    private final Node content;
    private final Label note = new Label(TEXT);
    private final StackPane root;

    LoadingPane(Node content) {
        this.content = content;
        note.getStyleClass().addAll(STYLE_CLASS, "muted");
        StackPane.setAlignment(note, Pos.CENTER);
        this.root = new StackPane(note);
        setLoading(true);
    }

    void setLoading(boolean loading) {
        if (!loading) {
            attach();
        }
        content.setVisible(!loading);
        note.setVisible(loading);
    }

    /** Puts the page in the scene, still hidden while loading, to be styled and laid out on the next pulse. */
    void attach() {
        if (content.getParent() != root) {
            root.getChildren().add(0, content);
        }
    }

    boolean isLoading() {
        return note.isVisible();
    }

    Parent root() {
        return root;
    }
}
