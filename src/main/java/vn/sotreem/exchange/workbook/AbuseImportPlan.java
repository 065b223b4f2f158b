package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.storage.RegisterTransaction;

/**
 * The rows of sheet {@code XamHai} grouped into cases ({@link AbuseCaseSheet} describes the mapping)
 * and checked: the rows of one case must agree on the intake (dates, hour, setting), a child
 * appears once per case, every child exists (sheet {@code TreEm} of the file, else the register),
 * and the assembled case passes {@link AbuseCaseRules} — the same checks as the form, each problem
 * reported on the row and column it comes from.
 *
 * <p>A new case is marked as not procedure-tracked: its steps were never recorded, so the Today
 * screen must not chase its deadlines. A {@code ma_vu} already in the register updates that case's
 * sheet-visible fields only: the intake's dates, hour, setting and note, each listed child's forms
 * and "supported" flag (a child not yet a victim is added); a child's perpetrators are replaced by
 * the row's only when the row's {@code quan_he}/{@code xu_ly}/{@code tien_phat} differ from what
 * the stored ones export to (with a warning, since sex, age group and the sanction decision are
 * lost). Channel, reporter, procedure steps, separation, plans, reviews, outcomes, the tracking
 * flag and victims missing from the sheet are kept. A case whose sheet-visible fields are
 * unchanged is not written at all, so importing an exported workbook again changes nothing.
 */
final class AbuseImportPlan {

    /**
     * A case to save. Children only in the file have no id yet: they carry a provisional negative
     * id, replaced by the real one when the case is written after the children.
     */
    private record PlannedCase(AbuseCase abuseCase, Map<Long, String> provisionalIds) {
    }

    /** A row with the child it names and that child's id (real or provisional). */
    private record Victim(SheetReader.ParsedRow<AbuseCaseSheet.Row> row, Child child, long id) {
    }

    private final List<PlannedCase> cases = new ArrayList<>();
    private final Map<String, Long> provisional = new HashMap<>();

    /** A plan that writes nothing. */
    static AbuseImportPlan none() {
        return new AbuseImportPlan();
    }

    static AbuseImportPlan make(RegisterTransaction tx, SheetReader.SheetContent<AbuseCaseSheet.Row> sheet,
                                Map<String, Child> childrenInFile, LocalDate today, List<ImportIssue> issues) {
        AbuseImportPlan plan = new AbuseImportPlan();
        Map<String, List<SheetReader.ParsedRow<AbuseCaseSheet.Row>>> byCase = new LinkedHashMap<>();
        for (SheetReader.ParsedRow<AbuseCaseSheet.Row> row : sheet.validRows()) {
            byCase.computeIfAbsent(row.value().caseCode(), k -> new ArrayList<>()).add(row);
        }
        byCase.forEach((code, rows) -> plan.planCase(tx, sheet.sheetName(), code, rows, childrenInFile, today, issues));
        return plan;
    }

    private void planCase(RegisterTransaction tx, String sheet, String code, List<SheetReader.ParsedRow<AbuseCaseSheet.Row>> rows,
                          Map<String, Child> childrenInFile, LocalDate today, List<ImportIssue> issues) {
        if (tx.isVoidedAbuseCaseCode(code)) { // voided as entered in error: an old workbook must not bring it back
            issues.add(new ImportIssue(sheet, rows.get(0).number(), label(AbuseCaseRules.CODE), Severity.WARNING, "Vụ việc "
                    + code + " đã bị hủy trong sổ (nhập nhầm): các dòng của vụ việc này được bỏ qua."));
            return;
        }
        long errorsBefore = errorCount(issues);
        AbuseCaseSheet.Row first = rows.get(0).value();
        List<Victim> victims = new ArrayList<>();
        Map<String, Integer> rowOfChild = new HashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        if (first.note() != null) {
            notes.add(first.note());
        }
        // An hour may be given on one row only; the rows that give one must agree with the first that does.
        Optional<SheetReader.ParsedRow<AbuseCaseSheet.Row>> firstTime = rows.stream()
                .filter(r -> r.value().receivedTime() != null).findFirst();
        for (SheetReader.ParsedRow<AbuseCaseSheet.Row> parsed : rows) {
            AbuseCaseSheet.Row row = parsed.value();
            if (parsed != rows.get(0)) {
                checkSameIntake(sheet, code, rows.get(0), firstTime, parsed, issues);
                // The case has one note, on its first row; a different note further down is kept, appended.
                if (row.note() != null && notes.add(row.note())) {
                    issues.add(new ImportIssue(sheet, parsed.number(), label(AbuseCaseSheet.NOTE), Severity.WARNING,
                            "Ghi chú của vụ việc " + code + " lấy ở dòng đầu của vụ việc (dòng " + rows.get(0).number()
                                    + "); ghi chú ở dòng này được nối vào sau."));
                }
            }
            Integer earlier = rowOfChild.putIfAbsent(row.childCode(), parsed.number());
            if (earlier != null) {
                issues.add(new ImportIssue(sheet, parsed.number(), label(AbuseCaseRules.CHILD), Severity.ERROR,
                        "Trẻ " + row.childCode() + " đã có ở dòng " + earlier + " của cùng vụ việc " + code
                                + "; mỗi trẻ chỉ ghi một dòng trong một vụ việc."));
                continue;
            }
            Optional<Child> child = HcdbImportPlan.findChild(tx, row.childCode(), childrenInFile, sheet, parsed.number(), issues);
            if (child.isPresent()) {
                victims.add(new Victim(parsed, child.get(), idOf(tx, row.childCode())));
            }
        }
        if (errorCount(issues) > errorsBefore) {
            return;
        }
        Optional<AbuseCase> stored = tx.abuseCaseByCode(code);
        Map<Long, Child> children = new HashMap<>();
        victims.forEach(v -> children.put(v.id(), v.child()));
        stored.ifPresent(s -> s.getVictims().stream().filter(v -> !children.containsKey(v.childId()))
                .forEach(v -> tx.child(v.childId()).ifPresent(c -> children.put(v.childId(), c))));
        Intake sheetIntake = intakeOf(rows, String.join("\n", notes));
        AbuseCase planned = stored.map(s -> merged(s, sheetIntake, victims, children, sheet, issues))
                .orElseGet(() -> created(code, sheetIntake, victims));
        if (stored.isPresent() && sameInSheet(stored.get(), planned)) {
            return; // nothing to write, and nothing to say about a case the sheet leaves as it is
        }
        if (check(planned, victims, children, sheet, today, issues)) {
            Map<Long, String> provisionalIds = new HashMap<>();
            victims.stream().filter(v -> v.id() < 0).forEach(v -> provisionalIds.put(v.id(), v.row().value().childCode()));
            cases.add(new PlannedCase(planned, provisionalIds));
        }
    }

    /**
     * What the rows say of the intake: the first row's dates and setting, the first hour given
     * (an old sheet may give it on one row only), and the note.
     */
    private static Intake intakeOf(List<SheetReader.ParsedRow<AbuseCaseSheet.Row>> rows, String note) {
        AbuseCaseSheet.Row first = rows.get(0).value();
        LocalTime time = rows.stream().map(r -> r.value().receivedTime()).filter(Objects::nonNull).findFirst().orElse(null);
        return new Intake(first.receivedOn(), time, null, null, null, first.occurredOn(), null, null, first.setting(),
                null, null, null, null, null, note.isEmpty() ? null : note);
    }

    /** The id of a child in the register, else a provisional negative id for a child only in the file. */
    private long idOf(RegisterTransaction tx, String childCode) {
        return tx.childByCode(childCode).map(Child::getId)
                .orElseGet(() -> provisional.computeIfAbsent(childCode, k -> -1L - provisional.size()));
    }

    /** Rows of one case must agree on what belongs to the case; a conflict is reported on the later row. */
    private static void checkSameIntake(String sheet, String code, SheetReader.ParsedRow<AbuseCaseSheet.Row> firstRow,
                                        Optional<SheetReader.ParsedRow<AbuseCaseSheet.Row>> firstTime,
                                        SheetReader.ParsedRow<AbuseCaseSheet.Row> parsed, List<ImportIssue> issues) {
        AbuseCaseSheet.Row first = firstRow.value();
        AbuseCaseSheet.Row row = parsed.value();
        String rule = ": các dòng của một vụ việc phải có cùng ngày xảy ra, ngày tiếp nhận, giờ tiếp nhận và môi trường xâm hại.";
        if (!row.occurredOn().equals(first.occurredOn())) {
            issues.add(conflict(sheet, parsed, AbuseCaseRules.OCCURRED, "Ngày xảy ra " + DateText.format(row.occurredOn()),
                    code, firstRow.number(), DateText.format(first.occurredOn()), rule));
        }
        if (!row.receivedOn().equals(first.receivedOn())) {
            issues.add(conflict(sheet, parsed, AbuseCaseRules.RECEIVED, "Ngày tiếp nhận " + DateText.format(row.receivedOn()),
                    code, firstRow.number(), DateText.format(first.receivedOn()), rule));
        }
        if (row.receivedTime() != null && firstTime.isPresent() && !row.receivedTime().equals(firstTime.get().value().receivedTime())) {
            issues.add(conflict(sheet, parsed, AbuseCaseRules.RECEIVED_TIME, "Giờ tiếp nhận " + row.receivedTime(),
                    code, firstTime.get().number(), firstTime.get().value().receivedTime().toString(), rule));
        }
        if (row.setting() != first.setting()) {
            issues.add(conflict(sheet, parsed, AbuseCaseRules.SETTING, "Môi trường “" + row.setting().label() + "”",
                    code, firstRow.number(), first.setting().label(), rule));
        }
    }

    private static ImportIssue conflict(String sheet, SheetReader.ParsedRow<AbuseCaseSheet.Row> row, String key, String what,
                                        String code, int firstRow, String firstValue, String rule) {
        return new ImportIssue(sheet, row.number(), label(key), Severity.ERROR, what + " khác với dòng " + firstRow
                + " của cùng vụ việc " + code + " (" + firstValue + ")" + rule);
    }

    /** A case new to the register: the place is the first child's village, channel and body unknown. */
    private static AbuseCase created(String code, Intake sheetIntake, List<Victim> victims) {
        Intake intake = new Intake(sheetIntake.receivedOn(), sheetIntake.receivedTime(), null, null, null,
                sheetIntake.occurredOn(), victims.get(0).child().getVillage(), null, sheetIntake.setting(), null, null, null,
                null, null, sheetIntake.note());
        AbuseCase c = new AbuseCase(code, intake);
        c.setProcedureTracked(false);
        List<AbuseVictim> abuseVictims = new ArrayList<>();
        List<Perpetrator> perpetrators = new ArrayList<>();
        for (Victim v : victims) {
            AbuseCaseSheet.Row row = v.row().value();
            abuseVictims.add(new AbuseVictim(v.id(), row.forms(), row.subForms(), row.supported(), null));
            row.perpetrator(v.id()).ifPresent(perpetrators::add);
        }
        c.setVictims(abuseVictims);
        c.setPerpetrators(perpetrators);
        return c;
    }

    /** A stored case with the sheet-visible fields of the rows; everything else kept. */
    private static AbuseCase merged(AbuseCase stored, Intake sheetIntake, List<Victim> victims, Map<Long, Child> children,
                                    String sheet, List<ImportIssue> issues) {
        Intake old = stored.getIntake();
        AbuseCase c = stored.copy();
        c.setIntake(new Intake(sheetIntake.receivedOn(), sheetIntake.receivedTime(), old.channel(), old.receivingBody(),
                old.receivingOfficer(), sheetIntake.occurredOn(), old.village(), old.placeDetail(), sheetIntake.setting(),
                old.childState(), old.fearedConsequences(), old.familySituation(), old.actionsTaken(), old.reporter(),
                sheetIntake.note()));
        List<AbuseVictim> abuseVictims = new ArrayList<>(stored.getVictims());
        List<Perpetrator> perpetrators = new ArrayList<>(stored.getPerpetrators());
        Long firstStoredVictim = stored.getVictims().isEmpty() ? null : stored.getVictims().get(0).childId();
        Set<Long> inSheet = new HashSet<>();
        for (Victim v : victims) {
            AbuseCaseSheet.Row row = v.row().value();
            inSheet.add(v.id());
            Optional<AbuseVictim> known = stored.victim(v.id());
            AbuseVictim updated = new AbuseVictim(v.id(), row.forms(), row.subForms(), row.supported(),
                    known.map(AbuseVictim::outcome).orElse(null));
            if (known.isPresent()) {
                abuseVictims.set(abuseVictims.indexOf(known.get()), updated);
            } else {
                abuseVictims.add(updated);
            }
            boolean firstRow = Objects.equals(firstStoredVictim, v.id());
            List<Perpetrator> shown = AbuseCaseSheet.perpetratorsOfRow(stored, v.id(), firstRow);
            if (!AbuseCaseSheet.perpetratorCells(shown).equals(row.perpetratorCells())) {
                if (!shown.isEmpty()) {
                    issues.add(new ImportIssue(sheet, v.row().number(), label(AbuseCaseSheet.RELATION), Severity.WARNING,
                            "Vụ việc " + stored.getCode() + " đã có trong sổ: thông tin đối tượng xâm hại của trẻ "
                                    + row.childCode() + " được thay bằng thông tin của dòng này (giới tính, độ tuổi, "
                                    + "quyết định xử phạt đã ghi trước đây không còn)."));
                }
                perpetrators.removeAll(shown);
                row.perpetrator(v.id()).ifPresent(perpetrators::add);
            }
        }
        for (AbuseVictim v : stored.getVictims()) {
            if (!inSheet.contains(v.childId())) {
                Child child = children.get(v.childId());
                String who = child == null ? "một trẻ (mã nội bộ " + v.childId() + ")" : child.getFullName() + " (" + child.getCode() + ")";
                issues.add(new ImportIssue(sheet, victims.get(0).row().number(), label(AbuseCaseRules.CHILD), Severity.WARNING,
                        "Vụ việc " + stored.getCode() + " trong sổ còn có trẻ " + who
                                + " mà sheet không có dòng nào: giữ nguyên trẻ đó trong vụ việc."));
            }
        }
        c.setVictims(abuseVictims);
        c.setPerpetrators(perpetrators);
        return c;
    }

    /** True when the sheet changes nothing the sheet shows: the case need not be written. */
    private static boolean sameInSheet(AbuseCase stored, AbuseCase planned) {
        return stored.getIntake().equals(planned.getIntake()) && stored.getVictims().equals(planned.getVictims())
                && stored.getPerpetrators().equals(planned.getPerpetrators());
    }

    /**
     * Checks the case with {@link AbuseCaseRules}: each row as a case of its one victim, so that a
     * problem lands on its row (a problem of the whole case is reported once, on the first row that
     * has it), then the whole case for what no row showed. True when there is no error.
     */
    private static boolean check(AbuseCase planned, List<Victim> victims, Map<Long, Child> children, String sheet,
                                 LocalDate today, List<ImportIssue> issues) {
        Set<Problem> reported = new HashSet<>();
        boolean ok = true;
        for (Victim v : victims) {
            AbuseCase one = planned.copy();
            one.setVictims(List.of(planned.victim(v.id()).orElseThrow()));
            one.setPerpetrators(planned.getPerpetrators().stream().filter(p -> Objects.equals(p.victimChildId(), v.id())).toList());
            ok &= report(sheet, v.row().number(), relevant(planned, AbuseCaseRules.validate(one, children, today), reported), issues);
        }
        return ok & report(sheet, victims.get(0).row().number(),
                relevant(planned, AbuseCaseRules.validate(planned, children, today), reported), issues);
    }

    /**
     * The problems not yet reported. A case whose procedure is not tracked needs no hour of receipt
     * (the 12-hour clock is not followed for it), so that warning is dropped.
     */
    private static List<Problem> relevant(AbuseCase c, List<Problem> problems, Set<Problem> reported) {
        return problems.stream()
                .filter(p -> c.isProcedureTracked() || !p.field().equals(AbuseCaseRules.RECEIVED_TIME) || p.isError())
                .filter(reported::add).toList();
    }

    private static boolean report(String sheet, int row, List<Problem> problems, List<ImportIssue> issues) {
        return HcdbImportPlan.report(sheet, row, AbuseCaseSheet.COLUMNS, problems, issues);
    }

    private static String label(String key) {
        return AbuseCaseSheet.COLUMNS.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().label();
    }

    private static long errorCount(List<ImportIssue> issues) {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
    }

    /** Writes the cases; call after the children, inside the same transaction. */
    void apply(RegisterTransaction tx, LocalDate today) {
        for (PlannedCase p : cases) {
            AbuseCase c = p.abuseCase().copy();
            Map<Long, Long> realIds = new HashMap<>();
            p.provisionalIds().forEach((id, code) -> realIds.put(id, tx.childByCode(code).orElseThrow().getId()));
            c.setVictims(c.getVictims().stream().map(v -> new AbuseVictim(realIds.getOrDefault(v.childId(), v.childId()),
                    v.forms(), v.subForms(), v.supported(), v.outcome())).toList());
            c.setPerpetrators(c.getPerpetrators().stream().map(p2 -> p2.victimChildId() == null ? p2
                    : new Perpetrator(realIds.getOrDefault(p2.victimChildId(), p2.victimChildId()), p2.sex(), p2.ageGroup(),
                    p2.relation(), p2.handling(), p2.sanction(), p2.note())).toList());
            tx.saveAbuseCase(c, today);
        }
    }

    /** Cases added or changed. */
    int caseCount() {
        return cases.size();
    }
}
