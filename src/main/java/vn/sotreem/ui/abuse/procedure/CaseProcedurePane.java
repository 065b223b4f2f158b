package vn.sotreem.ui.abuse.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.domain.child.Child;
import vn.sotreem.ui.common.Dialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The "Quy trình xử lý" tab of an abuse case (NĐ 56/2017 Điều 25–32), composed of its parts: the
 * {@link TimelinePart timeline} with its time limits and a live countdown for an emergency, the
 * {@link NextStepPart next step} to record, the {@link SeparationPart temporary separation} (Mẫu 07),
 * the {@link SupportPlanPart support plan} (Mẫu 04) and the {@link ReviewPart reviews} (Mẫu 06).
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
    private VBox parts;

    private final Supplier<LocalDateTime> clock;
    private final Parent root;
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
    private final TimelinePart timeline = new TimelinePart();
    private final NextStepPart nextStep;
    private final SeparationPart separation = new SeparationPart();
    private final SupportPlanPart plan = new SupportPlanPart();
    private final ReviewPart reviews = new ReviewPart();

    private CaseProcedureModel model;
    private boolean readOnly;
    private Runnable onChange = () -> { };

    private Window watchedWindow;
    private final ChangeListener<Boolean> showingListener = (o, was, now) -> updateTicker();
    private final ChangeListener<Window> windowListener = (o, was, now) -> watchWindow(now);

    /** With the app's dialogs; the clock is the app's day ({@link UiServices#today()}) at the present hour. */
    public CaseProcedurePane(UiServices services) {
        this(services.dialogs(), services.now());
    }

    /** With a clock of its own, for tests: the countdown and the states of the limits follow it. */
    public CaseProcedurePane(Dialogs dialogs, Supplier<LocalDateTime> clock) {
        this.clock = clock;
        this.nextStep = new NextStepPart(dialogs);
        this.root = Views.load("CaseProcedurePane.fxml", this);
        root.getStylesheets().add(CaseProcedurePane.class.getResource("CaseProcedurePane.css").toExternalForm());
        parts.getChildren().setAll(timeline.root(), nextStep.root(), separation.root(), plan.root(), reviews.root());
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((o, was, now) -> watchScene(was, now));
        nextStep.setOnStepsChanged(() -> {
            plan.reloadIfRenumbered(); // a new plan drafted, or its step removed
            applyReadOnly();
            edited();
        });
        separation.setOnEdited(this::edited);
        plan.setOnEdited(this::edited);
        reviews.setOnEdited(() -> onChange.run());
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
        scroll.setDisable(false);
        separation.edit(model);
        plan.edit(new CasePlanModel(workingCopy));
        reviews.edit(new CaseReviewModel(workingCopy, today), victims);
        nextStep.edit(model);
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
        List<String> result = new ArrayList<>(separation.errors());
        result.addAll(plan.errors());
        result.addAll(reviews.errors());
        return result;
    }

    /** Recomputes the timeline and its limits from the clock (the ticker does so every 30 s). */
    void refresh() {
        if (model == null) {
            return;
        }
        timeline.show(model, clock.get());
        nextStep.update();
    }

    /** True while the countdown ticks: a case is shown in a window that is showing. */
    boolean isTicking() {
        return ticker.getStatus() == Animation.Status.RUNNING;
    }

    /** After a part changed the working copy: the limits may have new states, a new plan new rows. */
    private void edited() {
        refresh();
        onChange.run();
    }

    private void applyReadOnly() {
        nextStep.setReadOnly(readOnly);
        separation.setReadOnly(readOnly);
        plan.setReadOnly(readOnly);
        reviews.setReadOnly(readOnly);
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
}
