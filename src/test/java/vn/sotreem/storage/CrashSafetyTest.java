package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.RegisterInfo;

/**
 * Power cuts and killed processes: a writer process commits children in a loop and is killed with
 * the equivalent of {@code kill -9} at random moments. After each kill the register must open and
 * hold every child whose commit had returned. {@code -Dcrash.kills=N} sets the number of kills.
 */
class CrashSafetyTest {

    private static final String PASSWORD = "mat-khau-kiem-thu";

    @TempDir
    Path dir;

    @Test
    void everyCommittedChildSurvivesAKill() throws Exception {
        int kills = Integer.getInteger("crash.kills", 20);
        DataFolder folder = new DataFolder(dir);
        RegisterStore.create(folder, new RegisterInfo("00004", "Phường Ba Đình", "01", "Thành phố Hà Nội", "Lan"),
                PASSWORD.toCharArray(), List.of("Thôn 1")).close();
        Random random = new Random(42);
        Set<String> committed = new HashSet<>();
        int killedMidWrite = 0;
        for (int round = 0; round < kills; round++) {
            Set<String> confirmedThisRound = ConcurrentSet.create();
            Process writer = startWriter(folder);
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> readCodes(writer, ready, confirmedThisRound));
            reader.start();
            assertTrue(ready.await(60, TimeUnit.SECONDS), "writer did not start");
            Thread.sleep(50 + random.nextInt(700));
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
            committed.addAll(confirmedThisRound);
            if (!confirmedThisRound.isEmpty()) {
                killedMidWrite++;
            }
            try (RegisterStore store = RegisterStore.open(folder, PASSWORD.toCharArray())) {
                Set<String> present = store.allChildren().stream().map(c -> c.getCode()).collect(Collectors.toSet());
                Set<String> missing = new HashSet<>(committed);
                missing.removeAll(present);
                assertEquals(Set.of(), missing, "committed children lost after kill " + (round + 1));
            }
        }
        // Figures for the README: printed into the surefire report.
        System.out.printf("crash safety: %d kills, %d kills while writing, %d commits confirmed, 0 lost%n",
                kills, killedMidWrite, committed.size());
        assertTrue(killedMidWrite >= kills / 2, "the writer was rarely killed while writing: " + killedMidWrite);
        assertTrue(committed.size() > kills, "too few commits to mean anything: " + committed.size());
    }

    private static Process startWriter(DataFolder folder) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), folder.path().toString());
        builder.environment().put("SOTREEM_PASSWORD", PASSWORD);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static void readCodes(Process writer, CountDownLatch ready, Set<String> codes) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("TE")) {
                    codes.add(line.trim());
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the writer is killed; what was read is what was committed.
        }
    }

    /** A thread-safe set. */
    private static final class ConcurrentSet {
        static Set<String> create() {
            return java.util.concurrent.ConcurrentHashMap.newKeySet();
        }
    }
}
