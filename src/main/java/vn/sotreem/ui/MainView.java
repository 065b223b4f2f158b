package vn.sotreem.ui;

import java.time.LocalTime;
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
import vn.sotreem.domain.Role;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.RegisterStore;

/**
 * The main window: navigation rail, the current page, and a status line with the user and role;
 * the idle lock over all of it; the hourly check for the daily automatic backup.
 */
final class MainView {

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
    private final Parent page;
    private final StackPane root;
    private final TodayView today;
    private final ChildrenView children;
    private final SettingsView settings;
    private final BackupsView backups;
    private final HcdbView hcdb;
    private final AbuseView abuse;
    private final InjuryView injury;
    private final ReportView reports;
    private final LockView lockView;
    private Timeline dailyBackup;
    private boolean timersRunning;
    private boolean backupRunning;
    private int idleMinutes = 10;
    private long idleMinutesReadAt;

    MainView(UiServices services, OpenedRegister opened, Runnable afterRestore) {
        this.services = services;
        this.store = opened.store();
        this.page = Views.load("MainView.fxml", this);
        Role role = store.currentAccount().role();
        this.children = new ChildrenView(services, store, opened.children());
        this.hcdb = new HcdbView(services, store, children::openHcdb);
        this.abuse = new AbuseView(services, store, children::reloadChildren);
        children.setOpenAbuseCase(this::openCase);
        this.injury = new InjuryView(services, store, children::reloadChildren);
        injury.setQuickEntry(window -> new InjuryQuickEntryView(services, store).show(window, () -> {
            injury.refresh();
            children.reloadChildren(); // a death may have been recorded
        }));
        this.settings = new SettingsView(services, store, children::reloadAfterVillageChange);
        this.backups = new BackupsView(services, store, () -> {
            stopTimers();
            afterRestore.run();
        });
        this.today = new TodayView(services, store, this::openCase, children::openHcdb);
        this.reports = new ReportView(services, store, children::openChild, this::openCase);
        this.lockView = new LockView(services, store, this::idleMinutes, page);
        lockView.lock().lockedProperty().addListener((o, was, locked) -> {
            if (locked) {
                today.stopClock(); // nothing read from the register behind the lock
            } else if (timersRunning) {
                today.startClock();
            }
        });
        this.root = new StackPane(page, lockView.root());
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
                show(children.root());
            } else if (now == navSpecial) {
                hcdb.refresh();
                show(hcdb.root());
            } else if (now == navAbuse) {
                abuse.refresh();
                show(abuse.root());
            } else if (now == navInjury) {
                injury.refresh();
                show(injury.root());
            } else if (now == navSettings) {
                settings.refresh();
                show(settings.root());
            } else if (now == navBackup) {
                backups.refresh();
                show(backups.root());
            } else if (now == navReports) {
                show(reports.root());
                reports.refresh();
            }
        });
        today.refresh();
        show(today.root());
    }

    /** Opens an abuse case (from Today or a child's record): the Xâm hại page, then the case. */
    private void openCase(long caseId) {
        navAbuse.setSelected(true);
        abuse.openCase(caseId);
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

    void installShortcuts(Scene scene) {
        children.installShortcuts(scene, () -> navChildren.setSelected(true), lockView.lock()::isLocked);
        // Ctrl+N receives a new case on the abuse page, adds an injury on the TNTT page and a child everywhere else.
        KeyCodeCombination ctrlN = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        Runnable addChild = scene.getAccelerators().get(ctrlN);
        scene.getAccelerators().put(ctrlN, () -> {
            if (!navAbuse.isSelected() && !navInjury.isSelected()) {
                addChild.run();
            } else if (lockView.lock().isLocked()) {
                return;
            } else if (navAbuse.isSelected()) {
                abuse.newCase();
            } else {
                injury.add();
            }
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
                Backups.createInRotation(store, Backups.DAILY, vn.sotreem.domain.Progress.NONE);
                return true;
            }
        };
        task.setOnSucceeded(e -> {
            backupRunning = false;
            if (task.getValue()) {
                statusBackup.getStyleClass().remove("msg-error");
                statusBackup.setText("Đã sao lưu tự động lúc " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm")));
                backups.refresh();
            }
        });
        task.setOnFailed(e -> {
            backupRunning = false;
            statusBackup.setText("Sao lưu tự động không thành công: " + ErrorMessages.describe(task.getException()));
        });
        services.runner().start(task);
    }

    TodayView today() {
        return today;
    }

    AbuseView abuse() {
        return abuse;
    }

    InjuryView injury() {
        return injury;
    }

    HcdbView hcdb() {
        return hcdb;
    }

    ChildrenView children() {
        return children;
    }

    ReportView reports() {
        return reports;
    }

    IdleLock idleLock() {
        return lockView.lock();
    }
}
