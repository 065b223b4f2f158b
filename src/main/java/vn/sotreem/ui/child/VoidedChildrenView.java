package vn.sotreem.ui.child;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.storage.ChildRepository.Voided;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/** "Hồ sơ đã hủy": the children voided as entered in error, for an administrator to look at and restore. */
final class VoidedChildrenView {

    @FXML
    private TableView<Voided> voidedTable;
    @FXML
    private TableColumn<Voided, String> codeColumn;
    @FXML
    private TableColumn<Voided, String> nameColumn;
    @FXML
    private TableColumn<Voided, String> birthColumn;
    @FXML
    private TableColumn<Voided, String> villageColumn;
    @FXML
    private TableColumn<Voided, String> voidedAtColumn;
    @FXML
    private TableColumn<Voided, String> voidedByColumn;
    @FXML
    private TableColumn<Voided, String> reasonColumn;
    @FXML
    private Label message;
    @FXML
    private Button restoreButton;

    private final UiServices services;
    private final VoidedChildrenModel model;
    private final Runnable onRestored;
    private final Parent root;
    private Stage stage;

    /** Reads the voided records in the background, then shows them over {@code owner}. */
    static void open(UiServices services, VoidedChildrenModel model, Window owner, Runnable onRestored) {
        BackgroundTask.of(model::voided)
                .onSuccess(voided -> {
                    VoidedChildrenView view = new VoidedChildrenView(services, model, onRestored);
                    view.voidedTable.getItems().setAll(voided);
                    view.show(owner);
                })
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    private VoidedChildrenView(UiServices services, VoidedChildrenModel model, Runnable onRestored) {
        this.services = services;
        this.model = model;
        this.onRestored = onRestored;
        this.root = Views.load("VoidedChildrenView.fxml", this);
        codeColumn.setCellValueFactory(c -> text(c.getValue().child().getCode()));
        nameColumn.setCellValueFactory(c -> text(c.getValue().child().getFullName()));
        birthColumn.setCellValueFactory(c -> text(DateText.format(c.getValue().child().getBirthDate())));
        villageColumn.setCellValueFactory(c -> text(c.getValue().child().getVillage()));
        voidedAtColumn.setCellValueFactory(c -> text(DateText.format(c.getValue().at().toLocalDate())));
        voidedByColumn.setCellValueFactory(c -> text(c.getValue().by()));
        reasonColumn.setCellValueFactory(c -> text(c.getValue().reason()));
        voidedTable.setPlaceholder(new Label("Không có hồ sơ nào đã hủy."));
        restoreButton.disableProperty().bind(voidedTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }

    private void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Hồ sơ đã hủy");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        stage.show();
    }

    @FXML
    private void restore() {
        Voided selected = voidedTable.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        Child child = selected.child();
        if (!services.dialogs().confirm(stage, "Khôi phục hồ sơ " + child.getCode() + " (" + child.getFullName()
                + ")? Trẻ và các đợt HCĐB, trợ giúp, tai nạn của trẻ sẽ có lại trong sổ và báo cáo.", "Khôi phục")) {
            return;
        }
        BackgroundTask.of(() -> model.restore(child.getId()))
                .onSuccess((List<Voided> voided) -> {
                    voidedTable.getItems().setAll(voided);
                    message.setText("Đã khôi phục hồ sơ " + child.getCode() + " (" + child.getFullName() + ").");
                    onRestored.run();
                })
                .onFailure(error -> message.setText(ErrorMessages.describe(error)))
                .run(services.runner());
    }

    @FXML
    private void close() {
        stage.close();
    }
}
