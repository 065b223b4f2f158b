package vn.sotreem.ui.common;

import javafx.stage.Window;

/** Message boxes, behind an interface so that tests can replace them. */
public interface Dialogs {

    void showError(Window owner, String message);

    void showInfo(Window owner, String message);

    /** Asks a yes/no question; true when the officer chose {@code yes}. Closing the box means no. */
    boolean confirm(Window owner, String message, String yes);
}
