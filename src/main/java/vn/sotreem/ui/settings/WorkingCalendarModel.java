package vn.sotreem.ui.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.sotreem.domain.calendar.AnnouncedDay;
import vn.sotreem.domain.calendar.AnnouncedDayKind;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.ErrorMessages;

/**
 * The working-day calendar screen without the screen: the year shown, its Điều 112 holidays, the
 * days the government announced for it, and adding or removing one (administrators only) with
 * the domain's checks as messages.
 */
final class WorkingCalendarModel {

    /** The years the screen offers (the lunar calendar's holidays are tested for these). */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    /** What an action did, as a message for the officer. */
    record Outcome(boolean error, String message) {
    }

    private final RegisterStore store;
    private int year;
    private List<AnnouncedDay> all = List.of();

    WorkingCalendarModel(RegisterStore store, int year) {
        this.store = store;
        this.year = year;
    }

    boolean canEdit() {
        return store.currentAccount().role().canManageAccounts();
    }

    int year() {
        return year;
    }

    void setYear(int year) {
        this.year = year;
    }

    /** Reads the announced days again from the register. */
    void reload() {
        all = store.settings().announcedDays();
    }

    List<WorkingDays.Holiday> holidays() {
        return WorkingDays.namedHolidays(year);
    }

    /** The announced days of the year shown, in date order. */
    List<AnnouncedDay> announcedDays() {
        return all.stream().filter(d -> d.date().getYear() == year).toList();
    }

    /**
     * Adds a day typed or picked as {@code dd/MM/yyyy}. Errors leave the list unchanged; warnings
     * follow the confirmation. On success the year shown becomes the day's year.
     */
    Outcome add(String dateText, AnnouncedDayKind kind, String note) {
        LocalDate date = null;
        if (!VietnameseText.isBlank(dateText)) {
            Optional<LocalDate> parsed = DateText.parse(dateText);
            if (parsed.isEmpty()) {
                return new Outcome(true, "Ngày không hợp lệ, hãy gõ dạng ngày/tháng/năm, ví dụ 01/09/2026.");
            }
            date = parsed.get();
        }
        AnnouncedDay day = new AnnouncedDay(date, kind, note);
        List<Problem> problems = AnnouncedDay.check(all, day);
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Outcome(true, messages(problems.stream().filter(Problem::isError).toList()));
        }
        List<AnnouncedDay> changed = new ArrayList<>(all);
        changed.add(day);
        Optional<Outcome> failed = save(changed);
        if (failed.isPresent()) {
            return failed.get();
        }
        year = day.date().getYear();
        String done = "Đã thêm " + describe(day) + ".";
        return new Outcome(false, problems.isEmpty() ? done : done + " Lưu ý: " + messages(problems));
    }

    Outcome remove(AnnouncedDay day) {
        List<AnnouncedDay> changed = new ArrayList<>(all);
        changed.remove(day);
        return save(changed).orElse(new Outcome(false, "Đã bỏ " + describe(day) + "."));
    }

    /** Saves the whole list; empty when it worked, else the failure as a message. */
    private Optional<Outcome> save(List<AnnouncedDay> days) {
        try {
            store.settings().setAnnouncedDays(days);
        } catch (RuntimeException e) {
            return Optional.of(new Outcome(true, ErrorMessages.describe(e)));
        }
        reload();
        return Optional.empty();
    }

    private static String describe(AnnouncedDay day) {
        return day.kind().label().toLowerCase(Locale.ROOT) + " " + DateText.format(day.date());
    }

    private static String messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).collect(Collectors.joining(" "));
    }
}
