package vn.sotreem.ui.common;

import javafx.concurrent.Task;

/** Runs JavaFX tasks off the FX thread. */
public interface BackgroundRunner {

    /**
     * Runs the work at once on the calling thread: a {@link BackgroundTask} run with it calls its
     * handlers before {@code run} returns, so a test that mounts one pane sees the result without waiting.
     */
    BackgroundRunner SAME_THREAD = new SameThread();

    void start(Task<?> task);

    /** See {@link #SAME_THREAD}: a plain task given to it runs at once, its handlers on the next pulse. */
    final class SameThread implements BackgroundRunner {

        private SameThread() {
        }

        @Override
        public void start(Task<?> task) {
            task.run();
        }
    }
}
