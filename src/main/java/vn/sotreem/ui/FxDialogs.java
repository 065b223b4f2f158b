package vn.sotreem.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Message boxes as JavaFX alerts with Vietnamese titles and wrapped text. */
final class FxDialogs implements Dialogs {

    @Override
    public void showError(Window owner, String message) {
        show(owner, Alert.AlertType.ERROR, "Không thực hiện được", message);
    }

    @Override
    public void showInfo(Window owner, String message) {
        show(owner, Alert.AlertType.INFORMATION, "Thông báo", message);
    }

    private static void show(Window owner, Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, "", new ButtonType("Đóng", ButtonType.OK.getButtonData()));
        alert.initOwner(owner);
        alert.setTitle("Sổ Trẻ Em");
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setId("dialogMessage");
        alert.getDialogPane().setContent(text);
        Theme.style(alert.getDialogPane());
        alert.showAndWait();
    }
}
