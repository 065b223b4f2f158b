package vn.sotreem.ui.settings;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/** Settings: the commune's villages (add, rename, delete when no child lives there). */
final class VillagesView {

    @FXML
    private ListView<Village> villageList;
    @FXML
    private TextField villageName;
    @FXML
    private Button renameVillageButton;
    @FXML
    private Button deleteVillageButton;
    @FXML
    private Label villageMessage;
    @FXML
    private javafx.scene.layout.HBox villageEditor;

    private final UiServices services;
    private final VillagesModel model;
    private final Runnable onChanged;
    private final Parent root;

    VillagesView(UiServices services, VillagesModel model, Runnable onChanged) {
        this.services = services;
        this.model = model;
        this.onChanged = onChanged;
        this.root = Views.load("VillagesView.fxml", this);
        villageList.setPlaceholder(new Label("Chưa có thôn nào."));
        villageList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                villageName.setText(now.name());
            }
        });
        renameVillageButton.disableProperty().bind(villageList.getSelectionModel().selectedItemProperty().isNull());
        deleteVillageButton.disableProperty().bind(villageList.getSelectionModel().selectedItemProperty().isNull());
        if (!model.canEdit()) {
            villageEditor.setVisible(false);
            villageEditor.setManaged(false);
        }
    }

    Parent root() {
        return root;
    }

    void refresh() {
        BackgroundTask.of(model::villages)
                .onSuccess(villages -> villageList.getItems().setAll(villages))
                .onFailure(e -> error(ErrorMessages.describe(e)))
                .run(services.runner());
    }

    @FXML
    private void add() {
        String name = VietnameseText.clean(villageName.getText());
        if (name.isEmpty()) {
            error("Hãy gõ tên thôn/tổ dân phố.");
            return;
        }
        if (villageList.getItems().stream().anyMatch(v -> VietnameseText.fold(v.name()).equals(VietnameseText.fold(name)))) {
            error("Đã có thôn tên \"" + name + "\".");
            return;
        }
        attempt(() -> model.add(name), "Đã thêm \"" + name + "\".");
    }

    @FXML
    private void rename() {
        Village selected = villageList.getSelectionModel().getSelectedItem();
        String name = VietnameseText.clean(villageName.getText());
        if (selected == null) {
            return;
        }
        if (name.isEmpty()) {
            error("Hãy gõ tên mới vào ô bên trái nút Đổi tên.");
            return;
        }
        attempt(() -> model.rename(selected, name),
                "Đã đổi tên \"" + selected.name() + "\" thành \"" + name + "\".");
    }

    @FXML
    private void delete() {
        Village selected = villageList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            attempt(() -> model.delete(selected), "Đã xóa \"" + selected.name() + "\".");
        }
    }

    /** Runs the change in the background; it brings the list as it is afterwards. */
    private void attempt(Callable<List<Village>> change, String done) {
        BackgroundTask.of(change).onSuccess(villages -> {
            villageName.clear();
            villageList.getItems().setAll(villages);
            onChanged.run();
            villageMessage.getStyleClass().remove("msg-error");
            villageMessage.setText(done);
        }).onFailure(e -> error(ErrorMessages.describe(e))).run(services.runner());
    }

    private void error(String message) {
        if (!villageMessage.getStyleClass().contains("msg-error")) {
            villageMessage.getStyleClass().add("msg-error");
        }
        villageMessage.setText(message);
    }
}
