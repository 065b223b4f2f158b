package vn.sotreem.domain.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Validation of a child record, shared by the form, the importer and the command line. Messages are
 * Vietnamese and name the field; errors block saving, warnings do not.
 */
public final class ChildRules {

    private static final Pattern PHONE = Pattern.compile("[0-9 +().\\-]{6,20}");

    private ChildRules() {
    }

    /**
     * Validates {@code child} as typed in the form on {@code today}. The birth date must not be in
     * the future and the child must be under 16 on the date of entry into the register; a new
     * child without an entry date is being entered today. An existing record is checked as
     * {@link #validateRecord} does, so a child who has since turned 16 can still be corrected.
     */
    public static List<Problem> validate(Child child, LocalDate today) {
        return validate(child, today, child.getId() == null);
    }

    /**
     * Validates a record of the register (an imported row, an existing child). An empty entry
     * date means the child has lived in the commune since birth, so a child who has turned 16
     * since is kept (history) with a warning instead of an error.
     */
    public static List<Problem> validateRecord(Child child, LocalDate today) {
        return validate(child, today, false);
    }

    private static List<Problem> validate(Child child, LocalDate today, boolean enteredToday) {
        List<Problem> problems = new ArrayList<>();
        if (VietnameseText.isBlank(child.getFullName())) {
            problems.add(Problem.error(ChildField.FULL_NAME.key(), "Chưa nhập họ và tên."));
        }
        if (child.getSex() == null) {
            problems.add(Problem.error(ChildField.SEX.key(), "Chưa chọn giới tính."));
        }
        if (VietnameseText.isBlank(child.getVillage())) {
            problems.add(Problem.error(ChildField.VILLAGE.key(), "Chưa chọn thôn/tổ dân phố."));
        }
        LocalDate birth = child.getBirthDate();
        LocalDate entry = child.getEntryDate() != null ? child.getEntryDate() : today;
        if (birth == null) {
            problems.add(Problem.error(ChildField.BIRTH_DATE.key(), "Chưa nhập ngày sinh (hoặc tuổi ước lượng)."));
        } else if (birth.isAfter(today)) {
            problems.add(Problem.error(ChildField.BIRTH_DATE.key(), "Ngày sinh " + DateText.format(birth)
                    + " ở trong tương lai."));
        } else if ((enteredToday || child.getEntryDate() != null) && !Ages.isChildOn(birth, entry)) {
            problems.add(Problem.error(ChildField.BIRTH_DATE.key(), "Trẻ sinh ngày " + DateText.format(birth)
                    + " đã đủ 16 tuổi vào ngày " + DateText.format(entry) + ", không thuộc sổ trẻ em."));
        } else if (child.getStatus() == ChildStatus.LIVING_HERE && !Ages.isChildOn(birth, today)) {
            problems.add(Problem.warning(ChildField.BIRTH_DATE.key(), "Trẻ đã đủ 16 tuổi từ ngày "
                    + DateText.format(Ages.sixteenthBirthday(birth)) + ": vẫn giữ trong sổ nhưng không còn tính là trẻ em."));
        }
        if (child.getEntryDate() != null) {
            if (child.getEntryDate().isAfter(today)) {
                problems.add(Problem.error(ChildField.ENTRY_DATE.key(), "Ngày vào sổ ở trong tương lai."));
            } else if (birth != null && child.getEntryDate().isBefore(birth)) {
                problems.add(Problem.error(ChildField.ENTRY_DATE.key(), "Ngày vào sổ trước ngày sinh."));
            }
        }
        if (child.getStatus() != ChildStatus.LIVING_HERE) {
            LocalDate statusDate = child.getStatusDate();
            if (statusDate == null) {
                problems.add(Problem.error(ChildField.STATUS_DATE.key(),
                        "Cần ngày thay đổi tình trạng (" + child.getStatus().label().toLowerCase() + ")."));
            } else if (statusDate.isAfter(today)) {
                problems.add(Problem.error(ChildField.STATUS_DATE.key(), "Ngày thay đổi tình trạng ở trong tương lai."));
            } else if (birth != null && statusDate.isBefore(birth)) {
                problems.add(Problem.error(ChildField.STATUS_DATE.key(), "Ngày thay đổi tình trạng trước ngày sinh."));
            }
        }
        for (String warning : PersonalIdCheck.warnings(child.getPersonalId(), child.getSex(), birth)) {
            problems.add(Problem.warning(ChildField.PERSONAL_ID.key(), warning));
        }
        if (!VietnameseText.isBlank(child.getPhone()) && !PHONE.matcher(child.getPhone().trim()).matches()) {
            problems.add(Problem.warning(ChildField.PHONE.key(), "Số điện thoại có ký tự lạ: kiểm tra lại."));
        }
        return problems;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The estimated birth date of a child of {@code years} whole years at {@code reference}. */
    public static LocalDate estimatedBirthDate(int years, LocalDate reference) {
        return reference.minusYears(years);
    }
}
