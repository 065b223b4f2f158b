package vn.sotreem.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import vn.sotreem.domain.common.Progress;

/**
 * Work for the register, done off the JavaFX thread, described fluently:
 * {@code BackgroundTask.of(() -> model.read()).onSuccess(view::show).onFailure(view::showError).run(runner)}.
 * The success and failure handlers run on the JavaFX thread; with {@link BackgroundRunner#SAME_THREAD}
 * (tests that mount one pane) everything runs at once, on the calling thread.
 */
public final class BackgroundTask<T> {

    private final Function<Progress, T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private String name = "";

    private BackgroundTask(Function<Progress, T> work) {
        this.work = work;
    }

    /** Work that returns a value (the register's read, a saved record). */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(progress -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new BackgroundException(e);
            }
        });
    }

    /** Work that returns nothing (a write, a file saved). */
    public static BackgroundTask<Void> ofAction(Action work) {
        Objects.requireNonNull(work);
        return of(() -> {
            work.run();
            return null;
        });
    }

    /** Long work that reports its progress and checks for Cancel (import, export, backup). */
    public static <T> BackgroundTask<T> withProgress(Function<Progress, T> work) {
        return new BackgroundTask<>(Objects.requireNonNull(work));
    }

    /** Names the work (see {@link ProgressTask#name()}): a test's runner can tell it from the others. */
    public BackgroundTask<T> named(String name) {
        this.name = Objects.requireNonNull(name);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Receives the cause itself (not the wrapper of a checked exception): {@link ErrorMessages#describe} words it. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancel alike (a button enabled again, a busy mark cleared). */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /** Starts the work on {@code runner}; the returned task can be cancelled or bound to a progress bar. */
    public Task<T> run(BackgroundRunner runner) {
        Task<T> task = toTask();
        if (runner instanceof BackgroundRunner.SameThread) {
            runHere();
        } else {
            runner.start(task);
        }
        return task;
    }

    private void runHere() {
        T value;
        try {
            value = work.apply(Progress.NONE);
        } catch (RuntimeException e) {
            try {
                if (e instanceof Progress.CancelledException) {
                    onCancelled.run();
                } else {
                    onFailure.accept(unwrap(e));
                }
            } finally {
                onFinished.run();
            }
            return;
        }
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    /** The JavaFX task, not yet started (for {@link ProgressWindow} and tests). */
    public Task<T> toTask() {
        ProgressTask<T> task = new ProgressTask<>(work, name);
        task.setOnSucceeded(e -> {
            try {
                onSuccess.accept(task.getValue());
            } finally {
                onFinished.run();
            }
        });
        task.setOnFailed(e -> {
            try {
                onFailure.accept(unwrap(task.getException()));
            } finally {
                onFinished.run();
            }
        });
        task.setOnCancelled(e -> {
            try {
                onCancelled.run();
            } finally {
                onFinished.run();
            }
        });
        return task;
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof BackgroundException wrapped && wrapped.getCause() != null ? wrapped.getCause() : error;
    }

    /** Work without a value that may throw a checked exception (writing a file). */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private static final class BackgroundException extends RuntimeException {
        BackgroundException(Exception cause) {
            super(cause);
        }
    }
}
