package vn.sotreem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A failing step, out of memory included, is a ✗ of that step and the benchmark goes on. */
class StepsTest {

    @Test
    void outOfMemoryInAStepIsRecordedAndTheNextStepRuns() {
        StringWriter printed = new StringWriter();
        Steps steps = new Steps(new PrintWriter(printed));

        Object failed = steps.run("import", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        String next = steps.run("cold-start", () -> "đã chạy");

        assertNull(failed);
        assertEquals("đã chạy", next);
        assertEquals(Map.of("import", "OutOfMemoryError: Java heap space"), steps.failures());
        assertTrue(printed.toString().contains("✗ import: OutOfMemoryError: Java heap space"), printed.toString());
    }

    @Test
    void peakHeapIsRecordedEvenWhenTheStepFails() {
        Map<String, Double> heap = new HashMap<>();
        Steps steps = new Steps(new PrintWriter(new StringWriter()));
        steps.run("report-month", () -> Benchmark.measureHeap(heap, "report-month", () -> {
            throw new IllegalStateException("hỏng");
        }));
        assertTrue(heap.containsKey("report-month"));
        assertEquals("IllegalStateException: hỏng", steps.failures().get("report-month"));
    }

    @Test
    void failedStepsAreCrossesInTheTable() {
        BenchResults results = new BenchResults("2026-11-24T10:00", 20_000, 1, null, 0, -1, null, Map.of(), null, null,
                Double.NaN, null, BenchResults.StartResult.notMeasured("không có màn hình"), Map.of("generate", 100.0),
                Map.of("import", "OutOfMemoryError: Java heap space"), Map.of(), null);

        List<BenchResults.Check> checks = results.checks();

        BenchResults.Check start = checks.get(0);
        assertTrue(start.figure().startsWith("không đo được: không có màn hình"), start.figure());
        assertEquals(false, start.met());
        BenchResults.Check crash = checks.get(checks.size() - 2);
        assertTrue(crash.what().contains("crash loop") && crash.figure().equals("không chạy") && !crash.met(), crash.toString());
        BenchResults.Check failed = checks.get(checks.size() - 1);
        assertTrue(failed.what().contains("import"));
        assertEquals("OutOfMemoryError: Java heap space", failed.figure());
        assertEquals(false, failed.met());
        StringWriter table = new StringWriter();
        results.print(new PrintWriter(table));
        assertTrue(table.toString().contains("✗"));
    }

    @Test
    void heapTargetIsMetOnlyWhenEveryStepRanWithinACappedHeap() {
        Map<String, Double> peaks = Map.of("generate", 282.0, "import-dry-run", 187.0);
        assertTrue(withHeap(peaks, Map.of(), "256").heapCheck().met(), "all steps ran under -Xmx256m");
        BenchResults.Check outOfMemory = withHeap(peaks, Map.of("import", "OutOfMemoryError: Java heap space"), "256").heapCheck();
        assertEquals(false, outOfMemory.met());
        assertTrue(outOfMemory.figure().contains("với -Xmx256m bước import không chạy hết"), outOfMemory.figure());
        BenchResults.Check wrapped = withHeap(peaks, Map.of("import", "UserFacingException: Lỗi cơ sở dữ liệu (mã 90108)"), "256")
                .heapCheck();
        assertEquals(false, wrapped.met(), "the heaviest step did not run to its end: the heap is not proven");
        BenchResults.Check otherFailure = withHeap(peaks, Map.of("cold-start", "IllegalStateException: không có màn hình"), "256")
                .heapCheck();
        assertTrue(otherFailure.met(), "a step run in another process has its own row; this JVM's steps all ran");
        BenchResults.Check uncapped = withHeap(peaks, Map.of(), "6016").heapCheck();
        assertEquals(false, uncapped.met(), "282 MB seen with a 6 GB heap is over the target");
        assertTrue(uncapped.figure().contains("-Xmx256m"), uncapped.figure());
    }

    private static BenchResults withHeap(Map<String, Double> peaks, Map<String, String> failed, String maxHeapMB) {
        return new BenchResults("2026-11-24T10:00", 20_000, 1, null, 0, -1, null, Map.of(), null, null,
                Double.NaN, null, null, peaks, failed, Map.of("maxHeapMB", maxHeapMB), null);
    }
}
