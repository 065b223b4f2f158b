package vn.sotreem.ui.abuse.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.ui.common.Views;
import vn.sotreem.ui.hcdb.SupportFormModel;

/** "Kế hoạch hỗ trợ, can thiệp" (Mẫu 04): the rows of the current plan, edited in place, and the earlier plans. */
final class SupportPlanPart {

    private static final String[] IDS = {"planTask", "planResponsible", "planProvider", "planStart", "planEnd", "planCost"};

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

    private final Parent root;
    private final List<PlanRow> rows = new ArrayList<>();
    private CasePlanModel plan;
    private int shownNumber;
    private boolean readOnly;
    private boolean loading;
    private List<Problem> problems = List.of();
    private Runnable onEdited = () -> { };

    SupportPlanPart() {
        this.root = Views.load("SupportPlanPart.fxml", this);
        col(earlierNumberColumn, p -> String.valueOf(p.planNumber()));
        col(earlierTaskColumn, PlanItem::task);
        col(earlierResponsibleColumn, PlanItem::responsible);
        col(earlierProviderColumn, PlanItem::provider);
        col(earlierStartColumn, p -> DateText.format(p.start()));
        col(earlierEndColumn, p -> DateText.format(p.plannedEnd()));
        col(earlierCostColumn, p -> SupportFormModel.formatAmount(p.cost()));
        ProcedureParts.hideWhenEmpty(planMessage);
    }

    Parent root() {
        return root;
    }

    /** Runs after each change written into the working copy. */
    void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited;
    }

    void edit(CasePlanModel plan) {
        this.plan = plan;
        load();
    }

    /** After the steps changed: a new "plan drafted" step opens a new plan, shown empty. */
    void reloadIfRenumbered() {
        if (plan != null && plan.planNumber() != shownNumber) {
            load();
        }
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        ProcedureParts.lock(root, readOnly, null);
    }

    /** The errors that must stop the case from being saved. */
    List<String> errors() {
        return ProcedureParts.errors("Kế hoạch hỗ trợ: ", problems);
    }

    private void load() {
        loading = true;
        rows.clear();
        plan.currentRows().forEach(r -> rows.add(new PlanRow(r)));
        shownNumber = plan.planNumber();
        planTitle.setText("Kế hoạch hỗ trợ, can thiệp (Mẫu 04)" + (shownNumber > 1 ? " – lần " + shownNumber : ""));
        loading = false;
        layout();
        problems = plan.check(inputs());
        ProcedureParts.show(planMessage, problems);
        List<PlanItem> earlier = plan.earlierItems();
        earlierPlanTable.getItems().setAll(earlier);
        earlierPlansBox.setVisible(!earlier.isEmpty());
        earlierPlansBox.setManaged(!earlier.isEmpty());
    }

    private List<CasePlanModel.RowInput> inputs() {
        return rows.stream().map(PlanRow::input).toList();
    }

    /** The rows under the headers of the grid (row 0, in the FXML), numbered from 1. */
    private void layout() {
        planGrid.getChildren().removeIf(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) > 0);
        for (int i = 0; i < rows.size(); i++) {
            PlanRow row = rows.get(i);
            int n = i + 1;
            row.number.setText(n + ".");
            planGrid.add(row.number, 0, n);
            TextField[] fields = row.fields();
            for (int col = 0; col < fields.length; col++) {
                fields[col].setId(IDS[col] + n);
                planGrid.add(fields[col], col + 1, n);
            }
            row.remove.setId("planRemove" + n);
            planGrid.add(row.remove, 7, n);
        }
        boolean empty = rows.isEmpty();
        planGrid.setVisible(!empty);
        planGrid.setManaged(!empty);
        planEmptyLabel.setVisible(empty);
        planEmptyLabel.setManaged(empty);
        planTotalLabel.setText(empty ? "" : CasePlanModel.totalText(inputs()));
        setReadOnly(readOnly);
    }

    private void edited() {
        if (plan == null || loading) {
            return;
        }
        List<CasePlanModel.RowInput> inputs = inputs();
        problems = plan.apply(inputs);
        ProcedureParts.show(planMessage, problems);
        planTotalLabel.setText(CasePlanModel.totalText(inputs));
        onEdited.run(); // the planned end times the review reminder
    }

    @FXML
    private void addPlanRow() {
        if (plan == null || readOnly) {
            return;
        }
        PlanRow row = new PlanRow(CasePlanModel.RowInput.blank());
        rows.add(row);
        layout();
        row.task.requestFocus();
    }

    private void removeRow(PlanRow row) {
        if (readOnly) {
            return;
        }
        rows.remove(row);
        layout();
        edited();
    }

    private static <T> void col(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> {
            String value = text.apply(c.getValue());
            return new ReadOnlyStringWrapper(value == null ? "" : value);
        });
    }

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
            remove.setOnAction(e -> removeRow(this));
            for (TextField f : fields()) {
                f.textProperty().addListener((o, was, now) -> edited());
            }
        }

        TextField[] fields() {
            return new TextField[] {task, responsible, provider, start, end, cost};
        }

        CasePlanModel.RowInput input() {
            return new CasePlanModel.RowInput(task.getText(), responsible.getText(), provider.getText(), start.getText(),
                    end.getText(), cost.getText());
        }

        private static TextField field(String prompt) {
            TextField f = new TextField();
            f.setPromptText(prompt);
            f.setMaxWidth(Double.MAX_VALUE);
            return f;
        }
    }
}
