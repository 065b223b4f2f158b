package vn.sotreem.ui.abuse.procedure;

import java.time.LocalDateTime;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.ui.common.Views;

/** The timeline of the procedure: receipt, the steps done and ahead, each with its time limits and countdown. */
final class TimelinePart {

    @FXML
    private Label clockLabel;
    @FXML
    private Label stepsNotice;
    @FXML
    private VBox timelineBox;

    private final Parent root;

    TimelinePart() {
        this.root = Views.load("TimelinePart.fxml", this);
        ProcedureParts.hideWhenEmpty(stepsNotice);
    }

    Parent root() {
        return root;
    }

    /** The case's timeline and limits as they stand at {@code now}. */
    void show(CaseProcedureModel model, LocalDateTime now) {
        clockLabel.setText("Tính đến " + CaseProcedureModel.whenText(now.toLocalDate(), now.toLocalTime()));
        stepsNotice.setText(String.join("\n", model.recordedStepProblems().stream().map(Problem::message).toList()));
        timelineBox.getChildren().setAll(model.timeline(now).stream().map(r -> row(r, now)).toList());
    }

    private static Node row(CaseProcedureModel.TimelineRow row, LocalDateTime now) {
        Label marker = label(CaseProcedureModel.markerText(row.kind()), "timeline-marker");
        Label step = label(row.step().label(), "timeline-step");
        step.setWrapText(true);
        HBox title = new HBox(8, step);
        title.setAlignment(Pos.BASELINE_LEFT);
        if (!row.step().form().isEmpty()) {
            title.getChildren().add(label(row.step().form(), "muted"));
        }
        if (row.kind() == CaseProcedureModel.RowKind.CURRENT) {
            title.getChildren().add(label("Hiện tại", "current-chip"));
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        title.getChildren().add(gap);
        VBox body = new VBox(2, title);
        if (row.record() != null) {
            title.getChildren().add(label(CaseProcedureModel.whenText(row.record().date(), row.record().time()), "timeline-when"));
            String details = CaseProcedureModel.detailText(row);
            if (!details.isEmpty()) {
                Label detail = label(details, "timeline-detail");
                detail.setWrapText(true);
                body.getChildren().add(detail);
            }
        }
        row.deadlines().forEach(d -> body.getChildren().add(deadline(d, now)));
        HBox line = new HBox(10, marker, body);
        HBox.setHgrow(body, Priority.ALWAYS);
        line.getStyleClass().addAll("timeline-row", "timeline-" + row.kind().name().toLowerCase(Locale.ROOT));
        line.setId("timeline-" + row.step().code() + (row.record() == null ? "-ahead" : ""));
        return line;
    }

    private static Node deadline(Deadline d, LocalDateTime now) {
        Label state = label(d.state().label(), "deadline-state");
        state.setMinWidth(Region.USE_PREF_SIZE); // the state chip never shrinks to "…"
        Label text = label(d.label() + ": " + CaseProcedureModel.dueText(d), "deadline-text");
        text.setWrapText(true);
        HBox line = new HBox(8, state, text);
        line.setAlignment(Pos.CENTER_LEFT);
        String countdown = CaseProcedureModel.countdown(d, now);
        if (!countdown.isEmpty()) {
            Label left = label(countdown, "deadline-countdown");
            left.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(left);
        }
        line.getStyleClass().addAll("deadline", "deadline-" + d.state().code().replace('_', '-'));
        return line;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
