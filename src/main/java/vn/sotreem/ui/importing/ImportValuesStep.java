package vn.sotreem.ui.importing;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.Views;
import vn.sotreem.ui.importing.ImportWizardModel.Understood;
import vn.sotreem.ui.importing.ImportWizardModel.ValueRow;

/**
 * Step 4 of the import wizard: the values of each coded column (sex, ethnicity, …) found in the
 * file, and what each one means in the register, chosen where the software did not understand it.
 */
final class ImportValuesStep {

    @FXML
    private VBox valuesBox;
    @FXML
    private Label valuesMessage;

    private final ImportWizardModel model;
    private final Parent root;

    ImportValuesStep(ImportWizardModel model) {
        this.model = model;
        this.root = Views.load("ImportValuesStep.fxml", this);
    }

    Parent root() {
        return root;
    }

    /** Fills the step from the values the model read in the file. */
    void fill() {
        valuesBox.getChildren().clear();
        for (String field : model.codedFields()) {
            Integer column = model.columnOf(field);
            valuesBox.getChildren().add(styled(new Label(ImportWizardModel.label(field) + " — "
                    + model.describe(column)), "section-title"));
            List<ValueRow> rows = model.values(field);
            if (rows.isEmpty()) {
                valuesBox.getChildren().add(styled(new Label("Cột này không có giá trị nào."), "muted"));
                continue;
            }
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(6);
            grid.addRow(0, styled(new Label("Giá trị trong tệp"), "field-label"), styled(new Label("Số dòng"), "field-label"),
                    styled(new Label("Nghĩa là"), "field-label"));
            List<Choice<String>> codes = ImportWizardModel.codes(field);
            for (int i = 0; i < rows.size(); i++) {
                ValueRow value = rows.get(i);
                ComboBox<Choice<String>> box = new ComboBox<>();
                box.setId("val_" + field + "_" + i);
                box.setPrefWidth(260);
                box.setPromptText("Chọn…");
                box.getItems().setAll(codes);
                codes.stream().filter(c -> c.value().equals(value.code())).findFirst().ifPresent(box::setValue);
                Label state = new Label();
                showState(state, value.how());
                box.valueProperty().addListener((o, was, now) -> {
                    if (now != null) {
                        model.translate(field, value.raw(), now.value());
                        showState(state, Understood.TRANSLATED);
                        refreshValuesMessage();
                    }
                });
                grid.addRow(i + 1, new Label("“" + value.raw() + "”"), new Label(Integer.toString(value.rows())), box, state);
            }
            valuesBox.getChildren().add(grid);
            if (model.moreValues(field)) {
                valuesBox.getChildren().add(styled(new Label("Cột có hơn " + ImportWizardModel.MAX_VALUES
                        + " giá trị khác nhau; chỉ hiện " + ImportWizardModel.MAX_VALUES + " giá trị đầu tiên."), "muted"));
            }
        }
        refreshValuesMessage();
    }

    private static void showState(Label state, Understood how) {
        state.getStyleClass().setAll("label", "value-state", how == Understood.NOT ? "not-understood" : "understood");
        state.setText(switch (how) {
            case TRANSLATED -> "✓ đã ghép";
            case BY_ITSELF -> "✓ phần mềm tự hiểu";
            case NOT -> "chưa hiểu — hãy chọn";
        });
    }

    private void refreshValuesMessage() {
        int left = model.valuesNotUnderstood();
        valuesMessage.getStyleClass().setAll("label", "field-message", left > 0 ? "msg-warning" : "muted");
        valuesMessage.setText(left == 0 ? "Mọi giá trị đều đã hiểu."
                : "Còn " + left + " giá trị chưa hiểu: các dòng có giá trị đó sẽ bị báo lỗi khi kiểm tra.");
    }

    private static <T extends javafx.scene.control.Labeled> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
