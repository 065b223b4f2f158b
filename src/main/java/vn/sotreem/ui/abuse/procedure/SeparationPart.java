package vn.sotreem.ui.abuse.procedure;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.ui.common.Views;

/** "Tạm thời cách ly" (Mẫu 07): the decision to separate the child, its 15-day limit, placement and end. */
final class SeparationPart {

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

    private final Parent root;
    private CaseProcedureModel model;
    private boolean loading;
    private List<Problem> problems = List.of();
    private Runnable onEdited = () -> { };

    SeparationPart() {
        this.root = Views.load("SeparationPart.fxml", this);
        separationFields.visibleProperty().bind(separatedBox.selectedProperty());
        separationFields.managedProperty().bind(separatedBox.selectedProperty());
        separatedBox.selectedProperty().addListener((o, was, now) -> {
            if (now && !loading && model != null && sepFromField.getText().isBlank()) {
                loading = true; // one change, not two
                sepFromField.setText(DateText.format(model.suggestedSeparationStart()));
                loading = false;
            }
            edited();
        });
        sepExtendedBox.selectedProperty().addListener((o, was, now) -> edited());
        for (TextField field : new TextField[] {sepFromField, sepPlacementField, sepEndedField}) {
            field.textProperty().addListener((o, was, now) -> edited());
        }
        ProcedureParts.hideWhenEmpty(sepMessage);
    }

    Parent root() {
        return root;
    }

    /** Runs after each change written into the working copy. */
    void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited;
    }

    void edit(CaseProcedureModel model) {
        this.model = model;
        loading = true;
        CaseProcedureModel.SeparationInput in = model.separationInput();
        separatedBox.setSelected(in.separated());
        sepFromField.setText(in.from());
        sepPlacementField.setText(in.placement());
        sepEndedField.setText(in.endedOn());
        sepExtendedBox.setSelected(in.extended());
        loading = false;
        problems = model.separationProblems(); // read, not rewritten: opening changes nothing
        ProcedureParts.show(sepMessage, problems);
        sepLimitLabel.setText(CaseProcedureModel.separationLimitText(in));
    }

    void setReadOnly(boolean readOnly) {
        ProcedureParts.lock(root, readOnly, null);
    }

    /** The errors that must stop the case from being saved. */
    List<String> errors() {
        return ProcedureParts.errors("Tạm thời cách ly: ", problems);
    }

    private void edited() {
        if (model == null || loading) {
            return;
        }
        CaseProcedureModel.SeparationInput in = new CaseProcedureModel.SeparationInput(separatedBox.isSelected(),
                sepFromField.getText(), sepPlacementField.getText(), sepEndedField.getText(), sepExtendedBox.isSelected());
        problems = model.applySeparation(in);
        ProcedureParts.show(sepMessage, problems);
        sepLimitLabel.setText(CaseProcedureModel.separationLimitText(in));
        onEdited.run();
    }
}
