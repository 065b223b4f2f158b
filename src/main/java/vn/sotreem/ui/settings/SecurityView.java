package vn.sotreem.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/** Administrators: a new recovery key, the idle-lock minutes, and the second backup folder. */
final class SecurityView {

    @FXML
    private Button regenerateKeyButton;
    @FXML
    private Label keyMessage;
    @FXML
    private Spinner<Integer> idleMinutesSpinner;
    @FXML
    private Label idleMessage;
    @FXML
    private Label secondFolderLabel;
    @FXML
    private Button clearSecondFolderButton;
    @FXML
    private Label folderMessage;

    private final UiServices services;
    private final SecurityModel model;
    private final Parent root;

    SecurityView(UiServices services, SecurityModel model) {
        this.services = services;
        this.model = model;
        this.root = Views.load("SecurityView.fxml", this);
        idleMinutesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 240, 10));
        folderMessage.managedProperty().bind(folderMessage.textProperty().isNotEmpty());
    }

    Parent root() {
        return root;
    }

    void refresh() {
        BackgroundTask.of(model::settings).onSuccess(settings -> {
            idleMinutesSpinner.getValueFactory().setValue(settings.idleMinutes());
            showSecondFolder(settings.secondFolder());
        }).onFailure(e -> message(folderMessage, ErrorMessages.describe(e), true)).run(services.runner());
    }

    private void showSecondFolder(Optional<Path> folder) {
        secondFolderLabel.setText(folder.map(p -> "Đang dùng: " + p).orElse("Chưa chọn thư mục thứ hai."));
        clearSecondFolderButton.setDisable(folder.isEmpty());
    }

    @FXML
    private void regenerateKey() {
        if (!services.dialogs().confirm(window(), "Tạo mã khôi phục mới? Mã cũ sẽ không mở được sổ nữa. "
                + "Mã mới chỉ hiện một lần.", "Tạo mã mới")) {
            return;
        }
        BackgroundTask.of(model::newRecoveryKey)
                .onSuccess(this::showKey)
                .onFailure(e -> message(keyMessage, ErrorMessages.describe(e), true))
                .run(services.runner());
    }

    private void showKey(SecurityModel.NewKey newKey) {
        String key = newKey.key();
        String commune = newKey.communeName();
        Stage stage = new Stage();
        stage.initOwner(window());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Mã khôi phục mới");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setOnCloseRequest(e -> e.consume()); // closes only after "kept safe" is ticked
        RecoveryKeyView view = new RecoveryKeyView(key, commune, services.today().get(), stage::close);
        Scene scene = Theme.scene(view.root());
        stage.setScene(scene);
        stage.show();
        view.focus();
        message(keyMessage, "Đã tạo mã khôi phục mới; mã cũ không còn dùng được.", false);
    }

    @FXML
    private void saveIdle() {
        int minutes;
        try {
            idleMinutesSpinner.commitValue(); // takes typed digits, not only the arrows
            minutes = idleMinutesSpinner.getValue();
        } catch (NumberFormatException e) {
            message(idleMessage, "Hãy gõ số phút, từ 1 đến 240.", true);
            return;
        }
        BackgroundTask.ofAction(() -> model.setIdleMinutes(minutes))
                .onSuccess(nothing -> message(idleMessage, "Đã lưu: tự khóa sau " + minutes + " phút không dùng.", false))
                .onFailure(e -> message(idleMessage, ErrorMessages.describe(e), true))
                .run(services.runner());
    }

    @FXML
    private void chooseSecondFolder() {
        Path folder = services.files().folder(window(), "Chọn thư mục sao lưu thứ hai (ví dụ ổ USB)").orElse(null);
        if (folder == null) {
            return;
        }
        BackgroundTask.of(() -> model.setSecondFolder(folder)).onSuccess(now -> {
            showSecondFolder(now);
            message(folderMessage, "Từ nay mỗi bản sao lưu tự động sẽ được chép thêm vào " + folder + ".", false);
        }).onFailure(e -> message(folderMessage, ErrorMessages.describe(e), true)).run(services.runner());
    }

    @FXML
    private void clearSecondFolder() {
        BackgroundTask.of(() -> model.setSecondFolder(null)).onSuccess(now -> {
            showSecondFolder(Optional.empty());
            message(folderMessage, "Đã bỏ thư mục sao lưu thứ hai.", false);
        }).onFailure(e -> message(folderMessage, ErrorMessages.describe(e), true)).run(services.runner());
    }

    private static void message(Label label, String text, boolean error) {
        FieldMessages.show(label, text, error ? Severity.ERROR : null);
    }

    private Window window() {
        return Views.windowOf(root);
    }
}
