package vn.sotreem.bench;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs the benchmark's steps one after the other: a step that fails, an {@code OutOfMemoryError}
 * included, is recorded (✗ in the table) and the next step runs; prints progress.
 */
final class Steps {

    private final PrintWriter log;
    private final Map<String, String> failures = new LinkedHashMap<>();

    Steps(PrintWriter log) {
        this.log = log;
    }

    /**
     * The result of the step, or null when it failed. The step's references die with it, so after an
     * {@code OutOfMemoryError} the heap it filled can be collected before the next step.
     */
    <T> T run(String step, Callable<T> work) {
        try {
            return work.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the benchmark is being stopped: the next steps see it
            failures.put(step, "bị ngắt");
            say("✗ %s: bị ngắt", step);
            return null;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            String why = describe(e);
            failures.put(step, why);
            say("✗ %s: %s", step, why);
            return null;
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Each failed step with why. */
    Map<String, String> failures() {
        return failures;
    }

    void say(String format, Object... args) {
        log.println(String.format(format, args));
        log.flush();
    }
}
