package vn.sotreem.exchange.ownlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.storage.RegisterTransaction;
import vn.sotreem.exchange.workbook.ChildImportPlan;
import vn.sotreem.exchange.workbook.ImportIssue;
import vn.sotreem.exchange.workbook.SheetReader;

/**
 * An own list's rows and the children already in the register: which row updates which child (same
 * code, personal ID, or folded name, birth date and village), what such a row changes, and the rows
 * that may repeat a child (same name and birth year) for the officer to decide.
 */
final class ExistingChildren {

    private ExistingChildren() {
    }

    /**
     * Matches rows without a {@code ma_tre} to children already in the register (same personal ID,
     * or same folded name, birth date and village): such a row updates that child. Rows left to add
     * are compared by folded name and birth year with the register and with earlier rows; an updated
     * row with the register's other children, skipping pairs already queued (whatever the decision).
     */
    static void match(RegisterTransaction tx, String where, ImportMapping mapping,
                                      List<SheetReader.ParsedRow<Child>> valid, List<ImportIssue> issues,
                                      List<ChildImportPlan.Pair> yearDuplicates, List<Integer> toAdd, List<Integer> toUpdate) {
        Map<String, Child> byCode = new HashMap<>();
        Map<String, Child> byPersonalId = new HashMap<>();
        Map<String, Child> byNameBirthVillage = new HashMap<>();
        Map<String, List<Child>> byNameYear = new HashMap<>();
        for (Child child : tx.allChildren()) {
            byCode.put(child.getCode(), child);
            if (!VietnameseText.isBlank(child.getPersonalId())) {
                byPersonalId.putIfAbsent(child.getPersonalId(), child);
            }
            byNameBirthVillage.putIfAbsent(nameBirthVillage(child), child);
            if (child.getBirthDate() != null) {
                byNameYear.computeIfAbsent(nameYear(child), k -> new ArrayList<>()).add(child);
            }
        }
        Set<String> queued = new HashSet<>();
        tx.duplicatePairs().forEach(p -> queued.add(p.childIdA() + "-" + p.childIdB()));
        Map<Long, Integer> rowByMatchedId = new HashMap<>();
        Map<String, SheetReader.ParsedRow<Child>> earlierByNameYear = new LinkedHashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            SheetReader.ParsedRow<Child> row = valid.get(i);
            Child child = row.value();
            Child existing = child.getCode() != null ? byCode.get(child.getCode()) : null;
            if (child.getCode() == null) {
                existing = !VietnameseText.isBlank(child.getPersonalId()) && byPersonalId.containsKey(child.getPersonalId())
                        ? byPersonalId.get(child.getPersonalId()) : byNameBirthVillage.get(nameBirthVillage(child));
            }
            if (existing != null) {
                Integer earlier = rowByMatchedId.putIfAbsent(existing.getId(), row.number());
                if (earlier != null) {
                    issues.add(new ImportIssue(where, row.number(), null, Severity.ERROR, "Dòng này và dòng " + earlier
                            + " cùng là trẻ mã " + existing.getCode() + " (" + who(existing) + ") đã có trong sổ. "
                            + "Mỗi trẻ chỉ ghi một dòng; hãy gộp hai dòng."));
                    valid.remove(i--);
                    continue;
                }
                if (child.getCode() == null) {
                    valid.set(i, new SheetReader.ParsedRow<>(row.number(), merge(existing, child, mapping), true));
                }
                toUpdate.add(row.number());
                Child updated = valid.get(i).value();
                if (updated.getBirthDate() != null) {
                    for (Child other : byNameYear.getOrDefault(nameYear(updated), List.of())) {
                        long a = Math.min(existing.getId(), other.getId());
                        long b = Math.max(existing.getId(), other.getId());
                        if (a != b && !queued.contains(a + "-" + b)) {
                            addYearPair(yearDuplicates, where, row.number(), updated, other);
                        }
                    }
                }
                continue;
            }
            toAdd.add(row.number());
            if (child.getBirthDate() == null) {
                continue;
            }
            for (Child other : byNameYear.getOrDefault(nameYear(child), List.of())) {
                addYearPair(yearDuplicates, where, row.number(), child, other);
            }
            SheetReader.ParsedRow<Child> earlier = earlierByNameYear.putIfAbsent(nameYear(child), row);
            if (earlier != null && !earlier.value().getBirthDate().equals(child.getBirthDate())) {
                yearDuplicates.add(new ChildImportPlan.Pair(row.number(), earlier.number(), null,
                        DuplicateReason.NAME_AND_BIRTH_YEAR, "Sheet " + where + ", dòng " + row.number() + " (" + who(child)
                        + ") có thể trùng với dòng " + earlier.number() + " (" + who(earlier.value())
                        + "): " + DuplicateReason.NAME_AND_BIRTH_YEAR.label() + "."));
            }
        }
    }

    /** A row and a register child of the same name and birth year; the same date is the plan's (exact) pair. */
    private static void addYearPair(List<ChildImportPlan.Pair> pairs, String where, int row, Child child, Child other) {
        if (!other.getBirthDate().equals(child.getBirthDate())) {
            pairs.add(new ChildImportPlan.Pair(row, null, other.getId(), DuplicateReason.NAME_AND_BIRTH_YEAR,
                    "Sheet " + where + ", dòng " + row + " (" + who(child) + ") có thể trùng với trẻ mã " + other.getCode()
                            + " (" + who(other) + ") đã có trong sổ: " + DuplicateReason.NAME_AND_BIRTH_YEAR.label() + "."));
        }
    }

    private static String nameBirthVillage(Child child) {
        return child.foldedName() + "|" + child.getBirthDate() + "|" + VietnameseText.fold(child.getVillage());
    }

    private static String nameYear(Child child) {
        return child.foldedName() + "|" + child.getBirthDate().getYear();
    }

    private static String who(Child child) {
        return VietnameseText.clean(child.getFullName()) + ", sinh " + DateText.format(child.getBirthDate());
    }

    /**
     * The register's child with the row's values for the fields the mapping feeds and the row fills;
     * everything else stays as recorded. An estimated birth date never replaces a known one of the same year.
     */
    static Child merge(Child existing, Child row, ImportMapping mapping) {
        Child merged = existing.copy();
        for (ChildField field : ChildField.values()) {
            boolean mapped = mapping.isMapped(field.key()) || (field == ChildField.BIRTH_DATE && mapping.hasBirthParts());
            if (!mapped) {
                continue;
            }
            switch (field) {
                case FULL_NAME -> merged.setFullName(orKeep(row.getFullName(), existing.getFullName()));
                case BIRTH_DATE, ESTIMATED_AGE -> {
                    boolean downgrade = row.isBirthDateEstimated() && !existing.isBirthDateEstimated()
                            && existing.getBirthDate() != null && row.getBirthDate() != null
                            && existing.getBirthDate().getYear() == row.getBirthDate().getYear();
                    if (row.getBirthDate() != null && !downgrade) {
                        merged.setBirthDate(row.getBirthDate());
                        merged.setBirthDateEstimated(row.isBirthDateEstimated());
                    }
                }
                case SEX -> merged.setSex(orKeep(row.getSex(), existing.getSex()));
                case ETHNICITY -> merged.setEthnicCode(orKeep(row.getEthnicCode(), existing.getEthnicCode()));
                case PERSONAL_ID -> merged.setPersonalId(orKeep(row.getPersonalId(), existing.getPersonalId()));
                case VILLAGE -> merged.setVillage(orKeep(row.getVillage(), existing.getVillage()));
                case POVERTY -> merged.setPoverty(orKeep(row.getPoverty(), existing.getPoverty()));
                case FATHER_NAME -> merged.setFatherName(orKeep(row.getFatherName(), existing.getFatherName()));
                case MOTHER_NAME -> merged.setMotherName(orKeep(row.getMotherName(), existing.getMotherName()));
                case CAREGIVER_NAME -> merged.setCaregiverName(orKeep(row.getCaregiverName(), existing.getCaregiverName()));
                case PHONE -> merged.setPhone(orKeep(row.getPhone(), existing.getPhone()));
                case STATUS -> merged.setStatus(orKeep(row.getStatus(), existing.getStatus()));
                case STATUS_DATE -> merged.setStatusDate(orKeep(row.getStatusDate(), existing.getStatusDate()));
                case ENTRY_DATE -> merged.setEntryDate(orKeep(row.getEntryDate(), existing.getEntryDate()));
                case NOTE -> merged.setNote(orKeep(row.getNote(), existing.getNote()));
                case CODE -> {
                    // the code identifies the child: kept
                }
            }
        }
        return merged;
    }

    private static <T> T orKeep(T value, T kept) {
        return value != null ? value : kept;
    }
}
