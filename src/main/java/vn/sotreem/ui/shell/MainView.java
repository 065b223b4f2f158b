package vn.sotreem.ui.shell;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.sotreem.ui.child.ChildrenView;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.Page;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;
import vn.sotreem.ui.injury.InjuryView;
import vn.sotreem.ui.report.ReportView;
import vn.sotreem.ui.settings.BackupsView;
import vn.sotreem.ui.today.TodayView;

/**
 * The main window: navigation rail, the current page, and a status line with the user and role;
 * the idle lock over all of it; the hourly check for the daily automatic backup. Each navigation
 * entry shows one {@link Page} ({@link Pages} makes them); the register is reached only through
 * {@link MainModel}.
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
    private final MainModel model;
    private final Runnable afterRestore;
    private final Parent page;
    private final StackPane root;
    private final LockView lockView;
    // The pages other than Today are built on their first visit (or when another page needs them);
    // the Today page itself joins after the window's first frame, which shows only its frame and "Đang tải…".
    private final Pages pages;
    private final Map<Toggle, Page> byToggle = new HashMap<>();
    private Timeline dailyBackup;
    private boolean timersRunning;
    private boolean backupRunning;

    MainView(UiServices services, MainModel model, Runnable afterRestore) {
        this.services = services;
        this.model = model;
        this.afterRestore = afterRestore;
        this.page = Views.load("MainView.fxml", this);
        this.pages = new Pages(services, model, new Pages.Shell() {
            @Override
            public void openCase(long caseId) {
                MainView.this.openCase(caseId);
            }

            @Override
            public javafx.stage.Window window() {
                return MainView.this.window();
            }

            @Override
            public void afterRestore() {
                stopTimers();
                MainView.this.afterRestore.run();
            }
        });
        TodayView today = pages.today();
        this.root = new StackPane(page);
        this.lockView = new LockView(services, model.lock(), model::idleMinutes, root, page);
        lockView.lock().lockedProperty().addListener((o, was, locked) -> {
            if (locked) {
                today.stopClock(); // nothing read from the register behind the lock
            } else if (timersRunning) {
                today.startClock();
            }
        });
        statusCommune.setText(model.placeText());
        statusUser.setText(model.userText());
        statusPeriod.setText("Tháng " + services.today().get().format(DateTimeFormatter.ofPattern("MM/yyyy")));
        byToggle.put(navToday, pages.todayPage());
        byToggle.put(navChildren, pages.childrenPage());
        byToggle.put(navSpecial, pages.hcdbPage());
        byToggle.put(navAbuse, pages.abusePage());
        byToggle.put(navInjury, pages.injuryPage());
        byToggle.put(navReports, pages.reportsPage());
        byToggle.put(navBackup, pages.backupsPage());
        byToggle.put(navSettings, pages.settingsPage());
        navGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one entry stays selected
                return;
            }
            Page shown = byToggle.get(now);
            show(shown.root());
            shown.shown();
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
        TodayView today = pages.today();
        BackgroundTask.of(() -> model.readAtStart(at))
                .named(MainModel.START_READ)
                .onSuccess(read -> {
                    today.show(read.today());
                    pages.childrenRead(read.sortedChildren());
                })
                .onFailure(error -> {
                    ErrorMessages.describe(error); // logged
                    today.refresh(); // tries again on its own, with a message if the register cannot be read
                    pages.childrenReadFailed();
                })
                .run(services.runner());
        today.attachWhileLoading();
    }

    public ChildrenView children() {
        return pages.children();
    }

    public InjuryView injury() {
        return pages.injury();
    }

    public ReportView reports() {
        return pages.reports();
    }

    /** Opens an abuse case (from Today or a child's record): the Xâm hại page, then the case. */
    private void openCase(long caseId) {
        navAbuse.setSelected(true);
        pages.abuse().openCase(caseId);
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
                pages.abuse().newCase();
            } else if (navInjury.isSelected()) {
                pages.injury().add();
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
        pages.today().focus();
    }

    /** The idle lock, the Today page's countdown and the hourly check for the daily backup. */
    void startTimers(Stage stage) {
        timersRunning = true;
        lockView.start(stage);
        pages.today().startClock();
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
        pages.today().stopClock();
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
        BackgroundTask.of(model::backUpIfDue)
                .onSuccess(taken -> {
                    if (taken) {
                        statusBackup.getStyleClass().remove("msg-error");
                        statusBackup.setText("Đã sao lưu tự động lúc " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm")));
                        BackupsView backups = pages.backupsIfBuilt();
                        if (backups != null) {
                            backups.refresh();
                        }
                    }
                })
                .onFailure(error -> statusBackup.setText("Sao lưu tự động không thành công: " + ErrorMessages.describe(error)))
                .onFinished(() -> backupRunning = false)
                .run(services.runner());
    }

    public TodayView today() {
        return pages.today();
    }

    /** How many pages exist so far (Today at start; each other page from its first visit). */
    long pagesBuilt() {
        return pages.built();
    }

    IdleLock idleLock() {
        return lockView.lock();
    }
}
