package vn.sotreem.ui;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** What the windows need from outside: dialogs, file choosers, a worker thread and today's date. */
public record UiServices(Dialogs dialogs, FilePicker files, BackgroundRunner runner, Supplier<LocalDate> today) {

    /** The real services: JavaFX alerts and file choosers, one daemon worker thread, the system clock. */
    public static UiServices standard() {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "so-tre-em-work");
            t.setDaemon(true);
            return t;
        });
        return new UiServices(new FxDialogs(), new FxFilePicker(), executor::execute, LocalDate::now);
    }

    public UiServices withFiles(FilePicker picker) {
        return new UiServices(dialogs, picker, runner, today);
    }
}
