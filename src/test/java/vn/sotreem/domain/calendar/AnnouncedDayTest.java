package vn.sotreem.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.common.Problem;

class AnnouncedDayTest {

    private static AnnouncedDay off(int year, int month, int day) {
        return new AnnouncedDay(LocalDate.of(year, month, day), AnnouncedDayKind.DAY_OFF, "");
    }

    private static AnnouncedDay working(int year, int month, int day) {
        return new AnnouncedDay(LocalDate.of(year, month, day), AnnouncedDayKind.WORKING_DAY, "");
    }

    @Test
    void aBridgeDayAndItsMakeUpSaturdayAreFine() {
        assertEquals(List.of(), AnnouncedDay.validate(List.of(off(2026, 9, 1), working(2026, 9, 12))));
    }

    @Test
    void aDayOffThatIsAlreadyOffIsOnlyAWarning() {
        assertEquals(List.of(Problem.warning(AnnouncedDay.DATE, "Ngày 05/09/2026 là thứ Bảy, vốn đã là ngày nghỉ.")),
                AnnouncedDay.check(List.of(), off(2026, 9, 5)));
        assertEquals(List.of(Problem.warning(AnnouncedDay.DATE, "Ngày 06/09/2026 là Chủ nhật, vốn đã là ngày nghỉ.")),
                AnnouncedDay.check(List.of(), off(2026, 9, 6)));
        assertEquals(List.of(Problem.warning(AnnouncedDay.DATE, "Ngày 02/09/2026 vốn đã là ngày nghỉ lễ: Quốc khánh (2/9).")),
                AnnouncedDay.check(List.of(), off(2026, 9, 2)));
    }

    @Test
    void aMakeUpDayThatIsAlreadyAWorkingDayIsAnError() {
        assertEquals(List.of(Problem.error(AnnouncedDay.DATE, "Ngày 08/09/2026 là thứ Ba, vốn đã là ngày làm việc; "
                + "ngày làm bù thường là một ngày thứ Bảy.")), AnnouncedDay.check(List.of(), working(2026, 9, 8)));
        // The government may keep a compensating day a working day (Tết 2025): a warning to double-check.
        assertEquals(List.of(Problem.warning(AnnouncedDay.DATE, "Ngày 03/02/2025 là ngày nghỉ theo Điều 112 Bộ luật Lao động: "
                + "Nghỉ bù vì Tết Nguyên đán (mùng 4) trùng thứ Bảy. Chỉ ghi là ngày làm bù khi thông báo của Chính phủ nói rõ như vậy.")),
                AnnouncedDay.check(List.of(), working(2025, 2, 3)));
    }

    @Test
    void aDateIsListedOnceWhateverItsKind() {
        assertEquals(List.of(Problem.error(AnnouncedDay.DATE, "Ngày 01/09/2026 đã có trong danh sách; mỗi ngày chỉ ghi một lần.")),
                AnnouncedDay.validate(List.of(off(2026, 9, 1), working(2026, 9, 12), off(2026, 9, 1))));
        assertEquals(1, AnnouncedDay.validate(List.of(working(2026, 9, 12), working(2026, 9, 12))).size());
    }

    @Test
    void dateAndKindAreRequiredAndTheNoteIsShort() {
        assertEquals(List.of(Problem.error(AnnouncedDay.KIND, "Chưa chọn loại: ngày nghỉ hay ngày làm bù."),
                        Problem.error(AnnouncedDay.DATE, "Chưa chọn ngày.")),
                AnnouncedDay.check(List.of(), new AnnouncedDay(null, null, null)));
        AnnouncedDay longNote = new AnnouncedDay(LocalDate.of(2026, 9, 1), AnnouncedDayKind.DAY_OFF, "x".repeat(201));
        assertEquals(List.of(Problem.error(AnnouncedDay.NOTE, "Ghi chú dài quá 200 ký tự (đang có 201).")),
                AnnouncedDay.check(List.of(), longNote));
    }

    @Test
    void theNoteIsCleaned() {
        assertEquals("Nghỉ bù Quốc khánh", new AnnouncedDay(LocalDate.of(2026, 9, 1), AnnouncedDayKind.DAY_OFF, "  Nghỉ bù   Quốc khánh ").note());
        assertEquals("", new AnnouncedDay(LocalDate.of(2026, 9, 1), AnnouncedDayKind.DAY_OFF, null).note());
    }
}
