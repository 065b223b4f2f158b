package vn.sotreem.ui;

import vn.sotreem.ui.common.IdleTimer;

/** An idle timer that never runs out by itself: a test calls {@link #fire()} to lock at once. */
public final class ManualIdleTimer implements IdleTimer {

    private volatile Runnable onIdle;
    public volatile int restarts;
    public volatile int lastMinutes;

    @Override
    public void restart(int minutes, Runnable onIdle) {
        this.onIdle = onIdle;
        this.lastMinutes = minutes;
        restarts++;
    }

    @Override
    public void stop() {
        onIdle = null;
    }

    /** As if the configured minutes had passed without input; nothing when stopped. */
    public void fire() {
        Runnable r = onIdle;
        if (r != null) {
            r.run();
        }
    }

    public boolean running() {
        return onIdle != null;
    }
}
