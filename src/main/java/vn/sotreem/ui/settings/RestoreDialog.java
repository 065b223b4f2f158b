package vn.sotreem.ui.settings;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.ui.common.Theme;

/** What a backup holds, before restoring it, and the password that opened the register back then. */
final class RestoreDialog {

    private RestoreDialog() {
    }

    /** The password typed, or empty when the officer chose not to restore. */
    static Optional<char[]> ask(Window owner, BackupInfo info) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Khôi phục bản sao lưu");
        dialog.setHeaderText("Bản sao lưu ngày " + BackupText.BACKUP_TIME.format(info.createdAt()));
        VBox box = new VBox(6);
        box.getChildren().addAll(
                line("Xã/phường: " + info.communeName()),
                line("Lý do sao lưu: " + BackupText.reason(info.reason())),
                line("Gồm: " + BackupText.counts(info)),
                line("Dung lượng: " + BackupText.size(info.sizeBytes())));
        Label warning = line("Sổ hiện tại sẽ được thay bằng bản này: những gì nhập sau thời điểm trên sẽ không còn trong sổ. "
                + "Trước khi khôi phục, máy tự sao lưu sổ hiện tại để có thể quay lại.");
        warning.getStyleClass().add("notice");
        Label ask = line("Mật khẩu đã dùng để mở sổ vào thời điểm sao lưu:");
        ask.getStyleClass().add("field-label");
        PasswordField password = new PasswordField();
        password.setId("restorePasswordField");
        box.getChildren().addAll(warning, ask, password);
        box.setPrefWidth(520);
        ButtonType restore = new ButtonType("Khôi phục", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, new ButtonType("Hủy", ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == restore ? password.getText().toCharArray() : null);
        Theme.style(dialog.getDialogPane());
        Platform.runLater(password::requestFocus);
        return dialog.showAndWait();
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(500);
        return label;
    }
}
