package vn.sotreem.ui.common;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Work that must wait until a frame is on screen. */
public final class Frames {

    private Frames() {
    }

    /**
     * Runs {@code action} on the FX thread just after the next frame was rendered: a pulse runs the
     * animation timers, then lays out and renders the scene, so the timer's second call comes after it.
     */
    public static void afterNext(Runnable action) {
        afterNextAt(pulse -> action.run());
    }

    /**
     * {@link #afterNext}, given the {@link System#nanoTime()} at which that second pulse began: other
     * work run in the same pulse before {@code action} does not count in it.
     */
    public static void afterNextAt(LongConsumer action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.accept(now);
                }
            }
        }.start();
    }
}
