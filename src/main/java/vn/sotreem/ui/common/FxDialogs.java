package vn.sotreem.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
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

    @Override
    public boolean confirm(Window owner, String message, String yes) {
        ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Không", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "Xin xác nhận", message, ok, no);
        return alert.showAndWait().map(b -> b == ok).orElse(false);
    }

    private static void show(Window owner, Alert.AlertType type, String header, String message) {
        alert(owner, type, header, message, new ButtonType("Đóng", ButtonType.OK.getButtonData())).showAndWait();
    }

    private static Alert alert(Window owner, Alert.AlertType type, String header, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle("Sổ Trẻ Em");
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setId("dialogMessage");
        alert.getDialogPane().setContent(text);
        Theme.style(alert.getDialogPane());
        return alert;
    }
}
