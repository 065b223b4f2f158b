package vn.sotreem.ui.shell;

import java.util.function.IntSupplier;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import vn.sotreem.ui.common.IdleTimer;

/**
 * The idle lock without a screen: activity restarts the timer with the configured minutes; when
 * it runs out the lock closes, and only the current user's password opens it again. Activity while
 * locked does not count (the officer must type the password).
 */
public final class IdleLock {

    private final IdleTimer timer;
    private final IntSupplier minutes;
    private final Predicate<char[]> passwordCheck;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private boolean running;

    /**
     * @param minutes       read at every restart, so a changed setting applies from the next key press
     * @param passwordCheck true when the password opens the register for the current user (may be slow)
     */
    public IdleLock(IdleTimer timer, IntSupplier minutes, Predicate<char[]> passwordCheck) {
        this.timer = timer;
        this.minutes = minutes;
        this.passwordCheck = passwordCheck;
    }

    public void start() {
        running = true;
        restart();
    }

    /** A key press, click or mouse move: counting starts again, unless the lock is closed. */
    public void activity() {
        if (running && !locked.get()) {
            restart();
        }
    }

    private void restart() {
        timer.restart(Math.max(1, minutes.getAsInt()), this::lock);
    }

    public void lock() {
        if (running) {
            timer.stop();
            locked.set(true);
        }
    }

    /** Checks the password and opens the lock when it is right; true when open. */
    public boolean unlock(char[] password) {
        if (!locked.get()) {
            return true;
        }
        if (!checkPassword(password)) {
            return false;
        }
        opened();
        return true;
    }

    /** Only the check (slow: a key derivation), safe on a worker thread; changes nothing. */
    public boolean checkPassword(char[] password) {
        return password != null && password.length > 0 && passwordCheck.test(password);
    }

    /** Opens the lock after {@link #checkPassword} said yes (on the FX thread). */
    public void opened() {
        locked.set(false);
        if (running) {
            restart();
        }
    }

    /** For a window that closes: no more timer. */
    public void stop() {
        running = false;
        timer.stop();
    }

    public boolean isLocked() {
        return locked.get();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }
}
