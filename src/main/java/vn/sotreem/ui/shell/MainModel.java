package vn.sotreem.ui.shell;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.abuse.AbuseModel;
import vn.sotreem.ui.child.ChildFormModel;
import vn.sotreem.ui.child.ChildListModel;
import vn.sotreem.ui.child.ChildrenModel;
import vn.sotreem.ui.hcdb.HcdbModel;
import vn.sotreem.ui.injury.InjuryRegisterModel;
import vn.sotreem.ui.report.ReportPageModel;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.settings.BackupsModel;
import vn.sotreem.ui.settings.SettingsModel;
import vn.sotreem.ui.today.TodayModel;

/**
 * The main window without a screen: the opened register, who works in it, the one read of the
 * children at start, the daily backup and the idle lock's setting, and the view-model of each
 * page ({@link Pages} builds the pages with them); the window itself never touches storage.
 */
final class MainModel {

    /** The name of the start read's background task (a test holds it back to see the first frame). */
    static final String START_READ = "main-start-read";
    private static final long IDLE_MINUTES_KEPT_NANOS = 60_000_000_000L;

    private final OpenedRegister opened;
    private final RegisterStore store;
    private final BackgroundRunner runner;
    private final LockModel lock;
    private volatile int idleMinutes = 10;
    private long idleMinutesReadAt;
    private boolean idleMinutesReading;

    MainModel(OpenedRegister opened, BackgroundRunner runner) {
        this.opened = opened;
        this.store = opened.store();
        this.runner = runner;
        this.lock = new LockModel(store);
    }

    // ---- The view-model of each page and form the shell builds (see Pages).

    ChildrenModel children() {
        return new ChildrenModel(store);
    }

    ChildFormModel childForm() {
        return new ChildFormModel(store);
    }

    HcdbModel hcdb() {
        return new HcdbModel(store);
    }

    AbuseModel abuse() {
        return new AbuseModel(store);
    }

    InjuryRegisterModel injuries() {
        return new InjuryRegisterModel(store);
    }

    /** The report page's model, dating its warnings by {@code clock}. */
    ReportPageModel reportPage(Supplier<LocalDateTime> clock) {
        return new ReportPageModel(store, clock);
    }

    Role role() {
        return store.currentAccount().role();
    }

    /** "Phường Ba Đình, Thành phố Hà Nội", for the status line. */
    String placeText() {
        return opened.info().communeName() + ", " + opened.info().provinceName();
    }

    String userText() {
        return "Người dùng: " + store.userName() + " (" + role().label() + ")";
    }

    LockModel lock() {
        return lock;
    }

    BackupsModel backups() {
        return new BackupsModel(store);
    }

    SettingsModel settings() {
        return new SettingsModel(store);
    }

    /** The Today page's model, at the times {@code clock} gives. */
    TodayModel today(Supplier<LocalDateTime> clock) {
        return new TodayModel(store, clock);
    }

    /** What the one read at start brings: the Today page's figures and the children list, sorted. */
    record StartRead(TodayModel.Figures today, List<Child> sortedChildren) {
    }

    /** Off the FX thread: the register's children once, for both the Today page and the children list. */
    StartRead readAtStart(LocalDateTime at) {
        List<Child> all = store.allChildren();
        return new StartRead(TodayModel.read(store, at, all), ChildListModel.sortedByName(all));
    }

    /** Off the FX thread: takes the day's automatic backup when none was taken today; true when taken. */
    boolean backUpIfDue() {
        if (!Backups.dueToday(store.folder())) {
            return false;
        }
        Backups.createInRotation(store, Backups.DAILY, Progress.NONE);
        return true;
    }

    /**
     * The idle lock's minutes (the timer asks at every mouse move): the value read last, read again
     * in the background at most once a minute, so that a changed setting applies within a minute.
     */
    int idleMinutes() {
        long now = System.nanoTime();
        if (!idleMinutesReading && (idleMinutesReadAt == 0 || now - idleMinutesReadAt > IDLE_MINUTES_KEPT_NANOS)) {
            idleMinutesReading = true;
            idleMinutesReadAt = now;
            BackgroundTask.of(() -> store.settings().idleLockMinutes())
                    .onSuccess(minutes -> idleMinutes = minutes)
                    .onFailure(ErrorMessages::describe) // logged; the last value stays
                    .onFinished(() -> idleMinutesReading = false)
                    .run(runner);
        }
        return idleMinutes;
    }
}
