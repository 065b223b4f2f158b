package vn.sotreem.ui.abuse.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.ui.common.Dialogs;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.hcdb.SupportFormModel;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The "Quy trình xử lý" tab of an abuse case (NĐ 56/2017 Điều 25–32): the timeline of the
 * procedure with its time limits and a live countdown for an emergency, the next step to record,
 * the temporary separation (Mẫu 07), the current support plan (Mẫu 04) and the reviews (Mẫu 06).
 *
 * <p>It edits the case form's working copy in place and saves nothing: the form saves the whole
 * case. Before saving, the form should ask {@link #problems()}: text that does not read (a date,
 * a cost) is left empty in the working copy and reported there.
 */
public final class CaseProcedurePane {

    /** How often the deadlines and the 12-hour countdown are recomputed while the pane is shown. */
    static final Duration TICK = Duration.seconds(30);

    @FXML
    private ScrollPane scroll;
    @FXML
    private Label clockLabel;
    @FXML
    private Label stepsNotice;
    @FXML
    private VBox timelineBox;
    @FXML
    private VBox nextStepSection;
    @FXML
    private Label closedLabel;
    @FXML
    private VBox stepForm;
    @FXML
    private ComboBox<CaseStep> stepBox;
    @FXML
    private TextField stepDateField;
    @FXML
    private Label stepTimeLabel;
    @FXML
    private TextField stepTimeField;
    @FXML
    private Label stepTimeHint;
    @FXML
    private TextField stepActorField;
    @FXML
    private HBox riskRow;
    @FXML
    private ToggleGroup riskGroup;
    @FXML
    private RadioButton riskHigh;
    @FXML
    private RadioButton riskMedium;
    @FXML
    private RadioButton riskLow;
    @FXML
    private TextField stepNoteField;
    @FXML
    private Label stepMessage;
    @FXML
    private Button recordStepButton;
    @FXML
    private Label stepDoneLabel;
    @FXML
    private Button removeStepButton;
    @FXML
    private CheckBox separatedBox;
    @FXML
    private VBox separationFields;
    @FXML
    private TextField sepFromField;
    @FXML
    private Label sepLimitLabel;
    @FXML
    private TextField sepPlacementField;
    @FXML
    private TextField sepEndedField;
    @FXML
    private CheckBox sepExtendedBox;
    @FXML
    private Label sepMessage;
    @FXML
    private Label planTitle;
    @FXML
    private Button addPlanRowButton;
    @FXML
    private GridPane planGrid;
    @FXML
    private Label planEmptyLabel;
    @FXML
    private Label planTotalLabel;
    @FXML
    private Label planMessage;
    @FXML
    private VBox earlierPlansBox;
    @FXML
    private TableView<PlanItem> earlierPlanTable;
    @FXML
    private TableColumn<PlanItem, String> earlierNumberColumn;
    @FXML
    private TableColumn<PlanItem, String> earlierTaskColumn;
    @FXML
    private TableColumn<PlanItem, String> earlierResponsibleColumn;
    @FXML
    private TableColumn<PlanItem, String> earlierProviderColumn;
    @FXML
    private TableColumn<PlanItem, String> earlierStartColumn;
    @FXML
    private TableColumn<PlanItem, String> earlierEndColumn;
    @FXML
    private TableColumn<PlanItem, String> earlierCostColumn;
    @FXML
    private VBox reviewsBox;

    private final Dialogs dialogs;
    private final Supplier<LocalDateTime> clock;
    private final Parent root;
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));

    private CaseProcedureModel model;
    private CasePlanModel plan;
    private CaseReviewModel reviews;
    private Map<Long, Child> children = Map.of();
    private boolean readOnly;
    private boolean loading;
    private boolean stepTouched;
    private Runnable onChange = () -> { };

    private final List<PlanRow> planRows = new ArrayList<>();
    private int shownPlanNumber;
    private final Map<Long, ReviewCard> reviewCards = new LinkedHashMap<>();
    private List<Problem> separationProblems = List.of();
    private List<Problem> planProblems = List.of();

    private Window watchedWindow;
    private final ChangeListener<Boolean> showingListener = (o, was, now) -> updateTicker();
    private final ChangeListener<Window> windowListener = (o, was, now) -> watchWindow(now);

    /** With the app's dialogs; the clock is the app's day ({@link UiServices#today()}) at the present hour. */
    public CaseProcedurePane(UiServices services) {
        this(services.dialogs(), services.now());
    }

    /** With a clock of its own, for tests: the countdown and the states of the limits follow it. */
    public CaseProcedurePane(Dialogs dialogs, Supplier<LocalDateTime> clock) {
        this.dialogs = dialogs;
        this.clock = clock;
        this.root = Views.load("CaseProcedurePane.fxml", this);
        root.getStylesheets().add(CaseProcedurePane.class.getResource("CaseProcedurePane.css").toExternalForm());
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, was, now) -> watchScene(was, now));
        bindStepForm();
        bindSeparation();
        bindEarlierPlans();
        for (Label message : new Label[] {stepMessage, sepMessage, planMessage, stepsNotice}) {
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
        }
        stepDoneLabel.managedProperty().bind(stepDoneLabel.textProperty().isNotEmpty());
        scroll.setDisable(true); // until a case is given
    }

    // ---- the public face --------------------------------------------------------------------

    public Node root() {
        return root;
    }

    /** Shows and edits {@code workingCopy} in place; victims appear by their internal id. */
    public void edit(AbuseCase workingCopy, LocalDate today, WorkingDays calendar) {
        edit(workingCopy, Map.of(), today, calendar);
    }

    /**
     * Shows and edits {@code workingCopy} in place. {@code victims} holds the register's record of
     * each victim by child id (the map {@code AbuseCaseRules.validate} takes), for the names on the
     * review forms; a child missing from it is shown by its internal id.
     */
    public void edit(AbuseCase workingCopy, Map<Long, Child> victims, LocalDate today, WorkingDays calendar) {
        this.model = new CaseProcedureModel(workingCopy, today, calendar);
        this.plan = new CasePlanModel(workingCopy);
        this.reviews = new CaseReviewModel(workingCopy, today);
        this.children = Map.copyOf(victims);
        scroll.setDisable(false);
        stepDoneLabel.setText("");
        loadSeparation();
        loadPlan();
        loadReviews();
        resetStepForm();
        refresh();
        applyReadOnly();
        updateTicker();
    }

    /** For roles that may only look: every field read-only, the buttons that change things hidden. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        if (model != null) {
            refresh();
        }
        applyReadOnly();
    }

    /** Runs after each change to the working copy (for the form's "unsaved changes"). */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    /**
     * The errors that must stop the case from being saved: separation, plan rows and reviews whose
     * text does not read or breaks a rule. Each message names its place.
     */
    public List<String> problems() {
        List<String> result = new ArrayList<>();
        separationProblems.stream().filter(Problem::isError).map(p -> "Tạm thời cách ly: " + p.message()).forEach(result::add);
        planProblems.stream().filter(Problem::isError).map(p -> "Kế hoạch hỗ trợ: " + p.message()).forEach(result::add);
        for (ReviewCard card : reviewCards.values()) {
            card.problems.stream().filter(Problem::isError).map(p -> "Rà soát " + card.who + ": " + p.message())
                    .forEach(result::add);
        }
        return result;
    }

    /** Recomputes the timeline and its limits from the clock (the ticker does so every 30 s). */
    void refresh() {
        if (model == null) {
            return;
        }
        LocalDateTime now = clock.get();
        clockLabel.setText("Tính đến " + CaseProcedureModel.whenText(now.toLocalDate(), now.toLocalTime()));
        List<Problem> recorded = model.recordedStepProblems();
        stepsNotice.setText(String.join("\n", recorded.stream().map(Problem::message).toList()));
        timelineBox.getChildren().setAll(model.timeline(now).stream().map(r -> timelineRow(r, now)).toList());
        updateStepForm();
    }

    /** True while the countdown ticks: a case is shown in a window that is showing. */
    boolean isTicking() {
        return ticker.getStatus() == Animation.Status.RUNNING;
    }

    // ---- the ticker -------------------------------------------------------------------------

    private void watchScene(Scene was, Scene now) {
        if (was != null) {
            was.windowProperty().removeListener(windowListener);
        }
        if (now != null) {
            now.windowProperty().addListener(windowListener);
        }
        watchWindow(now == null ? null : now.getWindow());
    }

    private void watchWindow(Window window) {
        if (watchedWindow != null) {
            watchedWindow.showingProperty().removeListener(showingListener);
        }
        watchedWindow = window;
        if (window != null) {
            window.showingProperty().addListener(showingListener);
        }
        updateTicker();
    }

    /** Ticks only while attached to a showing window: a closed form leaves no timer behind. */
    private void updateTicker() {
        boolean shown = model != null && root.getScene() != null && watchedWindow != null && watchedWindow.isShowing()
                && root.getScene().getWindow() == watchedWindow;
        if (shown && !isTicking()) {
            refresh();
            ticker.play();
        } else if (!shown && isTicking()) {
            ticker.stop();
        }
    }

    private void tick() {
        // In a tab that is not selected nobody sees the countdown: skip the work until it is.
        for (Node n = root; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return;
            }
        }
        refresh();
    }

    // ---- timeline ---------------------------------------------------------------------------

    private Node timelineRow(CaseProcedureModel.TimelineRow row, LocalDateTime now) {
        Label marker = new Label(switch (row.kind()) {
            case DONE -> "✓";
            case CURRENT -> "●";
            case UPCOMING -> "○";
        });
        marker.getStyleClass().add("timeline-marker");
        Label step = new Label(row.step().label());
        step.getStyleClass().add("timeline-step");
        step.setWrapText(true);
        HBox title = new HBox(8, step);
        title.setAlignment(Pos.BASELINE_LEFT);
        if (!row.step().form().isEmpty()) {
            Label form = new Label(row.step().form());
            form.getStyleClass().add("muted");
            title.getChildren().add(form);
        }
        if (row.kind() == CaseProcedureModel.RowKind.CURRENT) {
            Label chip = new Label("Hiện tại");
            chip.getStyleClass().add("current-chip");
            title.getChildren().add(chip);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        title.getChildren().add(gap);
        VBox body = new VBox(2, title);
        CaseStepRecord r = row.record();
        if (r != null) {
            Label when = new Label(CaseProcedureModel.whenText(r.date(), r.time()));
            when.getStyleClass().add("timeline-when");
            title.getChildren().add(when);
            List<String> details = new ArrayList<>();
            if (r.actor() != null) {
                details.add((row.step() == CaseStep.RECEIVED ? "Người tiếp nhận: " : "Người thực hiện: ") + r.actor());
            }
            if (r.risk() != null) {
                details.add("Mức nguy cơ: " + r.risk().label());
            }
            if (r.note() != null) {
                details.add(row.step() == CaseStep.RECEIVED ? r.note() : "Ghi chú: " + r.note());
            }
            if (!details.isEmpty()) {
                Label detail = new Label(String.join(" · ", details));
                detail.getStyleClass().add("timeline-detail");
                detail.setWrapText(true);
                body.getChildren().add(detail);
            }
        }
        for (Deadline d : row.deadlines()) {
            body.getChildren().add(deadline(d, now));
        }
        HBox line = new HBox(10, marker, body);
        HBox.setHgrow(body, Priority.ALWAYS);
        line.getStyleClass().addAll("timeline-row", "timeline-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
        line.setId("timeline-" + row.step().code() + (r == null ? "-ahead" : ""));
        return line;
    }

    private static Node deadline(Deadline d, LocalDateTime now) {
        Label state = new Label(d.state().label());
        state.getStyleClass().add("deadline-state");
        state.setMinWidth(Region.USE_PREF_SIZE); // the state chip never shrinks to "…"
        Label text = new Label(d.label() + ": " + CaseProcedureModel.dueText(d));
        text.getStyleClass().add("deadline-text");
        text.setWrapText(true);
        HBox line = new HBox(8, state, text);
        line.setAlignment(Pos.CENTER_LEFT);
        String countdown = CaseProcedureModel.countdown(d, now);
        if (!countdown.isEmpty()) {
            Label left = new Label(countdown);
            left.getStyleClass().add("deadline-countdown");
            left.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(left);
        }
        line.getStyleClass().addAll("deadline", "deadline-" + d.state().code().replace('_', '-'));
        return line;
    }

    // ---- next step --------------------------------------------------------------------------

    private void bindStepForm() {
        riskHigh.setUserData(RiskLevel.HIGH);
        riskMedium.setUserData(RiskLevel.MEDIUM);
        riskLow.setUserData(RiskLevel.LOW);
        stepBox.valueProperty().addListener((o, was, now) -> {
            boolean risk = CaseProcedureModel.needsRisk(now);
            riskRow.setVisible(risk);
            riskRow.setManaged(risk);
            boolean emergency = now == CaseStep.EMERGENCY;
            stepTimeLabel.setText(emergency ? "Giờ *" : "Giờ");
            stepTimeHint.setText(emergency ? "Bắt buộc: can thiệp khẩn cấp trong 12 giờ kể từ khi tiếp nhận." : "");
            stepTouched();
        });
        for (TextField field : new TextField[] {stepDateField, stepTimeField, stepActorField, stepNoteField}) {
            field.textProperty().addListener((o, was, now) -> stepTouched());
        }
        riskGroup.selectedToggleProperty().addListener((o, was, now) -> stepTouched());
        stepTimeField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                TimeText.parse(stepTimeField.getText())
                        .ifPresent(t -> stepTimeField.setText(TimeText.format(t)));
            }
        });
    }

    private void stepTouched() {
        if (!loading) {
            stepTouched = true;
            stepDoneLabel.setText("");
        }
        validateStep();
    }

    private CaseProcedureModel.StepInput stepInput() {
        RiskLevel risk = riskGroup.getSelectedToggle() == null ? null : (RiskLevel) riskGroup.getSelectedToggle().getUserData();
        return new CaseProcedureModel.StepInput(stepBox.getValue(), stepDateField.getText(), stepTimeField.getText(),
                stepActorField.getText(), risk, stepNoteField.getText());
    }

    private void validateStep() {
        if (model == null || loading) {
            return;
        }
        show(stepMessage, stepTouched ? model.stepProblems(stepInput()) : List.of());
    }

    /** Fills the form for the step after the current state: the usual one, today, the same person. */
    private void resetStepForm() {
        loading = true;
        stepBox.getItems().setAll(model.allowedSteps());
        stepBox.setValue(model.suggestedStep());
        stepDateField.setText(DateText.format(model.today()));
        stepTimeField.setText("");
        stepActorField.setText(model.suggestedActor());
        riskGroup.selectToggle(null);
        stepNoteField.setText("");
        loading = false;
        stepTouched = false;
        validateStep();
    }

    private void updateStepForm() {
        boolean open = !model.allowedSteps().isEmpty();
        closedLabel.setVisible(!open);
        closedLabel.setManaged(!open);
        stepForm.setVisible(open);
        stepForm.setManaged(open);
        recordStepButton.setVisible(open);
        recordStepButton.setManaged(open);
        removeStepButton.setDisable(!model.canRemoveLastStep());
        nextStepSection.setVisible(!readOnly);
        nextStepSection.setManaged(!readOnly);
    }

    @FXML
    private void recordStep() {
        if (model == null || readOnly) {
            return;
        }
        stepTouched = true;
        CaseStep step = stepBox.getValue();
        List<Problem> problems = model.record(stepInput());
        if (problems.stream().anyMatch(Problem::isError)) {
            show(stepMessage, problems);
            return;
        }
        changed();
        resetStepForm();
        stepDoneLabel.setText("Đã ghi nhận bước \"" + step.label() + "\". Nhớ lưu hồ sơ để ghi vào sổ.");
    }

    @FXML
    private void removeLastStep() {
        if (model == null || readOnly || !model.canRemoveLastStep()) {
            return;
        }
        if (!dialogs.confirm(window(), model.removeLastStepQuestion(), "Xóa bước")) {
            return;
        }
        model.removeLastStep();
        changed();
        resetStepForm();
        stepDoneLabel.setText("Đã xóa bước cuối. Nhớ lưu hồ sơ để ghi vào sổ.");
    }

    private Window window() {
        return Views.windowOf(root);
    }

    /** After the working copy changed: the plan may have a new number, the limits new states. */
    private void changed() {
        if (plan.planNumber() != shownPlanNumber) {
            loadPlan();
        }
        refresh();
        applyReadOnly();
        onChange.run();
    }

    // ---- separation -------------------------------------------------------------------------

    private void bindSeparation() {
        separationFields.visibleProperty().bind(separatedBox.selectedProperty());
        separationFields.managedProperty().bind(separatedBox.selectedProperty());
        separatedBox.selectedProperty().addListener((o, was, now) -> {
            if (now && !loading && model != null && sepFromField.getText().isBlank()) {
                loading = true; // one change, not two
                sepFromField.setText(DateText.format(model.suggestedSeparationStart()));
                loading = false;
            }
            separationEdited();
        });
        sepExtendedBox.selectedProperty().addListener((o, was, now) -> separationEdited());
        for (TextField field : new TextField[] {sepFromField, sepPlacementField, sepEndedField}) {
            field.textProperty().addListener((o, was, now) -> separationEdited());
        }
    }

    private CaseProcedureModel.SeparationInput separationInput() {
        return new CaseProcedureModel.SeparationInput(separatedBox.isSelected(), sepFromField.getText(),
                sepPlacementField.getText(), sepEndedField.getText(), sepExtendedBox.isSelected());
    }

    private void loadSeparation() {
        loading = true;
        CaseProcedureModel.SeparationInput in = model.separationInput();
        separatedBox.setSelected(in.separated());
        sepFromField.setText(in.from());
        sepPlacementField.setText(in.placement());
        sepEndedField.setText(in.endedOn());
        sepExtendedBox.setSelected(in.extended());
        loading = false;
        separationProblems = model.separationProblems(); // read, not rewritten: opening changes nothing
        show(sepMessage, separationProblems);
        sepLimitLabel.setText(CaseProcedureModel.separationLimitText(in));
    }

    private void separationEdited() {
        if (model == null || loading) {
            return;
        }
        CaseProcedureModel.SeparationInput in = separationInput();
        separationProblems = model.applySeparation(in);
        show(sepMessage, separationProblems);
        sepLimitLabel.setText(CaseProcedureModel.separationLimitText(in));
        refresh();
        onChange.run();
    }

    // ---- plan -------------------------------------------------------------------------------

    /** One editable row of the plan. */
    private final class PlanRow {
        final TextField task = field("Dịch vụ, nhiệm vụ");
        final TextField responsible = field("Người, cơ quan");
        final TextField provider = field("Cơ sở cung cấp");
        final TextField start = field("ngày/tháng/năm");
        final TextField end = field("ngày/tháng/năm");
        final TextField cost = field("đồng");
        final Button remove = new Button("✕");
        final Label number = new Label();

        PlanRow(CasePlanModel.RowInput in) {
            task.setText(in.task());
            responsible.setText(in.responsible());
            provider.setText(in.provider());
            start.setText(in.start());
            end.setText(in.plannedEnd());
            cost.setText(in.cost());
            cost.setAlignment(Pos.CENTER_RIGHT);
            cost.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) { // show what was understood: 1500000 → 1.500.000
                    CasePlanModel.parseCost(cost.getText()).ifPresent(v -> cost.setText(SupportFormModel.formatAmount(v)));
                }
            });
            remove.getStyleClass().addAll("edit-only", "flat");
            remove.setOnAction(e -> removePlanRow(this));
            for (TextField f : fields()) {
                f.textProperty().addListener((o, was, now) -> planEdited());
            }
        }

        TextField[] fields() {
            return new TextField[] {task, responsible, provider, start, end, cost};
        }

        CasePlanModel.RowInput input() {
            return new CasePlanModel.RowInput(task.getText(), responsible.getText(), provider.getText(), start.getText(),
                    end.getText(), cost.getText());
        }

        private TextField field(String prompt) {
            TextField f = new TextField();
            f.setPromptText(prompt);
            f.setMaxWidth(Double.MAX_VALUE);
            return f;
        }
    }

    private void loadPlan() {
        loading = true;
        planRows.clear();
        plan.currentRows().forEach(r -> planRows.add(new PlanRow(r)));
        shownPlanNumber = plan.planNumber();
        planTitle.setText("Kế hoạch hỗ trợ, can thiệp (Mẫu 04)" + (shownPlanNumber > 1 ? " – lần " + shownPlanNumber : ""));
        loading = false;
        layoutPlan();
        planProblems = plan.check(planInputs());
        show(planMessage, planProblems);
        List<PlanItem> earlier = plan.earlierItems();
        earlierPlanTable.getItems().setAll(earlier);
        earlierPlansBox.setVisible(!earlier.isEmpty());
        earlierPlansBox.setManaged(!earlier.isEmpty());
    }

    private List<CasePlanModel.RowInput> planInputs() {
        return planRows.stream().map(PlanRow::input).toList();
    }

    private void layoutPlan() {
        planGrid.getChildren().clear();
        String[] headers = {"", "Dịch vụ, nhiệm vụ *", "Người, cơ quan chịu trách nhiệm", "Cơ sở cung cấp dịch vụ",
                "Bắt đầu", "Dự kiến kết thúc", "Kinh phí (đồng)", ""};
        for (int col = 0; col < headers.length; col++) {
            Label header = new Label(headers[col]);
            header.getStyleClass().add("plan-header");
            header.setWrapText(true);
            planGrid.add(header, col, 0);
        }
        for (int i = 0; i < planRows.size(); i++) {
            PlanRow row = planRows.get(i);
            int n = i + 1;
            row.number.setText(n + ".");
            String[] ids = {"planTask", "planResponsible", "planProvider", "planStart", "planEnd", "planCost"};
            TextField[] fields = row.fields();
            planGrid.add(row.number, 0, n);
            for (int col = 0; col < fields.length; col++) {
                fields[col].setId(ids[col] + n);
                planGrid.add(fields[col], col + 1, n);
            }
            row.remove.setId("planRemove" + n);
            planGrid.add(row.remove, 7, n);
        }
        boolean empty = planRows.isEmpty();
        planGrid.setVisible(!empty);
        planGrid.setManaged(!empty);
        planEmptyLabel.setVisible(empty);
        planEmptyLabel.setManaged(empty);
        planTotalLabel.setText(empty ? "" : CasePlanModel.totalText(planInputs()));
        applyReadOnly();
    }

    private void planEdited() {
        if (plan == null || loading) {
            return;
        }
        List<CasePlanModel.RowInput> inputs = planInputs();
        planProblems = plan.apply(inputs);
        show(planMessage, planProblems);
        planTotalLabel.setText(CasePlanModel.totalText(inputs));
        refresh(); // the planned end times the review reminder
        onChange.run();
    }

    @FXML
    private void addPlanRow() {
        if (plan == null || readOnly) {
            return;
        }
        PlanRow row = new PlanRow(CasePlanModel.RowInput.blank());
        planRows.add(row);
        layoutPlan();
        row.task.requestFocus();
    }

    private void removePlanRow(PlanRow row) {
        if (readOnly) {
            return;
        }
        planRows.remove(row);
        layoutPlan();
        planEdited();
    }

    private void bindEarlierPlans() {
        col(earlierNumberColumn, p -> String.valueOf(p.planNumber()));
        col(earlierTaskColumn, p -> nz(p.task()));
        col(earlierResponsibleColumn, p -> nz(p.responsible()));
        col(earlierProviderColumn, p -> nz(p.provider()));
        col(earlierStartColumn, p -> DateText.format(p.start()));
        col(earlierEndColumn, p -> DateText.format(p.plannedEnd()));
        col(earlierCostColumn, p -> SupportFormModel.formatAmount(p.cost()));
        earlierCostColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    private static <T> void col(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- reviews ----------------------------------------------------------------------------

    /** The Mẫu 06 form of one child. */
    private final class ReviewCard {
        final long childId;
        final String who;
        final VBox box = new VBox(6);
        final TextField date = new TextField();
        final TextField officer = new TextField();
        final Map<ReviewCriterion, ToggleGroup> levels = new EnumMap<>(ReviewCriterion.class);
        final Map<ReviewCriterion, TextField> evidence = new EnumMap<>(ReviewCriterion.class);
        final Label counts = new Label();
        final TextArea conclusion = new TextArea();
        final ToggleGroup recommendation = new ToggleGroup();
        final RadioButton close = new RadioButton("Đề nghị đóng hồ sơ (trẻ an toàn, ổn định)");
        final RadioButton newPlan = new RadioButton("Cần xây dựng kế hoạch mới");
        final Label message = new Label();
        final Button startNew = new Button("Rà soát lần mới");
        List<Problem> problems = List.of();

        ReviewCard(long childId) {
            this.childId = childId;
            this.who = childLabel(childId);
            String id = String.valueOf(childId);
            box.getStyleClass().add("procedure-card");
            box.setId("review" + id);
            Label title = new Label("Trẻ: " + who);
            title.getStyleClass().add("field-label");
            box.getChildren().add(title);
            for (Review earlier : reviews.earlier(childId)) {
                Label line = new Label("Lần trước: " + DateText.format(earlier.date()) + " — "
                        + CaseReviewModel.countsText(CaseReviewModel.ReviewInput.of(earlier)) + " — "
                        + (earlier.closeRecommended() ? "đề nghị đóng hồ sơ" : "cần kế hoạch mới")
                        + (earlier.conclusion() == null ? "" : ": " + earlier.conclusion()));
                line.getStyleClass().add("muted");
                line.setWrapText(true);
                box.getChildren().add(line);
            }
            date.setId("reviewDate" + id);
            date.setPromptText("ngày/tháng/năm");
            date.setPrefWidth(150);
            officer.setId("reviewOfficer" + id);
            officer.setPromptText("Họ tên cán bộ");
            HBox.setHgrow(officer, Priority.ALWAYS);
            officer.setMaxWidth(360);
            Label dateLabel = new Label("Ngày rà soát *");
            dateLabel.getStyleClass().add("field-label");
            dateLabel.setMinWidth(130);
            Label officerLabel = new Label("Cán bộ rà soát");
            officerLabel.getStyleClass().add("field-label");
            officerLabel.setMinWidth(Region.USE_PREF_SIZE);
            HBox head = new HBox(8, dateLabel, date, officerLabel, officer);
            HBox.setMargin(officerLabel, new javafx.geometry.Insets(0, 0, 0, 12));
            head.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(head);

            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(4);
            ColumnConstraints label = new ColumnConstraints(200, 300, 340);
            ColumnConstraints radio = new ColumnConstraints();
            radio.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints text = new ColumnConstraints(150, 260, Double.MAX_VALUE);
            text.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(label, radio, radio, radio, text);
            int row = 0;
            for (ReviewCriterion criterion : ReviewCriterion.values()) {
                Label name = new Label(criterion.label());
                name.setWrapText(true);
                grid.add(name, 0, row);
                ToggleGroup group = new ToggleGroup();
                int col = 1;
                for (RiskLevel level : RiskLevel.values()) {
                    RadioButton b = new RadioButton(level.label());
                    b.setUserData(level);
                    b.setToggleGroup(group);
                    b.setId("review" + id + "-" + criterion.code() + "-" + level.code());
                    grid.add(b, col++, row);
                }
                levels.put(criterion, group);
                TextField why = new TextField();
                why.setPromptText("Căn cứ, nhận xét");
                why.setId("review" + id + "-" + criterion.code() + "-evidence");
                evidence.put(criterion, why);
                grid.add(why, 4, row);
                row++;
            }
            box.getChildren().add(grid);
            counts.setId("reviewCounts" + id);
            counts.getStyleClass().add("review-counts");
            box.getChildren().add(counts);
            Label conclusionLabel = new Label("Kết luận");
            conclusionLabel.getStyleClass().add("field-label");
            conclusion.setId("reviewConclusion" + id);
            conclusion.setPrefRowCount(2);
            conclusion.setWrapText(true);
            box.getChildren().addAll(conclusionLabel, conclusion);
            close.setToggleGroup(recommendation);
            close.setId("reviewClose" + id);
            close.setUserData(Boolean.TRUE);
            newPlan.setToggleGroup(recommendation);
            newPlan.setId("reviewNewPlan" + id);
            newPlan.setUserData(Boolean.FALSE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            startNew.setId("reviewStartNew" + id);
            startNew.getStyleClass().add("edit-only");
            startNew.setOnAction(e -> startNewReview(this));
            HBox choice = new HBox(16, close, newPlan, gap, startNew);
            choice.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(choice);
            message.setId("reviewMessage" + id);
            message.setWrapText(true);
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            box.getChildren().add(message);
            load(reviews.current(childId));
            date.textProperty().addListener((o, was, now) -> edited());
            officer.textProperty().addListener((o, was, now) -> edited());
            conclusion.textProperty().addListener((o, was, now) -> edited());
            recommendation.selectedToggleProperty().addListener((o, was, now) -> edited());
            levels.values().forEach(g -> g.selectedToggleProperty().addListener((o, was, now) -> edited()));
            evidence.values().forEach(f -> f.textProperty().addListener((o, was, now) -> edited()));
        }

        private void load(CaseReviewModel.ReviewInput in) {
            date.setText(in.date());
            officer.setText(in.officer());
            for (ReviewCriterion criterion : ReviewCriterion.values()) {
                RiskLevel level = in.levels().get(criterion);
                ToggleGroup group = levels.get(criterion);
                group.selectToggle(group.getToggles().stream().filter(t -> t.getUserData() == level).findFirst().orElse(null));
                evidence.get(criterion).setText(in.evidence().getOrDefault(criterion, ""));
            }
            conclusion.setText(in.conclusion());
            recommendation.selectToggle(in.closeRecommended() == null ? null
                    : in.closeRecommended() ? close : newPlan);
            boolean blank = in.isBlank();
            problems = blank ? List.of() : reviews.problems(in);
            showState(in);
        }

        CaseReviewModel.ReviewInput input() {
            Map<ReviewCriterion, RiskLevel> chosen = new EnumMap<>(ReviewCriterion.class);
            Map<ReviewCriterion, String> why = new EnumMap<>(ReviewCriterion.class);
            for (ReviewCriterion criterion : ReviewCriterion.values()) {
                if (levels.get(criterion).getSelectedToggle() != null) {
                    chosen.put(criterion, (RiskLevel) levels.get(criterion).getSelectedToggle().getUserData());
                }
                why.put(criterion, evidence.get(criterion).getText());
            }
            Boolean recommended = recommendation.getSelectedToggle() == null ? null
                    : (Boolean) recommendation.getSelectedToggle().getUserData();
            return new CaseReviewModel.ReviewInput(date.getText(), officer.getText(), chosen, why, conclusion.getText(),
                    recommended);
        }

        private void edited() {
            if (loading) {
                return;
            }
            CaseReviewModel.ReviewInput in = input();
            problems = reviews.apply(childId, in);
            showState(in);
            onChange.run();
        }

        private void showState(CaseReviewModel.ReviewInput in) {
            counts.setText("Số tiêu chí tổn hại theo mức — " + CaseReviewModel.countsText(in));
            show(message, problems);
            startNew.setDisable(!reviews.canStartNew(childId, in));
        }
    }

    private String childLabel(long childId) {
        Child child = children.get(childId);
        if (child == null) {
            return "mã nội bộ " + childId;
        }
        return child.getFullName() + (child.getCode() == null ? "" : " (" + child.getCode() + ")");
    }

    private void loadReviews() {
        loading = true;
        reviewCards.clear();
        for (long childId : reviews.childIds()) {
            reviewCards.put(childId, new ReviewCard(childId));
        }
        loading = false;
        if (reviewCards.isEmpty()) {
            Label none = new Label("Vụ việc chưa có trẻ bị xâm hại: thêm trẻ ở tab \"Trẻ bị xâm hại\" trước.");
            none.getStyleClass().add("muted");
            reviewsBox.getChildren().setAll(none);
        } else {
            reviewsBox.getChildren().setAll(reviewCards.values().stream().map(c -> (Node) c.box).toList());
        }
    }

    private void startNewReview(ReviewCard card) {
        if (readOnly) {
            return;
        }
        reviews.startNew(card.childId);
        loading = true;
        ReviewCard fresh = new ReviewCard(card.childId);
        loading = false;
        reviewCards.put(card.childId, fresh);
        int at = reviewsBox.getChildren().indexOf(card.box);
        reviewsBox.getChildren().set(at, fresh.box);
        applyReadOnly();
        fresh.date.requestFocus();
    }

    // ---- shared -----------------------------------------------------------------------------

    /** Shows problems in a message label: errors in red, warnings alone in amber. */
    private static void show(Label label, List<Problem> problems) {
        if (!label.getStyleClass().contains("field-message")) {
            label.getStyleClass().add("field-message");
        }
        Severity severity = problems.isEmpty() ? null
                : problems.stream().anyMatch(Problem::isError) ? Severity.ERROR : Severity.WARNING;
        FieldMessages.show(label, String.join("\n", problems.stream().map(Problem::message).toList()), severity);
    }

    private void applyReadOnly() {
        nextStepSection.setVisible(!readOnly);
        nextStepSection.setManaged(!readOnly);
        lock(scroll.getContent());
    }

    private void lock(Node node) {
        if (node.getStyleClass().contains("edit-only")) {
            node.setVisible(!readOnly);
            node.setManaged(!readOnly);
        } else if (node instanceof TextInputControl input) {
            input.setEditable(!readOnly);
        } else if ((node instanceof ButtonBase || node instanceof ComboBox<?>) && node != removeStepButton) {
            node.setDisable(readOnly); // the remove button's state follows the steps (updateStepForm)
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                lock(child);
            }
        }
    }
}
