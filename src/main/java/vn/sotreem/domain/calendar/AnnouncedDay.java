package vn.sotreem.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;

/**
 * A day the government announces each year on top of Điều 112 — an extra day off (the day next to
 * 2/9, bridge days around Tết) or a Saturday worked to make up for one — with a short note of the
 * announcement. {@link WorkingDays#of} turns the list into the calendar for legal deadlines.
 */
public record AnnouncedDay(LocalDate date, AnnouncedDayKind kind, String note) {

    public static final int MAX_NOTE_LENGTH = 200;
    public static final String DATE = "ngay";
    public static final String KIND = "loai";
    public static final String NOTE = "ghi_chu";

    public AnnouncedDay {
        note = VietnameseText.clean(note);
    }

    /**
     * Problems of {@code added} next to the days already listed. A second entry for a date is an
     * error, and so is a make-up working day that is an ordinary working day (it would change
     * nothing, so the date is most likely mistyped); a day off that is already a weekend or holiday
     * only gets a warning, because notices often list the whole break.
     */
    public static List<Problem> check(List<AnnouncedDay> existing, AnnouncedDay added) {
        List<Problem> problems = new ArrayList<>();
        if (added.kind() == null) {
            problems.add(Problem.error(KIND, "Chưa chọn loại: ngày nghỉ hay ngày làm bù."));
        }
        if (added.note().length() > MAX_NOTE_LENGTH) {
            problems.add(Problem.error(NOTE, "Ghi chú dài quá " + MAX_NOTE_LENGTH + " ký tự (đang có "
                    + added.note().length() + ")."));
        }
        LocalDate date = added.date();
        if (date == null) {
            problems.add(Problem.error(DATE, "Chưa chọn ngày."));
            return problems;
        }
        String day = "Ngày " + DateText.format(date);
        if (existing.stream().anyMatch(d -> date.equals(d.date()))) {
            problems.add(Problem.error(DATE, day + " đã có trong danh sách; mỗi ngày chỉ ghi một lần."));
            return problems; // what else is wrong with the second entry matters no more
        }
        Optional<String> holiday = WorkingDays.namedHolidays(date.getYear()).stream()
                .filter(h -> h.date().equals(date)).map(WorkingDays.Holiday::name).findFirst();
        boolean weekend = WorkingDays.isWeekend(date);
        if (added.kind() == AnnouncedDayKind.DAY_OFF) {
            if (holiday.isPresent()) {
                problems.add(Problem.warning(DATE, day + " vốn đã là ngày nghỉ lễ: " + holiday.get() + "."));
            } else if (weekend) {
                problems.add(Problem.warning(DATE, day + " là " + WorkingDays.dayNameInSentence(date) + ", vốn đã là ngày nghỉ."));
            }
        } else if (added.kind() == AnnouncedDayKind.WORKING_DAY) {
            if (holiday.isPresent()) {
                problems.add(Problem.warning(DATE, day + " là ngày nghỉ theo Điều 112 Bộ luật Lao động: " + holiday.get()
                        + ". Chỉ ghi là ngày làm bù khi thông báo của Chính phủ nói rõ như vậy."));
            } else if (!weekend) {
                problems.add(Problem.error(DATE, day + " là " + WorkingDays.dayNameInSentence(date) + ", vốn đã là ngày làm việc; "
                        + "ngày làm bù thường là một ngày thứ Bảy."));
            }
        }
        return problems;
    }

    /** Problems of a whole list: each day checked against those before it, so a duplicate is reported once. */
    public static List<Problem> validate(List<AnnouncedDay> days) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            problems.addAll(check(days.subList(0, i), days.get(i)));
        }
        return problems;
    }
}
