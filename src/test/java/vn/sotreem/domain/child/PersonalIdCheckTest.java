package vn.sotreem.domain.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.common.Sex;

class PersonalIdCheckTest {

    private static final LocalDate BORN_2018 = LocalDate.of(2018, 5, 1);

    @Test
    void consistentNumberHasNoWarning() {
        assertEquals(List.of(), PersonalIdCheck.warnings("001318012345", Sex.FEMALE, BORN_2018));
        assertEquals(List.of(), PersonalIdCheck.warnings("079218000001", Sex.MALE, BORN_2018));
        assertEquals(List.of(), PersonalIdCheck.warnings("", Sex.MALE, BORN_2018), "no ID is allowed");
        assertEquals(List.of(), PersonalIdCheck.warnings(null, Sex.MALE, BORN_2018));
    }

    @Test
    void sexDigitMismatchIsWarned() {
        assertEquals(List.of("Chữ số thứ 4 là của trẻ nữ, nhưng giới tính ghi là Nam."),
                PersonalIdCheck.warnings("001318012345", Sex.MALE, BORN_2018));
        assertEquals(List.of("Chữ số thứ 4 là của trẻ nam, nhưng giới tính ghi là Nữ."),
                PersonalIdCheck.warnings("001218012345", Sex.FEMALE, BORN_2018));
    }

    @Test
    void birthYearAndCenturyMismatchesAreWarned() {
        assertEquals(List.of("Chữ số thứ 5–6 (17) không khớp với năm sinh 2018."),
                PersonalIdCheck.warnings("001317012345", Sex.FEMALE, BORN_2018));
        assertEquals(List.of("Chữ số thứ 4 không khớp với thế kỷ của năm sinh 2018."),
                PersonalIdCheck.warnings("001118012345", Sex.FEMALE, BORN_2018));
    }

    @Test
    void shapeAndProvincePrefixAreChecked() {
        assertEquals(List.of("Số định danh phải gồm đúng 12 chữ số."),
                PersonalIdCheck.warnings("00131801234", Sex.FEMALE, BORN_2018));
        assertEquals(List.of("Số định danh phải gồm đúng 12 chữ số."),
                PersonalIdCheck.warnings("00131801234A", Sex.FEMALE, BORN_2018));
        assertEquals(List.of("Ba chữ số đầu (099) không phải mã tỉnh nơi đăng ký khai sinh."),
                PersonalIdCheck.warnings("099318012345", Sex.FEMALE, BORN_2018));
        // Hà Giang (002) no longer exists after 2025, but numbers issued there stay valid.
        assertEquals(List.of(), PersonalIdCheck.warnings("002318012345", Sex.FEMALE, BORN_2018));
    }

    @Test
    void masksTheMiddleDigits() {
        assertEquals("0013******45", PersonalIdCheck.mask("001318012345"));
    }
}
