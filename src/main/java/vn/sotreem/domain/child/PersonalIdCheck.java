package vn.sotreem.domain.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.sotreem.domain.common.ReferenceCsv;
import vn.sotreem.domain.common.Sex;

/**
 * Checks of the 12-digit personal ID number (số định danh cá nhân): digits 1–3 are "0" plus the
 * 63-province code of the birth registration, digit 4 encodes century and sex, digits 5–6 the
 * birth year. A mismatch is a warning: entry errors exist and the officer decides.
 */
public final class PersonalIdCheck {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Set<String> PROVINCE_PREFIXES = ReferenceCsv.read("admin-units/old-provinces.csv")
            .stream().map(row -> "0" + row.get("code")).collect(Collectors.toUnmodifiableSet());

    private PersonalIdCheck() {
    }

    /** Warnings for an ID number (empty list when it looks right or is absent). */
    public static List<String> warnings(String personalId, Sex sex, LocalDate birthDate) {
        List<String> warnings = new ArrayList<>();
        if (personalId == null || personalId.isBlank()) {
            return warnings;
        }
        String id = personalId.trim();
        if (!TWELVE_DIGITS.matcher(id).matches()) {
            warnings.add("Số định danh phải gồm đúng 12 chữ số.");
            return warnings;
        }
        if (!PROVINCE_PREFIXES.contains(id.substring(0, 3))) {
            warnings.add("Ba chữ số đầu (" + id.substring(0, 3) + ") không phải mã tỉnh nơi đăng ký khai sinh.");
        }
        int centuryAndSex = id.charAt(3) - '0';
        if (birthDate != null) {
            int expectedCentury = (birthDate.getYear() / 100 - 19) * 2;
            int century = centuryAndSex - centuryAndSex % 2;
            if (century != expectedCentury) {
                warnings.add("Chữ số thứ 4 không khớp với thế kỷ của năm sinh " + birthDate.getYear() + ".");
            }
            String yy = String.format("%02d", birthDate.getYear() % 100);
            if (!id.substring(4, 6).equals(yy)) {
                warnings.add("Chữ số thứ 5–6 (" + id.substring(4, 6) + ") không khớp với năm sinh " + birthDate.getYear() + ".");
            }
        }
        if (sex == Sex.MALE && centuryAndSex % 2 != 0) {
            warnings.add("Chữ số thứ 4 là của trẻ nữ, nhưng giới tính ghi là Nam.");
        } else if (sex == Sex.FEMALE && centuryAndSex % 2 != 1) {
            warnings.add("Chữ số thứ 4 là của trẻ nam, nhưng giới tính ghi là Nữ.");
        }
        return warnings;
    }

    /** Masks the middle digits for lists and printouts: {@code 0010******45}. */
    public static String mask(String personalId) {
        if (personalId == null || personalId.length() < 7) {
            return personalId == null ? "" : personalId;
        }
        int len = personalId.length();
        return personalId.substring(0, 4) + "*".repeat(len - 6) + personalId.substring(len - 2);
    }
}
