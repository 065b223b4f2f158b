package vn.sotreem.ui.importing;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.Views;
import vn.sotreem.ui.importing.ImportWizardModel.BirthMode;

/**
 * Step 3 of the import wizard: which column of the file each field of the register comes from,
 * with the first row's value beside it and the required fields still missing.
 */
final class ImportColumnsStep {

    @FXML
    private ComboBox<BirthMode> birthModeBox;
    @FXML
    private GridPane columnGrid;
    @FXML
    private Label missingLabel;

    private final ImportWizardModel model;
    private final Runnable changed;
    private final Parent root;
    /** The grid's heading row (from the FXML), kept when the rows are filled again. */
    private final List<Node> headings;
    /** True while the grid is filled from the model, so that the boxes' listeners stay quiet. */
    private boolean filling;

    /** {@code changed} runs when a column was chosen (the wizard's "Tiếp" may become possible). */
    ImportColumnsStep(ImportWizardModel model, Runnable changed) {
        this.model = model;
        this.changed = changed;
        this.root = Views.load("ImportColumnsStep.fxml", this);
        this.headings = List.copyOf(columnGrid.getChildren());
        birthModeBox.getItems().setAll(BirthMode.values());
        birthModeBox.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null) {
                model.setBirthMode(now);
                fill();
            }
        });
    }

    Parent root() {
        return root;
    }

    /** Fills the step from the model (on showing it, and when the birth-date form changes). */
    void fill() {
        filling = true;
        try {
            birthModeBox.setValue(model.birthMode());
            columnGrid.getChildren().removeIf(n -> !headings.contains(n));
            List<Choice<Integer>> choices = model.columnChoices();
            int row = 0;
            for (String field : model.fields()) {
                row++;
                boolean required = ImportWizardModel.isRequired(field);
                Label label = new Label(ImportWizardModel.label(field) + (required ? " *" : ""));
                label.setId("label_" + field);
                ComboBox<Choice<Integer>> box = new ComboBox<>();
                box.setId("col_" + field);
                box.setPrefWidth(300);
                box.getItems().setAll(choices);
                Label sample = styled(new Label(), "muted");
                sample.setId("sample_" + field);
                box.valueProperty().addListener((o, was, now) -> {
                    if (!filling && now != null) {
                        model.mapColumn(field, now.value());
                        sync();
                    }
                });
                columnGrid.addRow(row, label, box, sample);
            }
        } finally {
            filling = false;
        }
        sync();
    }

    /** Shows the model's columns in the boxes (mapping one column may take it from another field) and what is missing. */
    @SuppressWarnings("unchecked")
    private void sync() {
        filling = true;
        try {
            List<Choice<Integer>> choices = model.columnChoices();
            List<String> missing = model.missingRequired();
            for (String field : model.fields()) {
                Integer column = model.columnOf(field);
                ComboBox<Choice<Integer>> box = (ComboBox<Choice<Integer>>) columnGrid.lookup("#col_" + field);
                box.setValue(choices.stream().filter(c -> java.util.Objects.equals(c.value(), column)).findFirst()
                        .orElse(choices.get(0)));
                ((Label) columnGrid.lookup("#sample_" + field)).setText(model.sample(column));
                Label label = (Label) columnGrid.lookup("#label_" + field);
                label.getStyleClass().remove("field-missing");
                if (missing.contains(ImportWizardModel.label(field))
                        || (ImportWizardModel.isRequired(field) && column == null && missing.contains("Ngày sinh"))) {
                    label.getStyleClass().add("field-missing");
                }
            }
        } finally {
            filling = false;
        }
        List<String> missing = model.missingRequired();
        missingLabel.getStyleClass().setAll("label", "field-message", "msg-error");
        missingLabel.setText(missing.isEmpty() ? "" : "Chưa chọn cột cho: " + String.join(", ", missing)
                + ". Đây là thông tin bắt buộc; hãy chọn cột trước khi sang bước sau.");
        changed.run();
    }

    private static <T extends javafx.scene.control.Labeled> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
