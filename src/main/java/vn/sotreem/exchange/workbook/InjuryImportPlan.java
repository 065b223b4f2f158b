package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryRules;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.storage.RegisterTransaction;

/**
 * The rows of sheet {@code TNTT} checked against their children — those of sheet {@code TreEm} in
 * the same file, else those already in the register — with {@link InjuryRules}, as the form.
 *
 * <p>A row is the same injury as a stored one when child, date, type and place agree (one stored
 * injury per row — the one it repeats exactly, i.e. equal as records but for id and child id, else
 * the first — so a register holding two alike still matches its export). A matched
 * injury takes the row's other cells; when they are unchanged nothing is written or counted, so
 * importing an exported workbook again changes nothing. Two alike rows of one file that no stored
 * injury matches are imported as two injuries, with a warning on the later row naming the earlier.
 *
 * <p>An import never records a child's death: {@code tu_vong} = Có while the child is not recorded
 * as died is a warning saying so (the officer records the death in {@code TreEm} or in the form).
 */
final class InjuryImportPlan {

    /** What identifies an injury of a child on re-import. */
    private record Key(String childCode, LocalDate date, InjuryType type, InjuryPlace place) {
    }

    private record PlannedInjury(String childCode, Injury injury) {
    }

    private final List<PlannedInjury> injuries = new ArrayList<>();

    static InjuryImportPlan make(RegisterTransaction tx, SheetReader.SheetContent<InjurySheet.Row> sheet,
                                 Map<String, Child> childrenInFile, LocalDate today, List<ImportIssue> issues) {
        InjuryImportPlan plan = new InjuryImportPlan();
        Map<Key, List<Integer>> rowsOfKey = new HashMap<>();
        Map<String, List<Injury>> storedOfChild = new HashMap<>();
        for (SheetReader.ParsedRow<InjurySheet.Row> row : sheet.validRows()) {
            plan.plan(tx, sheet.sheetName(), row, childrenInFile, today, rowsOfKey, storedOfChild, issues);
        }
        return plan;
    }

    private void plan(RegisterTransaction tx, String sheet, SheetReader.ParsedRow<InjurySheet.Row> row,
                      Map<String, Child> childrenInFile, LocalDate today, Map<Key, List<Integer>> rowsOfKey,
                      Map<String, List<Injury>> storedOfChild, List<ImportIssue> issues) {
        String code = row.value().childCode();
        Optional<Child> child = HcdbImportPlan.findChild(tx, code, childrenInFile, sheet, row.number(), issues);
        if (child.isEmpty()) {
            return;
        }
        Injury i = row.value().injury();
        // The stored injuries of the child not yet matched by an earlier row.
        List<Injury> stored = storedOfChild.computeIfAbsent(code, c -> tx.childByCode(c)
                .map(s -> new ArrayList<>(tx.injuries(s.getId()))).orElseGet(ArrayList::new));
        List<Injury> candidates = stored.stream().filter(s -> s.date().equals(i.date()) && s.type() == i.type()
                && s.place() == i.place()).toList();
        // Of two alike stored injuries, the one the row repeats exactly; else the first.
        Optional<Injury> same = candidates.stream().filter(s -> s.equals(i.withId(s.id()).withChild(s.childId())))
                .findFirst().or(() -> candidates.stream().findFirst());
        same.ifPresent(stored::remove);
        Injury planned = i.withId(same.map(Injury::id).orElse(null)).withChild(same.map(Injury::childId).orElse(0L));
        List<Integer> alike = rowsOfKey.computeIfAbsent(new Key(code, i.date(), i.type(), i.place()), k -> new ArrayList<>());
        alike.add(row.number());
        if (same.isPresent() && same.get().equals(planned)) {
            return; // already recorded as the row says: nothing to write, nothing to say
        }
        if (alike.size() > 1 && same.isEmpty()) {
            issues.add(new ImportIssue(sheet, row.number(), InjuryField.DATE.label(), Severity.WARNING, "Dòng này giống dòng "
                    + alike.get(alike.size() - 2) + " (cùng trẻ " + code + ", ngày " + DateText.format(i.date()) + ", loại "
                    + i.type().code() + ", địa điểm " + i.place().label() + "): được nhập thành hai lần tai nạn riêng. "
                    + "Nếu ghi trùng, hãy xóa một dòng."));
        }
        List<Problem> problems = InjuryRules.validate(planned, child.get(), today).stream()
                .map(InjuryImportPlan::explainDeath).toList();
        if (HcdbImportPlan.report(sheet, row.number(), InjurySheet.COLUMNS, problems, issues)) {
            injuries.add(new PlannedInjury(code, planned));
        }
    }

    /** The form asks whether to record the death; an import cannot ask, so it says what it does not do. */
    private static Problem explainDeath(Problem p) {
        if (!p.field().equals(InjuryField.DIED.key()) || p.isError()) {
            return p;
        }
        return Problem.warning(p.field(), p.message() + " Nhập tệp không ghi trẻ là đã mất: hãy ghi tình trạng “Đã mất”"
                + " và ngày mất ở sheet TreEm hoặc trong hồ sơ của trẻ.");
    }

    /** Writes the injuries; call after the children, inside the same transaction. Deaths are never recorded. */
    void apply(RegisterTransaction tx, LocalDate today) {
        for (PlannedInjury p : injuries) {
            Injury i = p.injury();
            long childId = tx.childByCode(p.childCode()).orElseThrow().getId();
            tx.saveInjury(i.withChild(childId), false, today);
        }
    }

    /** Injuries added or changed; unchanged ones are not counted. */
    int injuryCount() {
        return injuries.size();
    }
}
