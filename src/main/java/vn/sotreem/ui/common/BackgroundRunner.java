package vn.sotreem.ui.common;

import javafx.concurrent.Task;

/** Runs JavaFX tasks off the FX thread. */
public interface BackgroundRunner {

    void start(Task<?> task);
}
