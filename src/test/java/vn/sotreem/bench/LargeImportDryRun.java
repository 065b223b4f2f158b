package vn.sotreem.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.exchange.workbook.RegisterWorkbookImporter;
import vn.sotreem.storage.RegisterStore;

/**
 * Run in a JVM of its own by {@link LargeImportMemoryTest} with a capped heap: a dry run of a register
 * workbook into a fresh empty register, printing what it found. Exits non-zero on OutOfMemoryError.
 * Arguments: the workbook, an empty folder for the register, today (yyyy-mm-dd).
 */
public final class LargeImportDryRun {

    private LargeImportDryRun() {
    }

    public static void main(String[] args) {
        Path workbook = Path.of(args[0]);
        LocalDate today = LocalDate.parse(args[2]);
        try (RegisterStore empty = Benchmark.createRegister(Path.of(args[1]), Benchmark.PASSWORD.toCharArray(), List.of())) {
            ImportReport report = new RegisterWorkbookImporter(empty, today).dryRun(workbook, Progress.NONE);
            System.out.printf("added=%d errors=%d memberships=%d supports=%d abuseCases=%d injuries=%d%n", report.added(),
                    report.errors().size(), report.memberships(), report.supports(), report.abuseCases(),
                    report.injuries());
        }
    }
}
