package vn.sotreem.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.sotreem.domain.Progress;
import vn.sotreem.storage.RegisterStore;

/** Reads a register workbook into a register: dry run, or all-or-nothing import. */
public final class RegisterWorkbookImporter {

    private final RegisterStore store;
    private final LocalDate today;

    public RegisterWorkbookImporter(RegisterStore store, LocalDate today) {
        this.store = store;
        this.today = today;
    }

    /** Reads and checks the workbook; writes nothing. */
    public ImportReport dryRun(Path workbook, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads, checks and, when there is no error, writes everything in one transaction. */
    public ImportReport importAll(Path workbook, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
