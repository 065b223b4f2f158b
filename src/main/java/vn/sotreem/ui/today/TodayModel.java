package vn.sotreem.ui.today;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.report.AgeOut;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.report.MonthActivity;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.storage.RegisterStore;

/**
 * The Today screen without a screen: the deadlines of the tracked abuse cases that are past or
 * near, the countdowns of the 12-hour emergency limits, the children turning 16 soon with the HCĐB
 * memberships that will close, and the month's counts (injuries included). Everything is computed at the clock's "now";
 * the deadlines are read again on every tick of the countdown, the rest when the page is shown.
 */
public final class TodayModel {

    public static final String NO_TASKS = "Không có việc quá hạn hay sắp đến hạn.";
    static final String NO_TURNING_SIXTEEN = "Không có trẻ nào sắp đủ 16 tuổi trong " + AgeOut.NOTICE_DAYS + " ngày tới.";
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    /** One deadline to act on, with how it stood when read. */
    record Task(long caseId, String caseCode, String children, Deadline deadline, String remaining) {
        boolean overdue() {
            return deadline.state() == Deadline.State.OVERDUE;
        }

        String dueText() {
            return TodayModel.dueText(deadline);
        }

        String stateText() {
            return deadline.state().label();
        }
    }

    /** The 12-hour emergency limit of one case, counting down. */
    record Countdown(long caseId, String caseCode, String children, Deadline deadline, String remaining) {
        boolean overdue() {
            return deadline.state() == Deadline.State.OVERDUE;
        }

        /** "XH-2026-003 — còn 3 giờ 20 phút để can thiệp khẩn cấp". */
        String text() {
            return caseCode + " — " + remaining + (overdue() ? " so với thời hạn can thiệp khẩn cấp" : " để can thiệp khẩn cấp");
        }

        String detailText() {
            return "Hạn " + TodayModel.dueText(deadline) + " (12 giờ từ khi tiếp nhận) · Trẻ: " + children;
        }
    }

    /** A child turning 16 soon, and how many HCĐB memberships will then be closed "đủ 16 tuổi". */
    record TurningSixteen(Child child, LocalDate sixteenth, int openMemberships) {
    }

    /** The register read; null for a model fed by hand (tests of what it computes). */
    private final RegisterStore store;
    private final Supplier<LocalDateTime> clock;
    private LocalDateTime now;
    private List<Task> tasks = List.of();
    private List<Countdown> countdowns = List.of();
    private List<TurningSixteen> turningSixteen = List.of();
    private MonthActivity month;
    private boolean missingRecoveryKey;

    TodayModel(Supplier<LocalDateTime> clock) {
        this(null, clock);
    }

    /** The page's model on {@code store}, at the times {@code clock} gives. */
    public TodayModel(RegisterStore store, Supplier<LocalDateTime> clock) {
        this.store = store;
        this.clock = clock;
        this.now = clock.get();
        this.month = new MonthActivity(YearMonth.from(now), 0, 0, 0, 0, 0);
    }

    /** Everything the page shows, computed at {@code now}; built off the FX thread by {@link #read}. */
    public record Figures(LocalDateTime now, List<Task> tasks, List<Countdown> countdowns, List<TurningSixteen> turningSixteen,
            MonthActivity month, boolean missingRecoveryKey) {
    }

    /** True when the account may open abuse cases from the page (else it only follows the deadlines). */
    boolean canOpenCases() {
        return store.currentAccount().role().canSeeAbuseDetails();
    }

    /** Off the FX thread: everything the page shows, at {@code at}, with the register's children read again. */
    Figures readAt(LocalDateTime at) {
        return read(store, at, store.allChildren());
    }

    /** Reads everything the page shows. */
    void loadAll(RegisterStore store) {
        show(read(store, clock.get(), store.allChildren()));
    }

    /**
     * Reads and computes the page's figures at {@code now} with the register's {@code children}
     * (read once at start and shared with the children list). Touches no state of the model, so a
     * background task may run it; {@link #show} then takes the result on the FX thread.
     */
    public static Figures read(RegisterStore store, LocalDateTime now, List<Child> children) {
        List<AbuseCaseSummary> cases = store.abuseCaseSummaries(now);
        List<Membership> memberships = store.read(tx -> tx.memberships(null));
        List<Support> supports = store.read(tx -> tx.supports(null));
        List<Injury> injuries = store.injuries(null);
        // Only an administrator can make the key; a register from the first version has none.
        boolean missingKey = store.currentAccount().role().canManageAccounts() && !store.accounts().hasRecoveryKey();
        return new Figures(now, tasks(cases, now), countdowns(cases, now),
                turningSixteen(children, memberships, now.toLocalDate()),
                MonthActivity.of(YearMonth.from(now), cases, children, memberships, supports, injuries), missingKey);
    }

    /** Shows figures read by {@link #read}. */
    void show(Figures figures) {
        now = figures.now();
        tasks = figures.tasks();
        countdowns = figures.countdowns();
        turningSixteen = figures.turningSixteen();
        month = figures.month();
        missingRecoveryKey = figures.missingRecoveryKey();
    }

    /** The administrator is warned that the register has no recovery key. */
    boolean missingRecoveryKey() {
        return missingRecoveryKey;
    }

    /** The clock's time now (for a background read). */
    LocalDateTime clockNow() {
        return clock.get();
    }

    /**
     * One tick of the clock, read once: within the day shown, the deadlines are read again at that
     * time (true); past midnight nothing is read (false): the month, the children turning 16 and the
     * deadlines must all be read again ({@link #read}), and until they are every tick says so.
     */
    boolean tickWithinDay(RegisterStore store) {
        LocalDateTime at = clock.get();
        if (!withinDayShown(at)) {
            return false;
        }
        showDeadlines(at, store.abuseCaseSummaries(at));
        return true;
    }

    /** A tick at {@code at} needs only the deadlines again ({@link #casesAt}); false past midnight: everything. */
    boolean withinDayShown(LocalDateTime at) {
        return at.toLocalDate().equals(now.toLocalDate());
    }

    /** Off the FX thread: the tracked cases, with their deadlines at {@code at}, for one tick of the clock. */
    List<AbuseCaseSummary> casesAt(LocalDateTime at) {
        return store.abuseCaseSummaries(at);
    }

    /** The deadlines of one tick, read by {@link #casesAt} (on the FX thread). */
    void showDeadlines(LocalDateTime at, List<AbuseCaseSummary> cases) {
        now = at;
        tasks = tasks(cases, now);
        countdowns = countdowns(cases, now);
    }

    /**
     * The open deadlines past or near of the cases whose procedure is followed (not those copied
     * from an old workbook): overdue first, then by due time.
     */
    static List<Task> tasks(Collection<AbuseCaseSummary> cases, LocalDateTime now) {
        return cases.stream().filter(AbuseCaseSummary::procedureTracked)
                .flatMap(c -> c.openDeadlines().stream()
                        .filter(d -> d.state() == Deadline.State.OVERDUE || d.state() == Deadline.State.DUE_SOON)
                        .map(d -> new Task(c.id(), c.code(), childrenText(c), d, d.remainingText(now))))
                .sorted(Comparator.comparing((Task t) -> !t.overdue()).thenComparing(t -> t.deadline().due())
                        .thenComparing(Task::caseCode))
                .toList();
    }

    /** Every open 12-hour limit of a followed case, soonest first. */
    static List<Countdown> countdowns(Collection<AbuseCaseSummary> cases, LocalDateTime now) {
        return cases.stream().filter(AbuseCaseSummary::procedureTracked)
                .flatMap(c -> c.openDeadlines().stream().filter(Deadline::hourly)
                        .map(d -> new Countdown(c.id(), c.code(), childrenText(c), d, d.remainingText(now))))
                .sorted(Comparator.comparing((Countdown t) -> t.deadline().due()).thenComparing(Countdown::caseCode))
                .toList();
    }

    /** The HCĐB view's age-out rule: living children turning 16 in the notice period, with their memberships to close. */
    static List<TurningSixteen> turningSixteen(Collection<Child> children, Collection<Membership> memberships, LocalDate today) {
        return AgeOut.turningSixteenSoon(children, today).stream()
                .map(c -> new TurningSixteen(c, Ages.sixteenthBirthday(c.getBirthDate()), AgeOut.closings(c, memberships).size()))
                .toList();
    }

    /** The victims' names (already masked for viewers); a masked case says how many children without repeating the mask. */
    static String childrenText(AbuseCaseSummary c) {
        if (!c.victimNames().isEmpty() && c.victimNames().stream().allMatch(AbuseCaseSummary.MASK::equals)) {
            return c.victimCount() > 1 ? AbuseCaseSummary.MASK + " — " + c.victimCount() + " trẻ" : AbuseCaseSummary.MASK;
        }
        return String.join(", ", c.victimNames());
    }

    /** dd/MM/yyyy HH:mm for a limit in hours, dd/MM/yyyy for one in days (due at the end of that day). */
    static String dueText(Deadline d) {
        return d.hourly() ? d.due().format(DATE_TIME) : DateText.format(d.due().toLocalDate());
    }

    LocalDateTime now() {
        return now;
    }

    List<Task> tasks() {
        return tasks;
    }

    List<Countdown> countdowns() {
        return countdowns;
    }

    List<TurningSixteen> turningSixteen() {
        return turningSixteen;
    }

    MonthActivity month() {
        return month;
    }
}
