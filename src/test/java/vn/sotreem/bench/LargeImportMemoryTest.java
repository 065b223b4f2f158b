package vn.sotreem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.AdminUnits;
import vn.sotreem.domain.Progress;
import vn.sotreem.domain.RegisterInfo;
import vn.sotreem.exchange.RegisterWorkbookExporter;
import vn.sotreem.storage.DataFolder;
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
        try (RegisterStore store = RegisterStore.create(new DataFolder(dir.resolve("register")),
                RegisterInfo.of(AdminUnits.get().commune(Benchmark.COMMUNE_CODE).orElseThrow(), "Thử"),
                Benchmark.PASSWORD.toCharArray(), CommuneGenerator.villageNames(size.villages()))) {
            new CommuneGenerator(Benchmark.SEED, TODAY).generate(store, size);
            assertEquals(20_000, new RegisterWorkbookExporter(store, TODAY).export(workbook, Progress.NONE));
        }

        Process dryRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MAX_HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                LargeImportDryRun.class.getName(), workbook.toString(), dir.resolve("empty").toString(), TODAY.toString())
                .redirectErrorStream(true).start();
        String output = readAll(dryRun.getInputStream());
        assertTrue(dryRun.waitFor(5, TimeUnit.MINUTES), "the dry run did not end");
        assertEquals(0, dryRun.exitValue(), "the dry run under " + MAX_HEAP + " failed:\n" + output);
        assertTrue(output.contains("added=20000 errors=0 memberships=" + size.memberships() + " supports=" + size.supports()),
                output);
    }

    private static String readAll(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
