package vn.sotreem.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The figures of one benchmark run: written as JSON and printed as a table with the targets. */
public record BenchResults(String startedAt, int children, int runs, CommuneGenerator.Counts generated,
                           double generateSeconds, double databaseMB, Stats searchMs, Map<String, Integer> searchHits,
                           ReportResult monthlyReport, ReportResult yearlyReport, double exportMs,
                           ImportResult registerImport, StartResult coldStart, Map<String, Double> peakHeapMB,
                           Map<String, String> failedSteps, Map<String, String> machine, CrashLoop.Result crashLoop) {

    /** Steps measured in child processes: the benchmark's own heap has nothing to do with them. */
    static final Set<String> OTHER_PROCESS_STEPS = Set.of("cold-start", "crash-loop");

    /**
     * Compute + write of the indicator report (ms) vs bare SXSSF writing the same cells with the same
     * looks ({@link WorkbookShape}); {@code partsMs} splits our time: snapshot read, computation,
     * export (build, self-check, write, audit), and the in-memory build + self-check alone.
     */
    public record ReportResult(String period, int rows, long cells, Stats ms, Stats barePoiMs, double ratio,
                               Map<String, Stats> partsMs) {
    }

    /** Cold start to the first frame (ms): the application on the benchmark register vs a bare JavaFX window. */
    public record StartResult(Stats appMs, Stats bareMs, double ratio, String notMeasured) {

        static StartResult notMeasured(String why) {
            return new StartResult(null, null, Double.NaN, why);
        }
    }

    /** Dry run of the register workbook into an empty register (ms) vs bare POI reading the same file. */
    public record ImportResult(double fileMB, int childrenRead, int errors, int warnings, long barePoiCells, Stats ms,
                               Stats barePoiMs, double ratio, String barePoiMethod) {
    }

    /** One line of the table: a figure beside its target. */
    public record Check(String what, String figure, String target, boolean met) {
    }

    public double maxHeapMB() {
        return peakHeapMB.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        if (coldStart != null) {
            String target = f("≤ ×%.1f", Benchmark.START_RATIO);
            checks.add(coldStart.notMeasured() != null
                    ? new Check("Khởi động / cold start", "không đo được: " + coldStart.notMeasured(), target, false)
                    : new Check("Khởi động / cold start", f("%.0f ms (p95 %.0f) vs JavaFX %.0f ms (p95 %.0f) = ×%.1f",
                    coldStart.appMs().median(), coldStart.appMs().p95(), coldStart.bareMs().median(),
                    coldStart.bareMs().p95(), coldStart.ratio()), target, coldStart.ratio() <= Benchmark.START_RATIO));
        }
        if (searchMs != null) {
            checks.add(new Check("Tìm kiếm khi gõ / search p95", f("%.2f ms (trung vị %.2f)", searchMs.p95(), searchMs.median()),
                    f("≤ %.0f ms", Benchmark.SEARCH_P95_MS), searchMs.p95() <= Benchmark.SEARCH_P95_MS));
        }
        for (ReportResult report : java.util.Arrays.asList(monthlyReport, yearlyReport)) {
            if (report != null) {
                checks.add(new Check("Báo cáo / report " + report.period(), f("%.0f ms vs POI %.0f ms = ×%.1f",
                        report.ms().median(), report.barePoiMs().median(), report.ratio()),
                        f("≤ ×%.1f", Benchmark.REPORT_RATIO), report.ratio() <= Benchmark.REPORT_RATIO));
            }
        }
        if (registerImport != null) {
            checks.add(new Check("Nhập sổ (dry run) / import", f("%.0f ms vs POI %.0f ms = ×%.1f", registerImport.ms().median(),
                    registerImport.barePoiMs().median(), registerImport.ratio()), f("≤ ×%.1f", Benchmark.IMPORT_RATIO),
                    registerImport.ratio() <= Benchmark.IMPORT_RATIO));
        }
        checks.add(heapCheck());
        if (databaseMB >= 0) {
            checks.add(new Check("Tệp CSDL / database file", f("%.1f MB", databaseMB), f("≤ %.0f MB", Benchmark.DATABASE_MB),
                    databaseMB <= Benchmark.DATABASE_MB));
        }
        checks.add(crashCheck());
        failedSteps.forEach((step, why) -> checks.add(new Check("Lỗi bước / failed step " + step, why, "chạy hết", false)));
        return checks;
    }

    /**
     * The heap target holds when every step ran to its end in a JVM whose maximum heap is within it
     * ({@code java -Xmx256m -jar … bench}): with a larger maximum the collector lets garbage pile up and
     * the pools' peaks say little. The worst step figure is shown either way.
     */
    Check heapCheck() {
        String worst = peakHeapMB.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        String figure = f("%.0f MB (%s)", maxHeapMB(), worst);
        String target = f("≤ %.0f MB", Benchmark.HEAP_MB);
        long maxHeap = Long.parseLong(machine.getOrDefault("maxHeapMB", "0"));
        if (maxHeap > 0 && maxHeap <= Benchmark.HEAP_MB) {
            // A step of this JVM that did not run to its end proves nothing about the heap (and H2 wraps
            // an out-of-memory error in its own exception); the steps run in other processes do not
            // count, their failures have their own rows.
            List<String> unfinished = failedSteps.keySet().stream().filter(step -> !OTHER_PROCESS_STEPS.contains(step))
                    .sorted().toList();
            return new Check("Heap cao nhất / peak heap", figure + (unfinished.isEmpty()
                    ? f("; mọi bước chạy hết với -Xmx%dm", maxHeap)
                    : f("; với -Xmx%dm bước %s không chạy hết", maxHeap, String.join(", ", unfinished))),
                    target, unfinished.isEmpty());
        }
        return new Check("Heap cao nhất / peak heap", figure + f("; heap tối đa %d MB: chạy lại với -Xmx256m", maxHeap),
                target, maxHeapMB() <= Benchmark.HEAP_MB);
    }

    /** The crash-safety loop: every confirmed commit survives ≥ 50 kills of the writing process. */
    private Check crashCheck() {
        String target = f("0 mất, ≥ %d lần giết", Benchmark.CRASH_KILLS);
        if (crashLoop == null) {
            return new Check("Thử mất điện / crash loop", "không chạy", target, false);
        }
        String figure = f("%d lần giết (%d khi đang ghi, %d khi đang đóng, %d khi đang nén), %d lần ghi đã xác nhận, %d mất",
                crashLoop.kills(), crashLoop.killedWhileWriting(), crashLoop.killedWhileClosing(),
                crashLoop.killedWhileCompacting(), crashLoop.commitsConfirmed(), crashLoop.lost())
                + (crashLoop.failure() == null ? "" : " — " + crashLoop.failure());
        return new Check("Thử mất điện / crash loop", figure, target,
                crashLoop.failure() == null && crashLoop.lost() == 0 && crashLoop.kills() >= Benchmark.CRASH_KILLS);
    }

    /** The table, one figure a line, with ✓ or ✗ against the target. */
    public void print(PrintWriter out) {
        out.println();
        out.println(f("Sổ Trẻ Em — benchmark: %d trẻ, --runs %d (tìm kiếm: 20 truy vấn mỗi lần; báo cáo: 5 lần mỗi lần) (%s)",
                children, runs, machine.getOrDefault("cpu", "")));
        if (generated != null) {
            out.println(f("Sinh dữ liệu: %s trong %.1f s", generated, generateSeconds));
        }
        List<Check> checks = checks();
        int w1 = checks.stream().mapToInt(c -> c.what().length()).max().orElse(10);
        int w2 = checks.stream().mapToInt(c -> c.figure().length()).max().orElse(10);
        int w3 = checks.stream().mapToInt(c -> c.target().length()).max().orElse(10);
        for (Check check : checks) {
            out.println(f("  %-" + w1 + "s  %-" + w2 + "s  %-" + w3 + "s  %s", check.what(), check.figure(), check.target(),
                    check.met() ? "✓" : "✗"));
        }
        for (ReportResult report : java.util.Arrays.asList(monthlyReport, yearlyReport)) {
            if (report != null) {
                out.println(f("  Báo cáo %s (%d ô): trung vị từng phần (ms) %s", report.period(), report.cells(),
                        report.partsMs().entrySet().stream().map(e -> e.getKey() + " " + f("%.0f", e.getValue().median()))
                                .toList()));
            }
        }
        out.println("  Heap cao nhất từng bước (MB): " + peakHeapMB.entrySet().stream()
                .map(e -> e.getKey() + " " + f("%.0f", e.getValue())).toList());
        out.flush();
    }

    public void writeJson(Path file) {
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
