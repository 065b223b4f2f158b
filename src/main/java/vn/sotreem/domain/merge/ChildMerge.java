package vn.sotreem.domain.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.EthnicGroup;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Two records of one child, side by side, and which value of each field the merged record keeps.
 * The older record (created first, the lower id) is kept with its code; the newer one is folded
 * into it. Each field starts on the older record's value, or on the newer one's when only that one
 * is filled in. Birth date and its "estimated" flag, status and its date, travel together: mixing
 * halves of them would make a record neither side had.
 */
public final class ChildMerge {

    /** Which record a value comes from: the older one (kept) or the newer one (folded into it). */
    public enum Side { OLDER, NEWER }

    /** The rows of the comparison, in the child form's order. The code is shown, not chosen. */
    public static final List<ChildField> FIELDS = List.of(ChildField.FULL_NAME, ChildField.BIRTH_DATE, ChildField.SEX,
            ChildField.ETHNICITY, ChildField.PERSONAL_ID, ChildField.VILLAGE, ChildField.POVERTY, ChildField.FATHER_NAME,
            ChildField.MOTHER_NAME, ChildField.CAREGIVER_NAME, ChildField.PHONE, ChildField.STATUS, ChildField.ENTRY_DATE,
            ChildField.NOTE);

    private static final Map<ChildField, Access> ACCESS = new EnumMap<>(ChildField.class);

    static {
        text(ChildField.FULL_NAME, Child::getFullName, Child::setFullName);
        ACCESS.put(ChildField.BIRTH_DATE, new Access(
                c -> c.getBirthDate() == null ? "" : DateText.format(c.getBirthDate()) + (c.isBirthDateEstimated() ? " (ước lượng)" : ""),
                (to, from) -> {
                    to.setBirthDate(from.getBirthDate());
                    to.setBirthDateEstimated(from.isBirthDateEstimated());
                }));
        ACCESS.put(ChildField.SEX, new Access(c -> label(c.getSex() == Sex.UNKNOWN ? null : c.getSex()),
                (to, from) -> to.setSex(from.getSex())));
        ACCESS.put(ChildField.ETHNICITY, new Access(c -> c.getEthnicCode() == null ? ""
                : EthnicGroup.byCode(c.getEthnicCode()).map(EthnicGroup::label).orElse(c.getEthnicCode()),
                (to, from) -> to.setEthnicCode(from.getEthnicCode())));
        text(ChildField.PERSONAL_ID, Child::getPersonalId, Child::setPersonalId);
        text(ChildField.VILLAGE, Child::getVillage, Child::setVillage);
        ACCESS.put(ChildField.POVERTY, new Access(c -> label(c.getPoverty()), (to, from) -> to.setPoverty(from.getPoverty())));
        text(ChildField.FATHER_NAME, Child::getFatherName, Child::setFatherName);
        text(ChildField.MOTHER_NAME, Child::getMotherName, Child::setMotherName);
        text(ChildField.CAREGIVER_NAME, Child::getCaregiverName, Child::setCaregiverName);
        text(ChildField.PHONE, Child::getPhone, Child::setPhone);
        ACCESS.put(ChildField.STATUS, new Access(
                c -> label(c.getStatus()) + (c.getStatusDate() == null ? "" : " từ " + DateText.format(c.getStatusDate())),
                (to, from) -> {
                    to.setStatus(from.getStatus());
                    to.setStatusDate(from.getStatusDate());
                }));
        ACCESS.put(ChildField.ENTRY_DATE, new Access(c -> date(c.getEntryDate()), (to, from) -> to.setEntryDate(from.getEntryDate())));
        text(ChildField.NOTE, Child::getNote, Child::setNote);
    }

    private final Child older;
    private final Child newer;
    private final Map<ChildField, Side> choices = new EnumMap<>(ChildField.class);
    private final MembershipOverlaps memberships;

    private ChildMerge(Child older, Child newer) {
        this.older = older.copy();
        this.newer = newer.copy();
        this.memberships = new MembershipOverlaps(older.getCode(), newer.getCode());
        for (ChildField field : FIELDS) {
            choices.put(field, defaultChoice(field));
        }
    }

    /** The comparison of two saved records, whichever order they are given in. */
    public static ChildMerge of(Child one, Child other) {
        Objects.requireNonNull(one.getId(), "saved child");
        Objects.requireNonNull(other.getId(), "saved child");
        if (one.getId().equals(other.getId())) {
            throw new IllegalArgumentException("A child cannot be merged with itself: " + one.getId());
        }
        return one.getId() < other.getId() ? new ChildMerge(one, other) : new ChildMerge(other, one);
    }

    /** The record kept (its id and code survive). */
    public Child older() {
        return older.copy();
    }

    /** The record folded into the older one. */
    public Child newer() {
        return newer.copy();
    }

    public Child side(Side side) {
        return side == Side.OLDER ? older() : newer();
    }

    /** The value of {@code field} on one record, as the comparison shows it ("" when empty). */
    public String text(ChildField field, Side side) {
        return ACCESS.get(field).show().apply(side == Side.OLDER ? older : newer);
    }

    /** True when the two records disagree on {@code field}. */
    public boolean differs(ChildField field) {
        return !text(field, Side.OLDER).equals(text(field, Side.NEWER));
    }

    public Side choice(ChildField field) {
        return choices.get(field);
    }

    public void choose(ChildField field, Side side) {
        if (!choices.containsKey(field)) {
            throw new IllegalArgumentException("Not a field to choose: " + field);
        }
        choices.put(field, Objects.requireNonNull(side));
    }

    /** The merged record: the older record's id and code with the chosen value of every field. */
    public Child result() {
        Child merged = older.copy();
        for (ChildField field : FIELDS) {
            if (choices.get(field) == Side.NEWER) {
                ACCESS.get(field).copy().accept(merged, newer);
            }
        }
        return merged;
    }

    /** "Label: value (mã …)" for every field on which the records differ, for the audit log. */
    public List<String> chosenValues() {
        List<String> lines = new ArrayList<>();
        for (ChildField field : FIELDS) {
            if (differs(field)) {
                Side side = choices.get(field);
                String value = text(field, side);
                lines.add(field.label() + ": " + (value.isEmpty() ? "(để trống)" : value)
                        + " (theo hồ sơ " + (side == Side.OLDER ? older : newer).getCode() + ")");
            }
        }
        return lines;
    }

    /** The overlapping HCĐB memberships of the two records and how the officer resolves each. */
    public MembershipOverlaps memberships() {
        return memberships;
    }

    private Side defaultChoice(ChildField field) {
        return text(field, Side.OLDER).isEmpty() && !text(field, Side.NEWER).isEmpty() ? Side.NEWER : Side.OLDER;
    }

    private record Access(Function<Child, String> show, BiConsumer<Child, Child> copy) {
    }

    private static void text(ChildField field, Function<Child, String> get, BiConsumer<Child, String> set) {
        ACCESS.put(field, new Access(c -> VietnameseText.isBlank(get.apply(c)) ? "" : get.apply(c).trim(),
                (to, from) -> set.accept(to, get.apply(from))));
    }

    private static String label(Coded value) {
        return value == null ? "" : value.label();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DateText.format(date);
    }
}
