package vn.sotreem.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.sotreem.domain.child.Child;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/**
 * Power cuts and killed processes: a {@link CrashWriter} process writes children and is killed with
 * the equivalent of {@code kill -9} at random moments — while saving, while closing and compacting the
 * file, while opening it. After each kill the register must open and hold every child whose commit
 * had returned. Shared by the crash-safety test and the benchmark.
 */
public final class CrashLoop {

    /**
     * The figures of a loop. {@code killedWhileWriting} counts kills inside a save or the batch's
     * transaction (the writer's last line said it had begun one), {@code killedWhileClosing} kills between the writer's close and
     * the end of its reopening, {@code killedWhileCompacting} those of them whose close was rewriting
     * the file. {@code failure} says what went wrong (null when every commit survived).
     */
    public record Result(int kills, int killedWhileWriting, int killedWhileClosing, int killedWhileCompacting,
                         int commitsConfirmed, int lost, String failure) {
    }

    /**
     * Kills aimed at a phase rather than at a time since start: how long writing and closing take
     * depends on the machine (on a fast one a cycle is mostly closing and reopening), and both
     * must be hit. Three in five kills are aimed at a write: as soon as the writer says it starts a
     * single save (one of the first three cycles), or a moment after it starts its batch's
     * transaction; the others a random moment after a close began (closing, compacting or
     * reopening). A kill counts as "while writing" only when the writer's last line says it was
     * inside a save: one that came too late, after the save returned, counts as neither.
     */
    private static final int KILLS_WHILE_WRITING_IN_FIVE = 3;
    private static final int CYCLES_BEFORE_KILL = 3;
    private static final int MAX_DELAY_IN_BATCH_MS = 30;
    private static final int MAX_DELAY_AFTER_CLOSING_MS = 600;
    private static final long PHASE_TIMEOUT_MS = 60_000;

    private CrashLoop() {
    }

    /** Creates a register in {@code folder} (which must not hold one) and kills a writer on it {@code kills} times. */
    public static Result run(Path folder, String password, int kills, long seed, Consumer<String> progress) throws IOException, InterruptedException {
        DataFolder dataFolder = new DataFolder(folder);
        Benchmark.createRegister(folder, password.toCharArray(), List.of("Thôn 1")).close();
        Random random = new Random(seed);
        Set<String> committed = new HashSet<>();
        int whileWriting = 0;
        int whileClosing = 0;
        int whileCompacting = 0;
        for (int round = 1; round <= kills; round++) {
            Process writer = startWriter(folder, password);
            WriterOutput output = new WriterOutput(writer);
            output.start();
            if (!output.awaitReady()) {
                writer.destroyForcibly();
                return new Result(round - 1, whileWriting, whileClosing, whileCompacting, committed.size(), 0,
                        "tiến trình ghi không khởi động được (nó in: " + output.lastPrinted + ")");
            }
            if (random.nextInt(5) < KILLS_WHILE_WRITING_IN_FIVE) {
                int cycle = random.nextInt(CYCLES_BEFORE_KILL);
                int save = random.nextInt(CrashWriter.SINGLE_SAVES + 1); // the last one: the batch
                if (save < CrashWriter.SINGLE_SAVES) {
                    output.await(CrashWriter.SAVING, cycle * CrashWriter.SINGLE_SAVES + save + 1, PHASE_TIMEOUT_MS);
                } else {
                    output.await(CrashWriter.BATCH_STARTS, cycle + 1, PHASE_TIMEOUT_MS);
                    Thread.sleep(random.nextInt(MAX_DELAY_IN_BATCH_MS));
                }
            } else {
                output.await(CrashWriter.CLOSING, 1 + random.nextInt(2), PHASE_TIMEOUT_MS);
                Thread.sleep(random.nextInt(MAX_DELAY_AFTER_CLOSING_MS));
            }
            if (!writer.isAlive()) { // it stopped on its own: an error, not a kill
                output.join(10_000);
                return new Result(round - 1, whileWriting, whileClosing, whileCompacting, committed.size(), 0,
                        "tiến trình ghi tự dừng (mã thoát " + writer.exitValue() + ") trước lần giết thứ " + round
                                + " (nó in: " + output.lastPrinted + ")");
            }
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
            output.join(10_000);
            committed.addAll(output.codes);
            String last = output.lastLine;
            if (last.startsWith(CrashWriter.CLOSING)) {
                whileClosing++;
                if (Integer.parseInt(last.substring(CrashWriter.CLOSING.length()).trim()) < RegisterStore.COMPACT_BELOW_FILL_RATE) {
                    whileCompacting++;
                }
            } else if (last.equals(CrashWriter.SAVING) || last.equals(CrashWriter.BATCH_STARTS)) {
                whileWriting++;
            } // else between a save's return and the next step: neither
            Set<String> missing;
            try (RegisterStore store = RegisterStore.open(dataFolder, password.toCharArray())) {
                Set<String> present = store.allChildren().stream().map(Child::getCode).collect(Collectors.toSet());
                missing = new HashSet<>(committed);
                missing.removeAll(present);
            } catch (RuntimeException e) {
                return new Result(round, whileWriting, whileClosing, whileCompacting, committed.size(), committed.size(),
                        "sổ không mở được sau lần giết thứ " + round + " (dòng cuối của tiến trình ghi: " + last + "): "
                                + e.getMessage());
            }
            if (!missing.isEmpty()) {
                return new Result(round, whileWriting, whileClosing, whileCompacting, committed.size(), missing.size(),
                        "mất " + missing.size() + " trẻ đã ghi xác nhận sau lần giết thứ " + round
                                + " (dòng cuối của tiến trình ghi: " + last + "), ví dụ " + missing.iterator().next());
            }
            if (round % 10 == 0 || round == kills) {
                progress.accept(String.format("  %d/%d lần giết, %d lần ghi đã xác nhận, không mất gì", round, kills,
                        committed.size()));
            }
        }
        return new Result(kills, whileWriting, whileClosing, whileCompacting, committed.size(), 0, null);
    }

    /** The writer runs on this JVM's class path, so the same code runs from the jar and from the tests. */
    private static Process startWriter(Path folder, String password) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), folder.toAbsolutePath().toString());
        builder.environment().put("SOTREEM_PASSWORD", password);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    /** Reads the writer's lines: the codes it confirmed, and the last line before it died. */
    private static final class WriterOutput extends Thread {
        private final Process writer;
        private final CountDownLatch ready = new CountDownLatch(1);
        final Set<String> codes = ConcurrentHashMap.newKeySet();
        volatile String lastLine = "";
        /** The last lines of any kind (an error's message and stack), for a writer that stopped on its own. */
        volatile String lastPrinted = "";
        private final Map<String, Integer> markersSeen = new HashMap<>();

        WriterOutput(Process writer) {
            this.writer = writer;
            setDaemon(true);
        }

        /** True once the writer has opened the register; false when it died first or took over a minute. */
        boolean awaitReady() throws InterruptedException {
            long end = System.currentTimeMillis() + 60_000;
            while (!ready.await(100, TimeUnit.MILLISECONDS)) {
                if (!isAlive() || System.currentTimeMillis() > end) {
                    return ready.getCount() == 0;
                }
            }
            return true;
        }

        /** Waits until the writer has printed {@code n} lines starting with {@code marker} (or died, or the time ran out). */
        synchronized void await(String marker, int n, long timeoutMs) throws InterruptedException {
            long end = System.currentTimeMillis() + timeoutMs;
            while (markersSeen.getOrDefault(marker, 0) < n && isAlive() && System.currentTimeMillis() < end) {
                wait(100);
            }
        }

        private synchronized void seen(String line) {
            markersSeen.merge(line.split(" ", 2)[0], 1, Integer::sum);
            notifyAll();
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    line = line.trim();
                    if (!line.isEmpty()) {
                        String printed = lastPrinted.isEmpty() ? line : lastPrinted + " | " + line;
                        lastPrinted = printed.length() > 600 ? printed.substring(printed.length() - 600) : printed;
                    }
                    if (line.equals(CrashWriter.READY)) {
                        ready.countDown();
                    } else if (line.startsWith("TE")) {
                        codes.add(line);
                    } else if (!line.startsWith(CrashWriter.CLOSING) && !line.equals(CrashWriter.OPEN)
                            && !line.equals(CrashWriter.SAVING) && !line.equals(CrashWriter.BATCH_STARTS)) {
                        continue; // a log line
                    }
                    lastLine = line;
                    seen(line);
                }
            } catch (IOException e) {
                // The pipe breaks when the writer is killed; what was read is what was committed.
            }
        }
    }
}
