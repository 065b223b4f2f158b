package vn.sotreem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.app.PackagedProcess;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.exchange.workbook.RegisterWorkbookExporter;
import vn.sotreem.storage.RegisterStore;

/**
 * The register workbook of the issue's commune (20 000 children and every other sheet, exported by the
 * app) is checked by a dry run in a JVM whose heap is capped well under the issue's 256 MB: the import
 * streams the file instead of loading it whole. Memory, not time, is what is asserted.
 */
class LargeImportMemoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String MAX_HEAP = "-Xmx128m";

    @Test
    void dryRunOfTwentyThousandChildrenFitsInASmallHeap(@TempDir Path dir) throws Exception {
        Path workbook = dir.resolve("so-theo-doi.xlsx");
        CommuneGenerator.Size size = CommuneGenerator.Size.issue10();
        try (RegisterStore store = Benchmark.createRegister(dir.resolve("register"), Benchmark.PASSWORD.toCharArray(),
                CommuneGenerator.villageNames(size.villages()))) {
            new CommuneGenerator(Benchmark.SEED, TODAY).generate(store, size);
            assertEquals(20_000, new RegisterWorkbookExporter(store, TODAY).export(workbook, Progress.NONE));
        }

        // Fails (AssertionError) when it does not end within 5 minutes.
        PackagedProcess dryRun = PackagedProcess.run(new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MAX_HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                LargeImportDryRun.class.getName(), workbook.toString(), dir.resolve("empty").toString(), TODAY.toString()),
                dir, 300);
        String output = dryRun.out() + dryRun.err();
        assertEquals(0, dryRun.code(), "the dry run under " + MAX_HEAP + " failed:\n" + output);
        assertTrue(output.contains("added=20000 errors=0 memberships=" + size.memberships() + " supports=" + size.supports()),
                output);
    }
}
