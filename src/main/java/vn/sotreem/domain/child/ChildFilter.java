package vn.sotreem.domain.child;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.VietnameseText;

/**
 * The children list's filters: village, sex, age band on a date, status and an accent-free search
 * that matches the start of any word of the name (typing {@code hoa} finds Hòa and Hoà but not
 * Khoa, {@code duc} finds Đức, {@code nguyen thi h} finds Nguyễn Thị Hằng), the child's code or
 * personal ID.
 */
public record ChildFilter(String search, String village, Sex sex, AgeBand ageBand, ChildStatus status,
                          LocalDate onDate) {

    public static ChildFilter none(LocalDate onDate) {
        return new ChildFilter("", null, null, null, null, onDate);
    }

    /**
     * The children matching a typed search (name by word prefix without accents, code or personal
     * ID) in name order, at most {@code limit}; none for blank text. Pickers of a child from the
     * register (a case's victims, the injury grid) use this.
     */
    public static List<Child> find(Collection<Child> children, String text, int limit) {
        if (VietnameseText.fold(text).isEmpty()) {
            return List.of();
        }
        Predicate<Child> matches = new ChildFilter(text.trim(), null, null, null, null, null).toPredicate();
        return children.stream().filter(matches).sorted(NameOrder.childComparator()).limit(limit).toList();
    }

    /** A predicate over children paired with their precomputed folded names. */
    public Predicate<Child> toPredicate() {
        String needle = VietnameseText.fold(search);
        return child -> (needle.isEmpty() || matches(child, needle))
                && (village == null || village.equals(child.getVillage()))
                && (sex == null || sex == child.getSex())
                && (status == null || status == child.getStatus())
                && (ageBand == null || ageBand == AgeBand.of(child.getBirthDate(), onDate));
    }

    private static boolean matches(Child child, String needle) {
        if (nameMatches(child.foldedName(), needle)) {
            return true;
        }
        return child.getPersonalId() != null && child.getPersonalId().contains(needle)
                || child.getCode() != null && VietnameseText.fold(child.getCode()).equals(needle);
    }

    /**
     * The search rule for names, shared by every list that searches them: the folded needle starts
     * the folded name or one of its words.
     */
    public static boolean nameMatches(String foldedName, String foldedNeedle) {
        return foldedName.startsWith(foldedNeedle) || foldedName.contains(" " + foldedNeedle);
    }
}
