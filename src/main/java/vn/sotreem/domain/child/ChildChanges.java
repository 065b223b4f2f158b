package vn.sotreem.domain.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.place.OldCommunes;
import vn.sotreem.domain.common.VietnameseText;

/** The differences between two versions of a child record, as the audit log shows them. */
public final class ChildChanges {

    /** Label of the child's pre-2025 commune, which is no column of sheet TreEm. */
    public static final String ORIGIN_LABEL = "Xã cũ (trước 2025)";

    private ChildChanges() {
    }

    /** "Label: old → new" for every field that differs; with {@code before} null, every field set. */
    public static List<String> between(Child before, Child after) {
        List<String> lines = new ArrayList<>();
        add(lines, ChildField.CODE, before, after, Child::getCode);
        add(lines, ChildField.FULL_NAME, before, after, Child::getFullName);
        add(lines, ChildField.BIRTH_DATE, before, after, c -> date(c.getBirthDate()) + (c.isBirthDateEstimated() ? " (ước lượng)" : ""));
        add(lines, ChildField.SEX, before, after, c -> label(c.getSex()));
        add(lines, ChildField.ETHNICITY, before, after, Child::getEthnicCode);
        add(lines, ChildField.PERSONAL_ID, before, after, Child::getPersonalId);
        add(lines, ChildField.VILLAGE, before, after, Child::getVillage);
        add(lines, ChildField.POVERTY, before, after, c -> label(c.getPoverty()));
        add(lines, ChildField.FATHER_NAME, before, after, Child::getFatherName);
        add(lines, ChildField.MOTHER_NAME, before, after, Child::getMotherName);
        add(lines, ChildField.CAREGIVER_NAME, before, after, Child::getCaregiverName);
        add(lines, ChildField.PHONE, before, after, Child::getPhone);
        add(lines, ChildField.STATUS, before, after, c -> label(c.getStatus()));
        add(lines, ChildField.STATUS_DATE, before, after, c -> date(c.getStatusDate()));
        add(lines, ChildField.ENTRY_DATE, before, after, c -> date(c.getEntryDate()));
        add(lines, ChildField.NOTE, before, after, Child::getNote);
        add(lines, ORIGIN_LABEL, before, after, c -> origin(c.getOriginCommuneCode()));
        return lines;
    }

    private static void add(List<String> lines, ChildField field, Child before, Child after, Function<Child, String> value) {
        add(lines, field.label(), before, after, value);
    }

    private static void add(List<String> lines, String label, Child before, Child after, Function<Child, String> value) {
        String old = before == null ? "" : blankToEmpty(value.apply(before));
        String now = blankToEmpty(value.apply(after));
        if (!Objects.equals(old, now)) {
            lines.add(before == null ? label + ": " + now : label + ": " + old + " → " + now);
        }
    }

    private static String origin(String code) {
        return VietnameseText.isBlank(code) ? "" : OldCommunes.get().describe(code);
    }

    private static String blankToEmpty(String s) {
        return s == null || s.isBlank() ? "" : s;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DateText.format(date);
    }

    private static String label(Coded value) {
        return value == null ? "" : value.label();
    }
}
