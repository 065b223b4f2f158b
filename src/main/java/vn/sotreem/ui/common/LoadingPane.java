package vn.sotreem.ui.common;

import java.util.function.Supplier;
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
public final class LoadingPane {

    public static final String TEXT = "Đang tải…";
    public static final String STYLE_CLASS = "page-loading";

    private final Supplier<Node> build;
    private Node content;
    private final Label note = new Label(TEXT);
    private final StackPane root;
    private boolean failed;

    public LoadingPane(Node content) {
        this(() -> content);
    }

    /** A page built only when it joins the scene ({@link #attach()} or first filled): not before the first frame. */
    public LoadingPane(Supplier<Node> build) {
        this.build = build;
        note.getStyleClass().addAll(STYLE_CLASS, "muted");
        StackPane.setAlignment(note, Pos.CENTER);
        this.root = new StackPane(note);
        setLoading(true);
    }

    public void setLoading(boolean loading) {
        if (!loading) {
            attach();
        }
        if (content != null) {
            content.setVisible(!loading);
        }
        note.setText(TEXT);
        note.setVisible(loading);
        failed = false;
    }

    /** Puts the page in the scene, still hidden while loading, to be styled and laid out on the next pulse. */
    public void attach() {
        if (content == null) {
            content = build.get();
            content.setVisible(!isLoading());
        }
        if (content.getParent() != root) {
            root.getChildren().add(0, content);
        }
    }

    /**
     * The first read failed: {@code text} in place of "Đang tải…", and the page stays hidden, so
     * that an empty page never passes for the register's figures. Filling the page later replaces it.
     */
    public void showFailure(String text) {
        setLoading(true);
        note.setText(text);
        failed = true;
    }

    /** True while {@link #showFailure} is shown (until the page is filled or loading starts again). */
    public boolean failed() {
        return failed;
    }

    public boolean isLoading() {
        return note.isVisible();
    }

    public Parent root() {
        return root;
    }
}
