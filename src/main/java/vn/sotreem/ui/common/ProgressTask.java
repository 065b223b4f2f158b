package vn.sotreem.ui.common;

import java.util.function.Function;
import javafx.concurrent.Task;
import vn.sotreem.domain.common.Progress;

/** A JavaFX task around work that reports through {@link Progress} and checks for Cancel. */
public final class ProgressTask<T> extends Task<T> {

    private final Function<Progress, T> work;
    private final String name;

    public ProgressTask(Function<Progress, T> work) {
        this(work, "");
    }

    /** {@code name} says which work it is (tests that hold one task back find it by its name). */
    public ProgressTask(Function<Progress, T> work, String name) {
        this.work = work;
        this.name = name;
    }

    /** The work's name given to {@link BackgroundTask#named}, or "". */
    public String name() {
        return name;
    }

    @Override
    protected T call() {
        return work.apply(new Progress() {
            @Override
            public void update(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return ProgressTask.this.isCancelled();
            }
        });
    }
}
