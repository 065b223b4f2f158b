package vn.sotreem.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.Child;
import vn.sotreem.domain.Progress;
import vn.sotreem.domain.Severity;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.domain.AuditAction;

/**
 * Reads a register workbook into a register: a dry run that only reports, or an all-or-nothing
 * import. Both read and check the whole file first; an import writes only when there is no error
 * at all, and then writes everything in one transaction, so a register is never half-imported.
 *
 * <p>Sheet {@code TreEm} is read now; the other sheets of the design plug in as further
 * {@link SheetSpec}s read by the same {@link SheetReader}.
 */
public final class RegisterWorkbookImporter {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterWorkbookImporter.class);

    private final RegisterStore store;
    private final LocalDate today;

    public RegisterWorkbookImporter(RegisterStore store, LocalDate today) {
        this.store = store;
        this.today = today;
    }

    /** Reads and checks the workbook; writes nothing. */
    public ImportReport dryRun(Path workbook, Progress progress) {
        return run(workbook, progress, false);
    }

    /**
     * Reads, checks and, when there is no error, writes everything in one transaction. With any
     * error nothing is written ({@code applied} is false). Cancelling through {@code progress}
     * throws {@link Progress.CancelledException} and writes nothing.
     */
    public ImportReport importAll(Path workbook, Progress progress) {
        return run(workbook, progress, true);
    }

    private ImportReport run(Path file, Progress progress, boolean apply) {
        List<ImportIssue> issues = new ArrayList<>();
        SheetReader.SheetContent<Child> children = read(file, issues, progress);
        if (!children.present()) {
            issues.add(SheetReader.absent(children, "không có trẻ nào để nhập."));
        }
        List<SheetReader.ParsedRow<Child>> valid = children.validRows();
        ChildImportPlan plan = valid.isEmpty() ? ChildImportPlan.empty()
                : store.read(tx -> ChildImportPlan.make(tx, children.sheetName(), valid, progress));
        boolean hasErrors = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        boolean applied = false;
        if (apply && !hasErrors) {
            store.requireRole(r -> r.canEdit(), "Tài khoản chỉ xem không được nhập dữ liệu.");
            Backups.createInRotation(store, Backups.BEFORE_IMPORT, Progress.NONE);
            store.write(tx -> {
                plan.apply(tx, progress);
                tx.audit(AuditAction.IMPORT, "so_theo_doi", file.getFileName().toString(), "Nhập tệp " + file.getFileName()
                        + ": thêm " + plan.added() + " trẻ, cập nhật " + plan.updated() + " trẻ");
                return null;
            });
            applied = true;
            LOG.info("Imported workbook: {} children added, {} updated", plan.added(), plan.updated());
        }
        return new ImportReport(List.copyOf(issues), plan.added(), plan.updated(), plan.newVillages(),
                plan.duplicateDescriptions(), applied);
    }

    private SheetReader.SheetContent<Child> read(Path file, List<ImportIssue> issues, Progress progress) {
        XSSFWorkbook workbook = WorkbookFiles.open(file);
        try {
            return SheetReader.read(workbook, new ChildSheet(today), issues, progress);
        } finally {
            try {
                workbook.close(); // opened read-only: closing reverts, never writes the officer's file
            } catch (IOException e) {
                LOG.warn("Closing the workbook failed: {}", e.toString());
            }
        }
    }
}
