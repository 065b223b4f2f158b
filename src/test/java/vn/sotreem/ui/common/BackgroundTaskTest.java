package vn.sotreem.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundTaskTest {

    @Test
    void theSameThreadRunnerDeliversTheValueBeforeRunReturns() throws Exception {
        List<String> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTask.of(() -> "đọc xong").onSuccess(seen::add).onFinished(() -> seen.add("xong"))
                    .run(BackgroundRunner.SAME_THREAD);
            seen.add("sau run");
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("đọc xong", "xong", "sau run"), seen);
    }

    @Test
    void aCheckedFailureReachesTheHandlerAsItsOwnCause() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        List<String> successes = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> BackgroundTask.ofAction(() -> {
            throw new IOException("ổ đĩa đầy");
        }).onSuccess(v -> successes.add("?")).onFailure(failures::add).run(BackgroundRunner.SAME_THREAD))
                .get(10, TimeUnit.SECONDS);
        assertTrue(successes.isEmpty());
        assertEquals(1, failures.size());
        assertInstanceOf(IOException.class, failures.get(0));
        assertEquals("ổ đĩa đầy", failures.get(0).getMessage());
    }

    @Test
    void onAWorkerTheHandlersRunOnTheJavaFxThread() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            List<Boolean> onFxThread = new ArrayList<>();
            List<String> workThread = new ArrayList<>();
            WaitForAsyncUtils.asyncFx(() -> BackgroundTask.of(() -> {
                workThread.add(Thread.currentThread().getName());
                return 1;
            }).onSuccess(v -> onFxThread.add(Platform.isFxApplicationThread())).run(worker::execute));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onFxThread.isEmpty());
            assertEquals(List.of(true), onFxThread);
            assertTrue(!workThread.get(0).contains("JavaFX"), "the work ran off the JavaFX thread");
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void aNamedTaskCarriesItsNameSoThatARunnerCanTellItFromTheOthers() throws Exception {
        List<String> names = new ArrayList<>();
        BackgroundRunner recording = task -> names.add(task instanceof ProgressTask<?> named ? named.name() : "?");
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTask.of(() -> 1).named("đọc-lúc-mở").run(recording);
            BackgroundTask.of(() -> 2).run(recording);
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("đọc-lúc-mở", ""), names);
    }
}
