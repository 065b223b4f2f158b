package vn.sotreem.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Counts idle time for the lock. The window restarts it on every key press or mouse move; tests
 * replace it with one they fire themselves.
 */
public interface IdleTimer {

    /** (Re)starts counting: {@code onIdle} runs on the FX thread after {@code minutes} without a restart. */
    void restart(int minutes, Runnable onIdle);

    void stop();

    /** The real timer: a {@link PauseTransition}, restarted from zero on activity. */
    static IdleTimer standard() {
        return new IdleTimer() {
            private final PauseTransition pause = new PauseTransition();

            @Override
            public void restart(int minutes, Runnable onIdle) {
                pause.setDuration(Duration.minutes(minutes));
                pause.setOnFinished(e -> onIdle.run());
                pause.playFromStart();
            }

            @Override
            public void stop() {
                pause.stop();
            }
        };
    }
}
