package vn.sotreem.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the application, packaged or a class of it, as a separate process (tests of the jar, the app-image, a small heap). */
public record PackagedProcess(int code, String out, String err) {

    /** Runs to the end; output goes through files in {@code logDir}, so a chatty process cannot block. */
    public static PackagedProcess run(ProcessBuilder builder, Path logDir, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile(logDir, "out", ".txt");
        Path err = Files.createTempFile(logDir, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish in " + timeoutSeconds + " s: " + builder.command());
        }
        return new PackagedProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
