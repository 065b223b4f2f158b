package vn.sotreem.ui.common;

import javafx.stage.Window;

/**
 * What the idle lock does with a window the main window owns: a form marked here is hidden while
 * the register is locked and shown again, as it was, after unlocking; other windows (message boxes)
 * just close.
 */
public final class LockedWindows {

    private static final String SHOW_AGAIN = "sotreem.showAgainAfterUnlock";

    private LockedWindows() {
    }

    public static void showAgainAfterUnlock(Window window) {
        window.getProperties().put(SHOW_AGAIN, true);
    }

    public static boolean showsAgainAfterUnlock(Window window) {
        return window.getProperties().containsKey(SHOW_AGAIN);
    }
}
