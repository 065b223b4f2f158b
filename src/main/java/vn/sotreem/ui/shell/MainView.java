package vn.sotreem.ui.shell;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.time.format.DateTimeFormatter;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.access.Role;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.abuse.AbuseView;
import vn.sotreem.ui.settings.BackupsView;
import vn.sotreem.ui.child.ChildListModel;
import vn.sotreem.ui.child.ChildrenView;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.hcdb.HcdbView;
import vn.sotreem.ui.injury.InjuryQuickEntryView;
import vn.sotreem.ui.injury.InjuryRegisterModel;
import vn.sotreem.ui.injury.InjuryView;
import vn.sotreem.ui.report.ReportView;
import vn.sotreem.ui.settings.SettingsView;
import vn.sotreem.ui.today.TodayModel;
import vn.sotreem.ui.today.TodayView;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The main window: navigation rail, the current page, and a status line with the user and role;
 * the idle lock over all of it; the hourly check for the daily automatic backup.
 */
public final class MainView {

    @FXML
    private ToggleGroup navGroup;
    @FXML
    private ToggleButton navToday;
    @FXML
    private ToggleButton navChildren;
    @FXML
    private ToggleButton navSpecial;
    @FXML
    private ToggleButton navAbuse;
    @FXML
    private ToggleButton navInjury;
    @FXML
    private ToggleButton navReports;
    @FXML
    private ToggleButton navBackup;
    @FXML
    private ToggleButton navSettings;
    @FXML
    private StackPane content;
    @FXML
    private Label statusCommune;
    @FXML
    private Label statusUser;
    @FXML
    private Label statusPeriod;
    @FXML
    private Label statusBackup;

    private final UiServices services;
    private final RegisterStore store;
    private final Runnable afterRestore;
    private final Parent page;
    private final StackPane root;
    private final TodayView today;
    private final LockView lockView;
    // The other pages are built on their first visit (or when another page needs them); the Today
    // page itself joins after the window's first frame, which shows only its frame and "Đang tải…".
    private ChildrenView children;
    private SettingsView settings;
    private BackupsView backups;
    private HcdbView hcdb;
    private AbuseView abuse;
    private InjuryView injury;
    private ReportView reports;
    private final ChildrenAtStart childrenAtStart = new ChildrenAtStart();
    private Timeline dailyBackup;
    private boolean timersRunning;
    private boolean backupRunning;
    private int idleMinutes = 10;
    private long idleMinutesReadAt;

    MainView(UiServices services, OpenedRegister opened, Runnable afterRestore) {
        this.services = services;
        this.store = opened.store();
        this.afterRestore = afterRestore;
        this.page = Views.load("MainView.fxml", this);
        Role role = store.currentAccount().role();
        this.today = new TodayView(services, store, this::openCase,
                (child, onClosed) -> children().openHcdb(window(), child, onClosed));
        this.root = new StackPane(page);
        this.lockView = new LockView(services, store, this::idleMinutes, root, page);
        lockView.lock().lockedProperty().addListener((o, was, locked) -> {
            if (locked) {
                today.stopClock(); // nothing read from the register behind the lock
            } else if (timersRunning) {
                today.startClock();
            }
        });
        statusCommune.setText(opened.info().communeName() + ", " + opened.info().provinceName());
        statusUser.setText("Người dùng: " + store.userName() + " (" + role.label() + ")");
        statusPeriod.setText("Tháng " + services.today().get().format(DateTimeFormatter.ofPattern("MM/yyyy")));
        navGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one entry stays selected
                return;
            }
            if (now == navToday) {
                today.refresh();
                show(today.root());
            } else if (now == navChildren) {
                show(children().root());
                children().retryIfFailed();
            } else if (now == navSpecial) {
                hcdb().refresh();
                show(hcdb().root());
            } else if (now == navAbuse) {
                abuse().refresh();
                show(abuse().root());
            } else if (now == navInjury) {
                injury().refresh();
                show(injury().root());
            } else if (now == navSettings) {
                settings().refresh();
                show(settings().root());
            } else if (now == navBackup) {
                backups().refresh();
                show(backups().root());
            } else if (now == navReports) {
                show(reports().root());
                reports().refresh();
            }
        });
        show(today.root());
    }

    /**
     * Reads the register's children once, in the background, for both the Today page and the
     * children list (sorted there too), while the window shows "Đang tải…". Called after the window's
     * first frame: the read holds the register for a while (the window's own small reads, such as the
     * idle lock's setting, would wait for it) and competes for the processor with that frame.
     */
    void readAtStart() {
        LocalDateTime at = services.now().get();
        Task<StartRead> task = new Task<>() {
            @Override
            protected StartRead call() {
                List<Child> all = store.allChildren();
                return new StartRead(TodayModel.read(store, at, all), ChildListModel.sortedByName(all));
            }
        };
        task.setOnSucceeded(e -> {
            today.show(task.getValue().today());
            fillChildren(childrenAtStart.finished(task.getValue().sortedChildren(), children != null));
        });
        task.setOnFailed(e -> {
            today.refresh(); // tries again on its own, with a message if the register cannot be read
            fillChildren(childrenAtStart.failed(children != null));
        });
        services.runner().start(task);
        today.attachWhileLoading();
    }

    private record StartRead(TodayModel.Figures today, List<Child> sortedChildren) {
    }

    /** After a write elsewhere that may change children (import, death, village rename): the list reads them again. */
    private void reloadChildren() {
        if (childrenAtStart.childrenChanged(children != null) == ChildrenAtStart.ListAction.READ_AGAIN) {
            children.reloadChildren();
        }
    }

    private void fillChildren(ChildrenAtStart.ListAction action) {
        switch (action) {
            case SHOW_READ -> children.show(childrenAtStart.read());
            case READ_AGAIN -> children.loadInBackground();
            case WAIT -> {
                // the start read fills it, or it reads when first shown
            }
        }
    }

    public ChildrenView children() {
        if (children == null) {
            children = new ChildrenView(services, store);
            children.setOpenAbuseCase(this::openCase);
            children.setOnSaved(childrenAtStart::listSaved);
            fillChildren(childrenAtStart.listBuilt());
        }
        return children;
    }

    HcdbView hcdb() {
        if (hcdb == null) {
            hcdb = new HcdbView(services, store, (child, onClosed) -> children().openHcdb(window(), child, onClosed));
        }
        return hcdb;
    }

    AbuseView abuse() {
        if (abuse == null) {
            abuse = new AbuseView(services, store, this::reloadChildren);
        }
        return abuse;
    }

    public InjuryView injury() {
        if (injury == null) {
            InjuryRegisterModel injuries = new InjuryRegisterModel(store);
            injury = new InjuryView(services, injuries, this::reloadChildren);
            injury.setQuickEntry(window -> InjuryQuickEntryView.open(services, injuries, window, () -> {
                injury.refresh();
                reloadChildren(); // a death may have been recorded
            }));
        }
        return injury;
    }

    private SettingsView settings() {
        if (settings == null) {
            settings = new SettingsView(services, store, this::reloadChildren);
        }
        return settings;
    }

    private BackupsView backups() {
        if (backups == null) {
            backups = new BackupsView(services, store, () -> {
                stopTimers();
                afterRestore.run();
            });
        }
        return backups;
    }

    public ReportView reports() {
        if (reports == null) {
            reports = new ReportView(services, store, (owner, child, onClosed) -> children().openChild(owner, child, onClosed),
                    this::openCase);
        }
        return reports;
    }

    /** Opens an abuse case (from Today or a child's record): the Xâm hại page, then the case. */
    private void openCase(long caseId) {
        navAbuse.setSelected(true);
        abuse().openCase(caseId);
    }

    /** The setting, read again at most once a minute (the timer restarts on every mouse move). */
    private int idleMinutes() {
        long now = System.nanoTime();
        if (idleMinutesReadAt == 0 || now - idleMinutesReadAt > 60_000_000_000L) {
            try {
                idleMinutes = store.settings().idleLockMinutes();
            } catch (RuntimeException e) {
                ErrorMessages.describe(e);
            }
            idleMinutesReadAt = now;
        }
        return idleMinutes;
    }

    private void show(Node page) {
        StackPane.setAlignment(page, Pos.TOP_LEFT);
        content.getChildren().setAll(page);
    }

    Parent root() {
        return root;
    }

    /** The main window, owner of the records other pages open (the idle lock hides what it owns). */
    private javafx.stage.Window window() {
        return Views.windowOf(root);
    }

    /**
     * Ctrl+N receives a new case on the abuse page, adds an injury on the TNTT page and a child
     * everywhere else (on the children list); Ctrl+F searches the children list. Nothing while locked.
     */
    void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (lockView.lock().isLocked()) {
                return;
            }
            if (navAbuse.isSelected()) {
                abuse().newCase();
            } else if (navInjury.isSelected()) {
                injury().add();
            } else if (children().canEdit()) {
                navChildren.setSelected(true);
                children().addChild();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (lockView.lock().isLocked()) {
                return;
            }
            navChildren.setSelected(true);
            children().focusSearch();
        });
    }

    /** Where the keyboard starts: the Today page's list of things to do. */
    void focusPage() {
        today.focus();
    }

    /** The idle lock, the Today page's countdown and the hourly check for the daily backup. */
    void startTimers(Stage stage) {
        timersRunning = true;
        lockView.start(stage);
        today.startClock();
        javafx.util.Duration every = services.dailyBackupCheck();
        if (every != null && every.greaterThan(javafx.util.Duration.ZERO)) {
            dailyBackup = new Timeline(new KeyFrame(every, e -> dailyBackupIfDue()));
            dailyBackup.setCycleCount(Timeline.INDEFINITE);
            dailyBackup.play();
        }
    }

    void stopTimers() {
        timersRunning = false;
        lockView.stop();
        today.stopClock();
        if (dailyBackup != null) {
            dailyBackup.stop();
            dailyBackup = null;
        }
    }

    /** Takes the day's automatic backup in the background when none was taken today. */
    void dailyBackupIfDue() {
        if (backupRunning) {
            return;
        }
        backupRunning = true;
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() {
                if (!Backups.dueToday(store.folder())) {
                    return false;
                }
                Backups.createInRotation(store, Backups.DAILY, vn.sotreem.domain.common.Progress.NONE);
                return true;
            }
        };
        task.setOnSucceeded(e -> {
            backupRunning = false;
            if (task.getValue()) {
                statusBackup.getStyleClass().remove("msg-error");
                statusBackup.setText("Đã sao lưu tự động lúc " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm")));
                if (backups != null) {
                    backups.refresh();
                }
            }
        });
        task.setOnFailed(e -> {
            backupRunning = false;
            statusBackup.setText("Sao lưu tự động không thành công: " + ErrorMessages.describe(task.getException()));
        });
        services.runner().start(task);
    }

    public TodayView today() {
        return today;
    }

    /** How many pages exist so far (Today at start; each other page from its first visit). */
    long pagesBuilt() {
        return java.util.stream.Stream.of(today, children, hcdb, abuse, injury, reports, backups, settings)
                .filter(java.util.Objects::nonNull).count();
    }

    IdleLock idleLock() {
        return lockView.lock();
    }
}
