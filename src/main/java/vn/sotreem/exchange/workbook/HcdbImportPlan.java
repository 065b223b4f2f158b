package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.MembershipField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.HcdbChanges;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.MembershipRules;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportRules;
import vn.sotreem.storage.RegisterTransaction;

/**
 * The rows of sheets {@code HCDB} and {@code TroGiup} checked against their children — those of
 * sheet {@code TreEm} in the same file, else those already in the register — with the same rules
 * as the forms. A membership with the child, group and start of a stored one updates it (and is
 * left alone when nothing differs: no write, no audit entry), and a support already recorded
 * (same child, date, type and amount) is skipped, so importing an exported workbook again changes
 * nothing. A row matching a record voided as entered in error is skipped with a warning: an older
 * export does not bring it back.
 */
final class HcdbImportPlan {

    private record PlannedMembership(int row, String childCode, Membership membership) {
    }

    private record PlannedSupport(int row, String childCode, Support support) {
    }

    private final List<PlannedMembership> memberships = new ArrayList<>();
    private final List<PlannedSupport> supports = new ArrayList<>();

    static HcdbImportPlan make(RegisterTransaction tx, SheetReader.SheetContent<MembershipSheet.Row> hcdb,
                               SheetReader.SheetContent<SupportSheet.Row> support, Map<String, Child> childrenInFile,
                               LocalDate today, List<ImportIssue> issues) {
        HcdbImportPlan plan = new HcdbImportPlan();
        for (SheetReader.ParsedRow<MembershipSheet.Row> row : hcdb.validRows()) {
            plan.planMembership(tx, hcdb.sheetName(), row, childrenInFile, today, issues);
        }
        for (SheetReader.ParsedRow<SupportSheet.Row> row : support.validRows()) {
            plan.planSupport(tx, support.sheetName(), row, childrenInFile, today, issues);
        }
        return plan;
    }

    private void planMembership(RegisterTransaction tx, String sheet, SheetReader.ParsedRow<MembershipSheet.Row> row,
                                Map<String, Child> childrenInFile, LocalDate today, List<ImportIssue> issues) {
        String code = row.value().childCode();
        Optional<Child> child = findChild(tx, code, childrenInFile, sheet, row.number(), issues);
        if (child.isEmpty()) {
            return;
        }
        Long storedId = tx.childByCode(code).map(Child::getId).orElse(null);
        List<Membership> stored = storedId == null ? List.of() : tx.memberships(storedId);
        Membership m = row.value().membership();
        Membership same = stored.stream().filter(s -> s.group() == m.group() && s.fromDate().equals(m.fromDate()))
                .findFirst().orElse(null);
        // Sheet HCDB has no column for the reason of ending: a stored reason stays while the row keeps an end date.
        String closeReason = same != null && m.toDate() != null && same.toDate() != null ? same.closeReason() : m.closeReason();
        Membership planned = new Membership(same == null ? null : same.id(), storedId == null ? 0 : storedId, m.group(),
                m.subCase(), m.fromDate(), m.toDate(), m.basis(), m.certificateDate(), closeReason);
        if (same != null && HcdbChanges.same(same, planned)) {
            return; // as the register has it: nothing to write, nothing to audit
        }
        if (same == null && storedId != null && tx.hcdb().voided(storedId).memberships().stream().anyMatch(v -> v.group() == m.group()
                && v.fromDate().equals(m.fromDate()) && Objects.equals(v.toDate(), m.toDate()))) {
            issues.add(new ImportIssue(sheet, row.number(), null, Severity.WARNING, "Diện HCĐB này đã bị hủy (nhập nhầm) "
                    + "trong sổ: bỏ qua, không nhập lại."));
            return;
        }
        List<Problem> problems = new ArrayList<>(MembershipRules.validate(planned, child.get(), stored, today));
        for (PlannedMembership earlier : memberships) {
            if (earlier.childCode().equals(code) && planned.conflictsWith(earlier.membership())) {
                problems.add(Problem.error(MembershipField.FROM.key(), "Trẻ " + code + " đã thuộc nhóm " + m.group().code()
                        + " trong cùng thời gian ở dòng " + earlier.row() + " (từ " + DateText.format(earlier.membership().fromDate())
                        + "); hai thời gian không được chồng nhau."));
            }
        }
        if (report(sheet, row.number(), MembershipSheet.COLUMNS, problems, issues)) {
            memberships.add(new PlannedMembership(row.number(), code, planned));
        }
    }

    private void planSupport(RegisterTransaction tx, String sheet, SheetReader.ParsedRow<SupportSheet.Row> row,
                             Map<String, Child> childrenInFile, LocalDate today, List<ImportIssue> issues) {
        String code = row.value().childCode();
        Optional<Child> child = findChild(tx, code, childrenInFile, sheet, row.number(), issues);
        if (child.isEmpty()) {
            return;
        }
        Support s = row.value().support();
        Optional<Child> stored = tx.childByCode(code);
        boolean recorded = stored.isPresent() && tx.supports(stored.get().getId()).stream()
                .anyMatch(x -> x.date().equals(s.date()) && x.type() == s.type() && Objects.equals(x.amount(), s.amount()));
        if (recorded) {
            issues.add(new ImportIssue(sheet, row.number(), null, Severity.WARNING,
                    "Lần trợ giúp này đã có trong sổ (cùng trẻ, ngày, loại và kinh phí): bỏ qua."));
            return;
        }
        if (stored.isPresent() && tx.hcdb().voided(stored.get().getId()).supports().stream()
                .anyMatch(x -> x.date().equals(s.date()) && x.type() == s.type() && Objects.equals(x.amount(), s.amount()))) {
            issues.add(new ImportIssue(sheet, row.number(), null, Severity.WARNING,
                    "Lần trợ giúp này đã bị hủy (nhập nhầm) trong sổ: bỏ qua, không nhập lại."));
            return;
        }
        if (report(sheet, row.number(), SupportSheet.COLUMNS, SupportRules.validate(s, child.get(), today), issues)) {
            supports.add(new PlannedSupport(row.number(), code, s));
        }
    }

    /** The child of a row: in sheet TreEm of the file, else in the register; an error on the row when neither. */
    static Optional<Child> findChild(RegisterTransaction tx, String code, Map<String, Child> childrenInFile,
                                             String sheet, int row, List<ImportIssue> issues) {
        Child inFile = childrenInFile.get(code);
        Optional<Child> child = inFile != null ? Optional.of(inFile) : tx.childByCode(code);
        if (child.isEmpty()) {
            issues.add(new ImportIssue(sheet, row, "Mã trẻ", Severity.ERROR, "Mã trẻ “" + code
                    + "” không có trong sheet TreEm của tệp, cũng không có trong sổ."));
        }
        return child;
    }

    /** Adds the problems as issues on the row's columns; true when none is an error. */
    static boolean report(String sheet, int row, List<SheetColumn> columns, List<Problem> problems,
                                  List<ImportIssue> issues) {
        for (Problem p : problems) {
            String label = columns.stream().filter(c -> c.key().equals(p.field())).map(SheetColumn::label).findFirst()
                    .orElse(null);
            issues.add(new ImportIssue(sheet, row, label, p.severity(), p.message()));
        }
        return problems.stream().noneMatch(Problem::isError);
    }

    /** Writes the memberships and supports; call after the children, inside the same transaction. */
    void apply(RegisterTransaction tx, LocalDate today) {
        for (PlannedMembership p : memberships) {
            long childId = tx.childByCode(p.childCode()).orElseThrow().getId();
            Membership m = p.membership();
            tx.saveMembership(new Membership(m.id(), childId, m.group(), m.subCase(), m.fromDate(), m.toDate(), m.basis(),
                    m.certificateDate(), m.closeReason()), today);
        }
        for (PlannedSupport p : supports) {
            tx.addSupport(p.support().forChild(tx.childByCode(p.childCode()).orElseThrow().getId()), today);
        }
    }

    int membershipCount() {
        return memberships.size();
    }

    int supportCount() {
        return supports.size();
    }
}
