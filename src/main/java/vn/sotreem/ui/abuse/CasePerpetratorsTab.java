package vn.sotreem.ui.abuse;

import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.ui.common.Dialogs;
import vn.sotreem.ui.common.Views;

/** The case window's "Đối tượng xâm hại" tab: the perpetrators, each edited in a {@link PerpetratorDialog}. */
final class CasePerpetratorsTab {

    @FXML
    private Button editPerpetratorButton;
    @FXML
    private Button removePerpetratorButton;
    @FXML
    private TableView<Perpetrator> perpetratorTable;
    @FXML
    private TableColumn<Perpetrator, String> perpTargetColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpSexColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpAgeColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpRelationColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpHandlingColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpSanctionColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpNoteColumn;
    @FXML
    private Label perpetratorsMessage;

    private final CaseFormModel model;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final Parent root;

    /** {@code owner}: the case window, once shown. */
    CasePerpetratorsTab(CaseFormModel model, Dialogs dialogs, Supplier<Window> owner) {
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
        this.root = Views.load("CasePerpetratorsTab.fxml", this);
        CaseTables.col(perpTargetColumn, model::targetText);
        CaseTables.col(perpSexColumn, p -> p.sex() == null ? "" : p.sex().label());
        CaseTables.col(perpAgeColumn, p -> p.ageGroup() == null ? "" : p.ageGroup().label());
        CaseTables.col(perpRelationColumn, p -> p.relation() == null ? "" : p.relation().label());
        CaseTables.col(perpHandlingColumn, p -> p.handling() == null ? "" : p.handling().label());
        CaseTables.col(perpSanctionColumn, p -> PerpetratorFormModel.sanctionText(p.sanction()));
        CaseTables.col(perpNoteColumn, Perpetrator::note);
        perpetratorTable.setItems(model.perpetrators());
        perpetratorTable.setPlaceholder(new Label("Chưa ghi đối tượng xâm hại nào."));
        perpetratorTable.setRowFactory(t -> {
            TableRow<Perpetrator> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editPerpetrator();
                }
            });
            return row;
        });
        var none = perpetratorTable.getSelectionModel().selectedItemProperty().isNull();
        editPerpetratorButton.disableProperty().bind(none);
        removePerpetratorButton.disableProperty().bind(none);
        CaseTables.sectionMessage(perpetratorsMessage, model, CaseFormModel.Section.PERPETRATORS);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void addPerpetrator() {
        new PerpetratorDialog(owner.get(), model.today(), model.perpetratorTargets(), null, p -> {
            model.perpetrators().add(p);
            perpetratorTable.getSelectionModel().select(p);
        }).show();
    }

    @FXML
    private void editPerpetrator() {
        int index = perpetratorTable.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        new PerpetratorDialog(owner.get(), model.today(), model.perpetratorTargets(), model.perpetrators().get(index), p -> {
            model.perpetrators().set(index, p);
            perpetratorTable.getSelectionModel().select(index);
        }).show();
    }

    @FXML
    private void removePerpetrator() {
        int index = perpetratorTable.getSelectionModel().getSelectedIndex();
        if (index >= 0 && dialogs.confirm(owner.get(), "Xoá đối tượng xâm hại này khỏi vụ việc?", "Xoá")) {
            model.perpetrators().remove(index);
        }
    }
}
