package vn.sotreem.storage.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotreem.files.DurableFiles;
import vn.sotreem.storage.DataFolder;

/**
 * Failed logins, kept beside the register (the encrypted audit log cannot be written without a
 * password) and copied into the audit log at the next successful login. After three failures in a
 * row each further attempt must wait: 5 s, 10 s, 20 s … up to 5 minutes.
 */
public final class LoginGuard {

    public static final String FILE = "login-attempts.json";
    private static final int FREE_ATTEMPTS = 3;

    /** One failed attempt; the time as ISO text. */
    public record Failure(String at, String user) {
        public LocalDateTime time() {
            return LocalDateTime.parse(at);
        }
    }

    private final Path file;

    public LoginGuard(DataFolder folder) {
        this.file = folder.path().resolve(FILE);
    }

    public List<Failure> failures() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Failure> failures = new ArrayList<>();
            for (Map<String, Object> failure : SmallJson.objects(SmallJson.readObject(Files.readAllBytes(file)), "failures")) {
                String at = SmallJson.text(failure, "at");
                String user = SmallJson.text(failure, "user");
                if (at != null && readableTime(at)) {
                    failures.add(new Failure(at, user == null ? "" : user));
                }
            }
            return failures;
        } catch (IOException e) {
            return List.of(); // A damaged counter must not lock the officer out.
        }
    }

    private static boolean readableTime(String at) {
        try {
            LocalDateTime.parse(at);
            return true;
        } catch (DateTimeParseException e) {
            return false; // skipped, like a damaged file
        }
    }

    /** How long the next attempt must wait (zero when it may go ahead). */
    public Duration waitBefore(LocalDateTime now) {
        List<Failure> failures = failures();
        int extra = failures.size() - FREE_ATTEMPTS;
        if (extra < 0 || failures.isEmpty()) {
            return Duration.ZERO;
        }
        long seconds = Math.min(300, 5L << Math.min(extra, 10));
        LocalDateTime allowedAt = failures.get(failures.size() - 1).time().plusSeconds(seconds);
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    public void recordFailure(String user, LocalDateTime at) {
        List<Failure> failures = new ArrayList<>(failures());
        failures.add(new Failure(at.toString(), user == null ? "" : user));
        write(failures);
    }

    public void reset() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Next login will copy the same failures again; harmless.
        }
    }

    private void write(List<Failure> failures) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Failure f : failures) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("at", f.at());
            failure.put("user", f.user());
            list.add(failure);
        }
        try {
            DurableFiles.replace(file, SmallJson.write(Map.of("failures", list)));
        } catch (IOException e) {
            // Counting failures is a delay, not a lock; a read-only folder must not block logins.
        }
    }
}
