package vn.sotreem.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.util.Duration;

/**
 * What the windows need from outside: dialogs, file choosers, a worker thread, today's date and the
 * time of day (for the hour-counted deadlines of abuse cases), the idle-lock timer and how often to
 * check whether the daily backup is due.
 */
public record UiServices(Dialogs dialogs, FilePicker files, BackgroundRunner runner, Supplier<LocalDate> today,
                         Supplier<LocalDateTime> now, Supplier<IdleTimer> idleTimers, Duration dailyBackupCheck) {

    /** How often the running window checks whether today's automatic backup is still due. */
    public static final Duration DAILY_BACKUP_CHECK = Duration.hours(1);

    /** The real timers with the given dialogs, files, worker and date; the time of day is the real one on that date. */
    public UiServices(Dialogs dialogs, FilePicker files, BackgroundRunner runner, Supplier<LocalDate> today) {
        this(dialogs, files, runner, today, () -> today.get().atTime(LocalTime.now()), IdleTimer::standard,
                DAILY_BACKUP_CHECK);
    }

    /** The real services: JavaFX alerts and file choosers, one daemon worker thread, the system clock. */
    public static UiServices standard() {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "so-tre-em-work");
            t.setDaemon(true);
            return t;
        });
        return new UiServices(new FxDialogs(), new FxFilePicker(), executor::execute, LocalDate::now)
                .withClock(LocalDateTime::now);
    }

    public UiServices withFiles(FilePicker picker) {
        return new UiServices(dialogs, picker, runner, today, now, idleTimers, dailyBackupCheck);
    }

    public UiServices withDialogs(Dialogs replacement) {
        return new UiServices(replacement, files, runner, today, now, idleTimers, dailyBackupCheck);
    }

    public UiServices withIdleTimers(Supplier<IdleTimer> timers) {
        return new UiServices(dialogs, files, runner, today, now, timers, dailyBackupCheck);
    }

    /** The given clock for both the date and the time of day (tests set "now" with it). */
    public UiServices withClock(Supplier<LocalDateTime> clock) {
        return new UiServices(dialogs, files, runner, () -> clock.get().toLocalDate(), clock, idleTimers, dailyBackupCheck);
    }
}
