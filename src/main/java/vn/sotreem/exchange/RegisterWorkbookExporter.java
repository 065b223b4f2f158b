package vn.sotreem.exchange;

import java.nio.file.Path;
import vn.sotreem.domain.Progress;
import vn.sotreem.storage.RegisterStore;

/** Writes the whole register as a register workbook. */
public final class RegisterWorkbookExporter {

    private final RegisterStore store;

    public RegisterWorkbookExporter(RegisterStore store) {
        this.store = store;
    }

    /** Writes the workbook to {@code out} (via a temporary file, so a failure leaves no half file); returns the number of children. */
    public int export(Path out, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
