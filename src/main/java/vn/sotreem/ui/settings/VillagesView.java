package vn.sotreem.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.common.ErrorMessages;
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

    private final RegisterStore store;
    private final Runnable onChanged;
    private final Parent root;

    VillagesView(RegisterStore store, Runnable onChanged) {
        this.store = store;
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
        if (!store.currentAccount().role().canEdit()) {
            villageEditor.setVisible(false);
            villageEditor.setManaged(false);
        }
    }

    Parent root() {
        return root;
    }

    void refresh() {
        try {
            villageList.getItems().setAll(store.villages());
        } catch (RuntimeException e) {
            error(ErrorMessages.describe(e));
        }
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
        attempt(() -> store.addVillage(name), "Đã thêm \"" + name + "\".");
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
        attempt(() -> store.renameVillage(selected.id(), name),
                "Đã đổi tên \"" + selected.name() + "\" thành \"" + name + "\".");
    }

    @FXML
    private void delete() {
        Village selected = villageList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            attempt(() -> store.deleteVillage(selected.id()), "Đã xóa \"" + selected.name() + "\".");
        }
    }

    private void attempt(Runnable change, String done) {
        try {
            change.run();
        } catch (RuntimeException e) {
            error(ErrorMessages.describe(e));
            return;
        }
        villageName.clear();
        refresh();
        onChanged.run();
        villageMessage.getStyleClass().remove("msg-error");
        villageMessage.setText(done);
    }

    private void error(String message) {
        if (!villageMessage.getStyleClass().contains("msg-error")) {
            villageMessage.getStyleClass().add("msg-error");
        }
        villageMessage.setText(message);
    }
}
