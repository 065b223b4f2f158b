package vn.sotreem.ui.abuse.procedure;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sotreem.domain.abuse.CaseConclusion;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.ui.common.Dialogs;
import vn.sotreem.ui.common.Views;

/** "Ghi nhận bước tiếp theo": the next step the decree allows, recorded into the working copy; removing the last. */
final class NextStepPart {

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
    private HBox conclusionRow;
    @FXML
    private ComboBox<CaseConclusion> conclusionBox;
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

    private final Dialogs dialogs;
    private final Parent root;
    private CaseProcedureModel model;
    private boolean readOnly;
    private boolean loading;
    private boolean touched;
    private Runnable onStepsChanged = () -> { };

    NextStepPart(Dialogs dialogs) {
        this.dialogs = dialogs;
        this.root = Views.load("NextStepPart.fxml", this);
        riskHigh.setUserData(RiskLevel.HIGH);
        riskMedium.setUserData(RiskLevel.MEDIUM);
        riskLow.setUserData(RiskLevel.LOW);
        stepBox.valueProperty().addListener((o, was, now) -> {
            boolean risk = CaseProcedureModel.needsRisk(now);
            riskRow.setVisible(risk);
            riskRow.setManaged(risk);
            boolean closing = now == CaseStep.CLOSED;
            conclusionRow.setVisible(closing);
            conclusionRow.setManaged(closing);
            boolean emergency = now == CaseStep.EMERGENCY;
            stepTimeLabel.setText(emergency ? "Giờ *" : "Giờ");
            stepTimeHint.setText(emergency ? "Bắt buộc: can thiệp khẩn cấp trong 12 giờ kể từ khi tiếp nhận." : "");
            touched();
        });
        for (TextField field : new TextField[] {stepDateField, stepTimeField, stepActorField, stepNoteField}) {
            field.textProperty().addListener((o, was, now) -> touched());
        }
        riskGroup.selectedToggleProperty().addListener((o, was, now) -> touched());
        conclusionBox.getItems().setAll(CaseConclusion.values());
        conclusionBox.valueProperty().addListener((o, was, now) -> touched());
        stepTimeField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                TimeText.parse(stepTimeField.getText()).ifPresent(t -> stepTimeField.setText(TimeText.format(t)));
            }
        });
        ProcedureParts.hideWhenEmpty(stepMessage);
        stepDoneLabel.managedProperty().bind(stepDoneLabel.textProperty().isNotEmpty());
    }

    Parent root() {
        return root;
    }

    /** Runs after a step was recorded or removed, before the form is filled for the next one. */
    void setOnStepsChanged(Runnable onStepsChanged) {
        this.onStepsChanged = onStepsChanged;
    }

    void edit(CaseProcedureModel model) {
        this.model = model;
        stepDoneLabel.setText("");
        reset();
    }

    /** Hidden for roles that may only look. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        nextStepSection.setVisible(!readOnly);
        nextStepSection.setManaged(!readOnly);
        ProcedureParts.lock(root, readOnly, removeStepButton); // the remove button's state follows the steps
    }

    /** The form as the steps now stand: closed cases offer none, receipt alone cannot be removed. */
    void update() {
        boolean open = !model.allowedSteps().isEmpty();
        closedLabel.setText(open ? "" : model.closedText());
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

    private void touched() {
        if (!loading) {
            touched = true;
            stepDoneLabel.setText("");
        }
        validate();
    }

    private CaseProcedureModel.StepInput input() {
        RiskLevel risk = riskGroup.getSelectedToggle() == null ? null : (RiskLevel) riskGroup.getSelectedToggle().getUserData();
        return new CaseProcedureModel.StepInput(stepBox.getValue(), stepDateField.getText(), stepTimeField.getText(),
                stepActorField.getText(), risk, stepNoteField.getText(),
                stepBox.getValue() == CaseStep.CLOSED ? conclusionBox.getValue() : null);
    }

    private void validate() {
        if (model == null || loading) {
            return;
        }
        ProcedureParts.show(stepMessage, touched ? model.stepProblems(input()) : List.of());
    }

    /** Fills the form for the step after the current state: the usual one, today, the same person. */
    private void reset() {
        loading = true;
        stepBox.getItems().setAll(model.allowedSteps());
        stepBox.setValue(model.suggestedStep());
        stepDateField.setText(DateText.format(model.today()));
        stepTimeField.setText("");
        stepActorField.setText(model.suggestedActor());
        riskGroup.selectToggle(null);
        conclusionBox.setValue(null);
        stepNoteField.setText("");
        loading = false;
        touched = false;
        validate();
    }

    @FXML
    private void recordStep() {
        if (model == null || readOnly) {
            return;
        }
        touched = true;
        CaseStep step = stepBox.getValue();
        List<Problem> problems = model.record(input());
        if (problems.stream().anyMatch(Problem::isError)) {
            ProcedureParts.show(stepMessage, problems);
            return;
        }
        onStepsChanged.run();
        reset();
        stepDoneLabel.setText("Đã ghi nhận bước \"" + step.label() + "\". Nhớ lưu hồ sơ để ghi vào sổ.");
    }

    @FXML
    private void removeLastStep() {
        if (model == null || readOnly || !model.canRemoveLastStep()) {
            return;
        }
        if (!dialogs.confirm(Views.windowOf(root), model.removeLastStepQuestion(), "Xóa bước")) {
            return;
        }
        model.removeLastStep();
        onStepsChanged.run();
        reset();
        stepDoneLabel.setText("Đã xóa bước cuối. Nhớ lưu hồ sơ để ghi vào sổ.");
    }
}
