package vn.sotreem.exchange.workbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.storage.RegisterTransaction;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.exchange.ownlist.MappedImport;
import vn.sotreem.exchange.tabular.WorkbookFiles;

/**
 * Reads a register workbook into a register: a dry run that only reports, or an all-or-nothing
 * import. Both read and check the whole file first; an import writes only when there is no error
 * at all, and then writes everything in one transaction, so a register is never half-imported.
 *
 * <p>Sheets {@code TreEm}, {@code HCDB}, {@code TroGiup}, {@code XamHai} and {@code TNTT} are read, each as a
 * {@link SheetSpec} read by the same {@link SheetReader}, in one pass that streams the file (a
 * 20 000-row register fits a small heap). Abuse cases are read and written only
 * by accounts that may see them (NĐ 56/2017 Điều 24).
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
        return run(workbook, null, progress, false);
    }

    /**
     * As {@link #dryRun(Path, Progress)} for the register of a pre-2025 commune ({@code oldCommuneCode};
     * null for none), checked against the register's commune (see {@link MappedImport}).
     */
    public ImportReport dryRun(Path workbook, String oldCommuneCode, Progress progress) {
        return run(workbook, oldCommuneCode, progress, false);
    }

    /**
     * Reads, checks and, when there is no error, writes everything in one transaction. With any
     * error nothing is written ({@code applied} is false). Cancelling through {@code progress}
     * throws {@link Progress.CancelledException} and writes nothing.
     */
    public ImportReport importAll(Path workbook, Progress progress) {
        return run(workbook, null, progress, true);
    }

    /**
     * As {@link #importAll(Path, Progress)} for the register of a pre-2025 commune ({@code oldCommuneCode};
     * null for none): every child of sheet TreEm records that commune as its origin.
     */
    public ImportReport importAll(Path workbook, String oldCommuneCode, Progress progress) {
        return run(workbook, oldCommuneCode, progress, true);
    }

    /** The sheets of one workbook. */
    private record Contents(SheetReader.SheetContent<Child> children, SheetReader.SheetContent<MembershipSheet.Row> memberships,
                            SheetReader.SheetContent<SupportSheet.Row> supports,
                            SheetReader.SheetContent<AbuseCaseSheet.Row> abuseCases,
                            SheetReader.SheetContent<InjurySheet.Row> injuries) {
    }

    private ImportReport run(Path file, String oldCommuneCode, Progress progress, boolean apply) {
        List<ImportIssue> issues = new ArrayList<>();
        Contents contents = read(file, issues, progress);
        SheetReader.SheetContent<Child> children = contents.children();
        OldCommuneFile origin = OldCommuneFile.of(oldCommuneCode);
        origin.check(store, children.sheetName(), issues);
        if (!children.present() && !contents.memberships().present() && !contents.supports().present()
                && !contents.abuseCases().present() && !contents.injuries().present()) {
            issues.add(SheetReader.absent(children, "không có trẻ nào để nhập."));
        }
        List<SheetReader.ParsedRow<Child>> valid = children.validRows();
        origin.stamp(valid);
        ChildImportPlan plan = valid.isEmpty() ? ChildImportPlan.empty()
                : store.read(tx -> ChildImportPlan.make(tx, children.sheetName(), valid, progress));
        Map<String, Child> childrenInFile = new HashMap<>();
        valid.stream().map(SheetReader.ParsedRow::value).filter(c -> c.getCode() != null)
                .forEach(c -> childrenInFile.put(c.getCode(), c));
        HcdbImportPlan hcdb = store.read(tx -> HcdbImportPlan.make(tx, contents.memberships(), contents.supports(),
                childrenInFile, today, issues));
        AbuseImportPlan abuse = planAbuseCases(contents.abuseCases(), childrenInFile, issues);
        InjuryImportPlan injuries = store.read(tx -> InjuryImportPlan.make(tx, contents.injuries(), childrenInFile, today,
                issues));
        boolean hasErrors = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        boolean applied = false;
        if (apply && !hasErrors) {
            writeAfterBackup(store, tx -> {
                plan.apply(tx, progress);
                hcdb.apply(tx, today);
                abuse.apply(tx, today);
                injuries.apply(tx, today);
                tx.audit(AuditAction.IMPORT, "so_theo_doi", file.getFileName().toString(), "Nhập tệp " + file.getFileName()
                        + ": thêm " + plan.added() + " trẻ, cập nhật " + plan.updated() + " trẻ, " + hcdb.membershipCount()
                        + " diện HCĐB, " + hcdb.supportCount() + " lần trợ giúp, " + abuse.caseCount() + " vụ việc xâm hại, "
                        + injuries.injuryCount() + " tai nạn, thương tích" + origin.auditPhrase());
            });
            applied = true;
            LOG.info("Imported workbook: {} children added, {} updated", plan.added(), plan.updated());
        }
        return new ImportReport(List.copyOf(issues), plan.added(), plan.updated(), plan.newVillages(),
                plan.duplicateDescriptions(), applied, hcdb.membershipCount(), hcdb.supportCount(), abuse.caseCount(),
                injuries.injuryCount());
    }

    /**
     * Writes an import: refused to read-only accounts, after a backup of the register as it was,
     * in one transaction. Shared with {@link MappedImport}.
     */
    public static void writeAfterBackup(RegisterStore store, java.util.function.Consumer<RegisterTransaction> work) {
        store.requireRole(r -> r.canEdit(), "Tài khoản chỉ xem không được nhập dữ liệu.");
        Backups.createInRotation(store, Backups.BEFORE_IMPORT, Progress.NONE);
        store.write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /**
     * Plans sheet XamHai (nothing to do when it has no row). An account that may not see abuse cases gets
     * one error instead of the cases' details.
     */
    private AbuseImportPlan planAbuseCases(SheetReader.SheetContent<AbuseCaseSheet.Row> sheet, Map<String, Child> childrenInFile,
                                           List<ImportIssue> issues) {
        if (sheet.rows().isEmpty()) {
            return AbuseImportPlan.none();
        }
        if (!store.currentAccount().role().canSeeAbuseDetails()) {
            issues.add(new ImportIssue(sheet.sheetName(), 0, null, Severity.ERROR, "Tài khoản " + store.userName()
                    + " không được xem, nhập vụ việc xâm hại trẻ em (NĐ 56/2017 Điều 24). Hãy bỏ sheet này khỏi tệp."));
            return AbuseImportPlan.none();
        }
        return store.read(tx -> AbuseImportPlan.make(tx, sheet, childrenInFile, today, issues));
    }


    private Contents read(Path file, List<ImportIssue> issues, Progress progress) {
        SheetReader reader = new SheetReader(WorkbookFiles.open(file), progress);
        SheetReader.Sheet<Child> children = reader.add(new ChildSheet(today));
        SheetReader.Sheet<MembershipSheet.Row> memberships = reader.add(new MembershipSheet());
        SheetReader.Sheet<SupportSheet.Row> supports = reader.add(new SupportSheet());
        SheetReader.Sheet<AbuseCaseSheet.Row> abuseCases = reader.add(new AbuseCaseSheet());
        SheetReader.Sheet<InjurySheet.Row> injuries = reader.add(new InjurySheet());
        reader.read(issues);
        return new Contents(children.content(), memberships.content(), supports.content(), abuseCases.content(),
                injuries.content());
    }
}
