package vn.sotreem.ui.today;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.sotreem.domain.report.AgeOut;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.report.MonthActivity;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.LoadingPane;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Nav rail "Hôm nay", the page shown after login: the emergency countdowns, the case deadlines to
 * act on, the month's counts and the children turning 16 soon. The countdowns and deadlines are
 * read again every {@link #TICK} while the clock runs (stopped while the window is locked).
 */
public final class TodayView {

    static final Duration TICK = Duration.seconds(30);
    public static final String READ_FAILED = "Không đọc được số liệu của sổ. Bấm “Hôm nay” để thử lại.";

    @FXML
    private Label dateLabel;
    @FXML
    private Label todayViewerNote;
    @FXML
    private Label recoveryKeyWarning;
    @FXML
    private VBox emergencyBox;
    @FXML
    private TableView<TodayModel.Task> taskTable;
    @FXML
    private TableColumn<TodayModel.Task, String> codeColumn;
    @FXML
    private TableColumn<TodayModel.Task, String> childrenColumn;
    @FXML
    private TableColumn<TodayModel.Task, String> stepColumn;
    @FXML
    private TableColumn<TodayModel.Task, String> dueColumn;
    @FXML
    private TableColumn<TodayModel.Task, String> stateColumn;
    @FXML
    private TableColumn<TodayModel.Task, String> remainingColumn;
    @FXML
    private Label taskHint;
    @FXML
    private Label monthTitle;
    @FXML
    private FlowPane monthPane;
    @FXML
    private Label turningTitle;
    @FXML
    private TableView<TodayModel.TurningSixteen> turningTable;
    @FXML
    private TableColumn<TodayModel.TurningSixteen, String> turningNameColumn;
    @FXML
    private TableColumn<TodayModel.TurningSixteen, String> turningDateColumn;
    @FXML
    private TableColumn<TodayModel.TurningSixteen, String> turningGroupsColumn;

    private final UiServices services;
    private final LongConsumer openCase;
    private final BiConsumer<Child, Runnable> openChild;
    private final boolean canOpenCases;
    private final TodayModel model;
    private final LoadingPane loading;
    private Timeline clock;
    /** Counts the background reads, so that only the latest one is shown. */
    private int reads;
    /** Focus was asked for while the page was still loading: the task list takes it once filled. */
    private boolean focusWhenFilled;

    /**
     * {@code openCase} opens an abuse case by id (for accounts that may see cases);
     * {@code openChild} opens a child's record and runs the given action when it closes.
     */
    public TodayView(UiServices services, TodayModel model, LongConsumer openCase, BiConsumer<Child, Runnable> openChild) {
        this.services = services;
        this.openCase = openCase;
        this.openChild = openChild;
        this.model = model;
        this.canOpenCases = model.canOpenCases();
        // The page itself is built when it joins the window, after the window's first frame.
        this.loading = new LoadingPane(this::buildPage);
    }

    private Parent buildPage() {
        Parent page = Views.load("TodayView.fxml", this);
        todayViewerNote.setVisible(!canOpenCases);
        todayViewerNote.setManaged(!canOpenCases);
        setUpTasks();
        setUpTurningSixteen();
        return page;
    }

    public Parent root() {
        return loading.root();
    }

    /** Styles the page, still hidden, while its figures are read (after the window's first frame). */
    public void attachWhileLoading() {
        loading.attach();
    }

    /** True until the first figures are shown ("Đang tải…" in place of the page). */
    boolean loading() {
        return loading.isLoading();
    }

    private static <T> void col(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    private void setUpTasks() {
        col(codeColumn, TodayModel.Task::caseCode);
        col(childrenColumn, TodayModel.Task::children);
        col(stepColumn, t -> t.deadline().label());
        col(dueColumn, TodayModel.Task::dueText);
        col(stateColumn, TodayModel.Task::stateText);
        col(remainingColumn, TodayModel.Task::remaining);
        stateColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().removeAll("state-overdue", "state-due-soon");
                if (!empty && text != null) {
                    getStyleClass().add(Deadline.State.OVERDUE.label().equals(text) ? "state-overdue" : "state-due-soon");
                }
            }
        });
        taskTable.setPlaceholder(new Label(TodayModel.NO_TASKS));
        taskTable.setRowFactory(t -> {
            TableRow<TodayModel.Task> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().caseId());
                }
            });
            return row;
        });
        taskTable.setOnKeyPressed(e -> {
            TodayModel.Task selected = taskTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                open(selected.caseId());
            }
        });
    }

    private void setUpTurningSixteen() {
        col(turningNameColumn, r -> r.child().getFullName());
        col(turningDateColumn, r -> DateText.format(r.sixteenth()));
        col(turningGroupsColumn, r -> r.openMemberships() == 0 ? "—" : Integer.toString(r.openMemberships()));
        turningGroupsColumn.setStyle("-fx-alignment: CENTER;");
        Label empty = new Label(TodayModel.NO_TURNING_SIXTEEN);
        empty.setWrapText(true);
        turningTable.setPlaceholder(empty);
        turningTable.setRowFactory(t -> {
            TableRow<TodayModel.TurningSixteen> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openChild.accept(row.getItem().child(), this::refresh);
                }
            });
            return row;
        });
        turningTitle.setText("Sắp đủ 16 tuổi (trong " + AgeOut.NOTICE_DAYS + " ngày tới)");
    }

    private void open(long caseId) {
        if (canOpenCases) {
            openCase.accept(caseId);
        }
    }

    /**
     * Reads everything again in the background (on showing the page and after changes elsewhere);
     * the figures shown stay until the new ones come.
     */
    public void refresh() {
        read(true);
    }

    /** {@code tellFailure}: a failure is shown in a message box, else only logged (the clock's reads at midnight). */
    private void read(boolean tellFailure) {
        int read = ++reads;
        LocalDateTime at = model.clockNow();
        BackgroundTask.of(() -> model.readAt(at)).onSuccess(figures -> {
            if (read == reads) {
                show(figures);
            }
        }).onFailure(error -> {
            if (read == reads) {
                if (loading.isLoading()) { // nothing shown yet: say so rather than show empty figures
                    loading.showFailure(READ_FAILED);
                }
                String message = ErrorMessages.describe(error);
                if (tellFailure) {
                    services.dialogs().showError(window(), message);
                }
            }
        }).run(services.runner());
    }

    /** Shows figures read in the background (the main window's start read shares its children with the list). */
    public void show(TodayModel.Figures figures) {
        model.show(figures);
        loading.attach();
        showAll();
        loading.setLoading(false);
        if (focusWhenFilled) {
            focusWhenFilled = false;
            taskTable.requestFocus(); // nothing if another page is shown by now
        }
    }

    private javafx.stage.Window window() {
        return Views.windowOf(root());
    }

    /** One tick of the clock: the countdowns and deadlines at the new time (everything on a new day). */
    void tick() {
        if (loading.isLoading()) {
            return; // the first read brings the deadlines too
        }
        LocalDateTime at = model.clockNow();
        if (!model.withinDayShown(at)) {
            read(false); // every child is read again, in the background; a failure is retried next tick
            return;
        }
        int read = reads; // a whole read started since brings newer deadlines
        BackgroundTask.of(() -> model.casesAt(at)).onSuccess(cases -> {
            if (read == reads && model.withinDayShown(at)) {
                model.showDeadlines(at, cases);
                showDeadlines();
            }
        }).onFailure(ErrorMessages::describe) // logged; the next tick tries again, no message box every 30 s
                .run(services.runner());
    }

    private void showAll() {
        boolean missingKey = model.missingRecoveryKey();
        recoveryKeyWarning.setVisible(missingKey);
        recoveryKeyWarning.setManaged(missingKey);
        showDeadlines();
        showMonth(model.month());
        turningTable.getItems().setAll(model.turningSixteen());
        LocalDate today = model.now().toLocalDate();
        dateLabel.setText(capitalized(today.format(DateTimeFormatter.ofPattern("EEEE", Locale.forLanguageTag("vi-VN"))))
                + ", " + DateText.format(today));
    }

    private void showDeadlines() {
        TodayModel.Task selected = taskTable.getSelectionModel().getSelectedItem();
        taskTable.getItems().setAll(model.tasks());
        if (selected != null) {
            model.tasks().stream().filter(t -> t.caseId() == selected.caseId() && t.deadline().label().equals(selected.deadline().label()))
                    .findFirst().ifPresent(t -> taskTable.getSelectionModel().select(t));
        }
        boolean hint = canOpenCases && !model.tasks().isEmpty();
        taskHint.setVisible(hint);
        taskHint.setManaged(hint);
        List<TodayModel.Countdown> countdowns = model.countdowns();
        emergencyBox.getChildren().setAll(countdowns.stream().map(this::card).toList());
        emergencyBox.setVisible(!countdowns.isEmpty());
        emergencyBox.setManaged(!countdowns.isEmpty());
    }

    private Region card(TodayModel.Countdown countdown) {
        Label text = new Label(countdown.text());
        text.getStyleClass().add("emergency-countdown");
        text.setWrapText(true);
        Label detail = new Label(countdown.detailText());
        detail.getStyleClass().add("emergency-detail");
        VBox texts = new VBox(2, text, detail);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox card = new HBox(12, texts);
        card.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        card.getStyleClass().addAll("emergency-card", countdown.overdue() ? "overdue" : "running");
        card.setId("emergency_" + countdown.caseCode());
        if (canOpenCases) {
            Button open = new Button("Mở vụ việc");
            open.setOnAction(e -> open(countdown.caseId()));
            card.getChildren().add(open);
        }
        return card;
    }

    private void showMonth(MonthActivity month) {
        monthTitle.setText("Trong tháng " + month.month().format(DateTimeFormatter.ofPattern("MM/yyyy")));
        monthPane.getChildren().setAll(
                tile("month_abuse", Integer.toString(month.abuseCasesReceived()), "Vụ xâm hại tiếp nhận"),
                tile("month_children", Integer.toString(month.childrenEntered()), "Trẻ vào sổ"),
                tile("month_memberships", Integer.toString(month.membershipsStarted()), "Lượt vào diện HCĐB"),
                tile("month_supports", Integer.toString(month.supportsGiven()), "Lượt trợ giúp"),
                tile("month_injuries", Integer.toString(month.injuries()), "Lượt trẻ bị tai nạn, thương tích"));
    }

    private static Region tile(String id, String number, String caption) {
        Label value = new Label(number);
        value.setId(id);
        value.getStyleClass().add("month-number");
        Label text = new Label(caption);
        text.getStyleClass().add("muted");
        text.setWrapText(true);
        VBox tile = new VBox(0, value, text);
        tile.getStyleClass().add("month-tile");
        return tile;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Starts the countdown (when the window opens and after unlocking), with a tick at once. */
    public void startClock() {
        stopClock();
        tick();
        clock = new Timeline(new KeyFrame(TICK, e -> tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    /** Stops the countdown (while locked, on closing, before a restore). */
    public void stopClock() {
        if (clock != null) {
            clock.stop();
            clock = null;
        }
    }

    boolean clockRunning() {
        return clock != null;
    }

    /** Puts the keyboard on the task list (Enter opens a case); while loading, once it is filled. */
    public void focus() {
        if (loading.isLoading()) {
            focusWhenFilled = true;
        } else {
            taskTable.requestFocus();
        }
    }
}
