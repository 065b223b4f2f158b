package vn.sotreem.ui;

import javafx.concurrent.Task;

/** Runs JavaFX tasks off the FX thread. */
public interface BackgroundRunner {

    void start(Task<?> task);
}
