package vn.sotreem.domain.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Sex;

class ChildRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Child valid() {
        Child c = new Child();
        c.setFullName("Nguyễn Thị Hoà");
        c.setBirthDate(LocalDate.of(2018, 5, 1));
        c.setSex(Sex.FEMALE);
        c.setVillage("Thôn Đông");
        return c;
    }

    @Test
    void aCompleteChildHasNoProblem() {
        assertEquals(List.of(), ChildRules.validate(valid(), TODAY));
    }

    @Test
    void requiredFieldsAreNamed() {
        List<Problem> problems = ChildRules.validate(new Child(), TODAY);
        assertEquals(List.of(
                Problem.error("ho_ten", "Chưa nhập họ và tên."),
                Problem.error("gioi_tinh", "Chưa chọn giới tính."),
                Problem.error("thon", "Chưa chọn thôn/tổ dân phố."),
                Problem.error("ngay_sinh", "Chưa nhập ngày sinh (hoặc tuổi ước lượng).")), problems);
    }

    @Test
    void birthDateMustNotBeInTheFutureNorSixteenYearsBeforeEntry() {
        Child future = valid();
        future.setBirthDate(TODAY.plusDays(1));
        assertEquals(List.of(Problem.error("ngay_sinh", "Ngày sinh 24/11/2026 ở trong tương lai.")),
                ChildRules.validate(future, TODAY));

        Child sixteen = valid();
        sixteen.setBirthDate(LocalDate.of(2010, 11, 23));
        assertEquals(List.of(Problem.error("ngay_sinh",
                        "Trẻ sinh ngày 23/11/2010 đã đủ 16 tuổi vào ngày 23/11/2026, không thuộc sổ trẻ em.")),
                ChildRules.validate(sixteen, TODAY));

        Child fifteen = valid();
        fifteen.setBirthDate(LocalDate.of(2010, 11, 24));
        assertEquals(List.of(), ChildRules.validate(fifteen, TODAY));

        Child enteredLongAgo = valid();
        enteredLongAgo.setBirthDate(LocalDate.of(2010, 1, 1));
        enteredLongAgo.setEntryDate(LocalDate.of(2020, 1, 1));
        assertEquals(List.of(Problem.warning("ngay_sinh",
                        "Trẻ đã đủ 16 tuổi từ ngày 01/01/2026: vẫn giữ trong sổ nhưng không còn tính là trẻ em.")),
                ChildRules.validate(enteredLongAgo, TODAY), "under 16 when entered: kept, with a warning");
    }

    @Test
    void aRecordWithoutEntryDateWhoHasTurnedSixteenIsKeptWithAWarning() {
        Child grownUp = valid();
        grownUp.setBirthDate(LocalDate.of(2009, 4, 2));
        List<Problem> asRecord = ChildRules.validateRecord(grownUp, TODAY);
        assertEquals(List.of(Problem.warning("ngay_sinh",
                "Trẻ đã đủ 16 tuổi từ ngày 02/04/2025: vẫn giữ trong sổ nhưng không còn tính là trẻ em.")), asRecord);
        grownUp.setId(7L);
        assertEquals(asRecord, ChildRules.validate(grownUp, TODAY), "editing an existing record");
        grownUp.setId(null);
        assertTrue(ChildRules.hasErrors(ChildRules.validate(grownUp, TODAY)), "a new child typed today");
        grownUp.setEntryDate(LocalDate.of(2025, 5, 1));
        assertTrue(ChildRules.hasErrors(ChildRules.validateRecord(grownUp, TODAY)), "entered after turning 16");
        grownUp.setEntryDate(LocalDate.of(2020, 5, 1));
        grownUp.setStatus(ChildStatus.MOVED_AWAY);
        grownUp.setStatusDate(LocalDate.of(2024, 1, 1));
        assertEquals(List.of(), ChildRules.validateRecord(grownUp, TODAY), "moved away: no warning");
    }

    @Test
    void movedAwayOrDiedNeedsTheDate() {
        Child moved = valid();
        moved.setStatus(ChildStatus.MOVED_AWAY);
        assertEquals(List.of(Problem.error("ngay_tinh_trang", "Cần ngày thay đổi tình trạng (đã chuyển đi).")),
                ChildRules.validate(moved, TODAY));
        moved.setStatusDate(LocalDate.of(2026, 1, 5));
        assertEquals(List.of(), ChildRules.validate(moved, TODAY));
    }

    @Test
    void idMismatchIsOnlyAWarning() {
        Child c = valid();
        c.setPersonalId("001218012345");
        List<Problem> problems = ChildRules.validate(c, TODAY);
        assertEquals(List.of(Problem.warning("so_dinh_danh", "Chữ số thứ 4 là của trẻ nam, nhưng giới tính ghi là Nữ.")),
                problems);
        assertFalse(ChildRules.hasErrors(problems));
    }

    @Test
    void estimatedBirthDateIsReferenceMinusYears() {
        assertEquals(LocalDate.of(2019, 11, 23), ChildRules.estimatedBirthDate(7, TODAY));
        assertTrue(ChildRules.hasErrors(List.of(Problem.error("x", "y"))));
    }
}
