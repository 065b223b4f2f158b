package vn.sotreem.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * A page of the main window's navigation: what it shows, and what it does each time the officer
 * comes to it (read again what other pages may have changed). Features expose their page through
 * this interface; the shell keeps them in a map and builds each on its first visit.
 */
public interface Page {

    /** The page's node, put in the window's content area. */
    Parent root();

    /** Called each time the navigation shows the page, after {@link #root()} is in the window. */
    default void shown() {
    }

    /** A page from a view that does not implement this interface itself. */
    static Page of(Supplier<? extends Parent> root, Runnable shown) {
        Objects.requireNonNull(root);
        Objects.requireNonNull(shown);
        return new Page() {
            @Override
            public Parent root() {
                return root.get();
            }

            @Override
            public void shown() {
                shown.run();
            }
        };
    }
}
