package vn.sotreem.exchange.workbook;

import java.util.List;
import vn.sotreem.domain.common.Severity;

/**
 * What an import found and did. {@code applied} is true only when the whole workbook was written;
 * with any error nothing is written.
 *
 * @param added          children that are new to the register
 * @param updated        children matched by {@code ma_tre} to a child already in the register
 * @param newVillages    village names the import creates
 * @param duplicates     possible duplicates queued for the officer (never dropped)
 * @param memberships    HCĐB memberships added or updated (sheet HCDB)
 * @param supports       supports added (sheet TroGiup)
 * @param abuseCases     abuse cases added or changed (sheet XamHai); unchanged ones are not counted
 * @param injuries       injuries added or changed (sheet TNTT); unchanged ones are not counted
 */
public record ImportReport(List<ImportIssue> issues, int added, int updated, List<String> newVillages,
                           List<String> duplicates, boolean applied, int memberships, int supports, int abuseCases,
                           int injuries) {

    /** A report without sheet TNTT. */
    public ImportReport(List<ImportIssue> issues, int added, int updated, List<String> newVillages,
                        List<String> duplicates, boolean applied, int memberships, int supports, int abuseCases) {
        this(issues, added, updated, newVillages, duplicates, applied, memberships, supports, abuseCases, 0);
    }

    /** A report without sheets XamHai and TNTT. */
    public ImportReport(List<ImportIssue> issues, int added, int updated, List<String> newVillages,
                        List<String> duplicates, boolean applied, int memberships, int supports) {
        this(issues, added, updated, newVillages, duplicates, applied, memberships, supports, 0, 0);
    }

    /** A report of sheet TreEm alone. */
    public ImportReport(List<ImportIssue> issues, int added, int updated, List<String> newVillages,
                        List<String> duplicates, boolean applied) {
        this(issues, added, updated, newVillages, duplicates, applied, 0, 0, 0, 0);
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(i -> i.severity() == Severity.WARNING).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }
}
