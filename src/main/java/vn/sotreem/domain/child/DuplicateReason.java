package vn.sotreem.domain.child;

import java.util.Optional;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Why two children may be the same person: the same personal ID, or the same folded name and
 * birth date. Kept as a code so the duplicate queue can store it and the screen can explain it.
 * The rule mirrors the register's duplicate search, so a file checked against itself and against
 * the database gives the same answer.
 */
public enum DuplicateReason implements Coded {
    SAME_PERSONAL_ID("cung_so_dinh_danh", "cùng số định danh cá nhân"),
    SAME_NAME_AND_BIRTH_DATE("cung_ho_ten_ngay_sinh", "cùng họ tên và ngày sinh"),
    /**
     * Same folded name, same birth year, another date: found only by the import of an officer's own
     * list, where a birth date is often a guess or a year alone. Never returned by {@link #between}.
     */
    NAME_AND_BIRTH_YEAR("cung_ho_ten_nam_sinh", "cùng họ tên và năm sinh");

    private final CodeLabel value;

    DuplicateReason(String code, String label) {
        this.value = new CodeLabel(code, label);
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    /** Why {@code a} and {@code b} may be one child (the personal ID first), or empty when they look distinct. */
    public static Optional<DuplicateReason> between(Child a, Child b) {
        if (!VietnameseText.isBlank(a.getPersonalId()) && a.getPersonalId().equals(b.getPersonalId())) {
            return Optional.of(SAME_PERSONAL_ID);
        }
        if (a.getBirthDate() != null && a.getBirthDate().equals(b.getBirthDate())
                && a.foldedName().equals(b.foldedName())) {
            return Optional.of(SAME_NAME_AND_BIRTH_DATE);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label();
    }
}
