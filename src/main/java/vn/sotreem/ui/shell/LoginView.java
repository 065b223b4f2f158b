package vn.sotreem.ui.shell;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.storage.CorruptRegisterException;
import vn.sotreem.storage.security.LoginDelayException;
import vn.sotreem.storage.security.WrongPasswordException;
import vn.sotreem.ui.settings.BackupText;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.PasswordPair;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The login screen: user and password, opened off the FX thread; a countdown after too many wrong
 * passwords; the recovery key followed by a new password; and, when the register file cannot be
 * read, an offer to restore the newest good backup.
 */
final class LoginView {


    @FXML
    private VBox passwordPane;
    @FXML
    private Label userLabel;
    @FXML
    private ComboBox<String> userPicker;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label loginMessage;
    @FXML
    private Button openButton;
    @FXML
    private ProgressIndicator loginProgress;
    @FXML
    private Label progressText;
    @FXML
    private Button restoreBackupButton;
    @FXML
    private Hyperlink recoveryLink;
    @FXML
    private VBox recoveryPane;
    @FXML
    private TextField recoveryKeyField;
    @FXML
    private Label recoveryMessage;
    @FXML
    private Button recoveryOpenButton;
    @FXML
    private VBox newPasswordPane;
    @FXML
    private ComboBox<String> adminPicker;
    @FXML
    private PasswordField newPasswordField;
    @FXML
    private PasswordField newPasswordRepeatField;
    @FXML
    private Label newPasswordMessage;
    @FXML
    private Button saveNewPasswordButton;
    @FXML
    private Label folderLabel;

    private final UiServices services;
    private final LoginModel model;
    private final Consumer<OpenedRegister> onOpened;
    private final Parent root;
    private Timeline countdown;
    private BackupInfo newestBackup;

    LoginView(UiServices services, LoginModel model, Consumer<OpenedRegister> onOpened) {
        this.services = services;
        this.model = model;
        this.onOpened = onOpened;
        this.root = Views.load("LoginView.fxml", this);
        folderLabel.setText(model.folderText());
        for (Label l : List.of(loginMessage, recoveryMessage, newPasswordMessage)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        List<String> users = model.userNames();
        userPicker.getItems().setAll(users);
        userPicker.getSelectionModel().selectFirst();
        boolean pick = !users.isEmpty();
        for (Node n : List.of(userPicker, userLabel)) {
            n.setVisible(pick);
            n.setManaged(pick);
        }
        setBusy(false);
    }

    Parent root() {
        return root;
    }

    void focus() {
        passwordField.requestFocus();
    }

    /** Closes a register opened with the recovery key whose new password was never set. */
    void dispose() {
        stopCountdown();
        model.dispose();
    }

    @FXML
    private void open() {
        if (openButton.isDisabled()) {
            return;
        }
        String typed = passwordField.getText();
        if (typed == null || typed.isEmpty()) {
            loginMessage.setText("Hãy nhập mật khẩu.");
            return;
        }
        String user = userPicker.getValue();
        char[] password = typed.toCharArray();
        loginMessage.setText("");
        hideRestoreOffer();
        setBusy(true);
        BackgroundTask.of(() -> model.open(user, password))
                .onSuccess(recovery -> opened(recovery, passwordField))
                .onFailure(error -> {
                    setBusy(false);
                    failed(error);
                    passwordField.selectAll();
                    passwordField.requestFocus();
                }).run(services.runner());
    }

    /** A register just opened: with the recovery key it waits for a new password, else the main window's details load. */
    private void opened(Optional<LoginModel.Recovery> recovery, TextField used) {
        used.clear();
        if (recovery.isPresent()) {
            setBusy(false);
            showNewPasswordStep(recovery.get());
            return;
        }
        BackgroundTask.of(model::load)
                .onSuccess(onOpened::accept)
                .onFailure(error -> {
                    setBusy(false);
                    loginMessage.setText(ErrorMessages.describe(error));
                }).run(services.runner());
    }

    private void failed(Throwable error) {
        if (error instanceof LoginDelayException delay) {
            startCountdown(delay.waitTime());
            return;
        }
        if (error instanceof WrongPasswordException wrong && !wrong.waitTime().isZero()) {
            startCountdown(wrong.waitTime()); // the countdown says why it waits
            return;
        }
        loginMessage.setText(ErrorMessages.describe(error));
        if (error instanceof CorruptRegisterException corrupt) {
            corrupt.newestGoodBackup().ifPresent(this::offerRestore);
        }
    }

    private void startCountdown(Duration wait) {
        stopCountdown();
        long[] left = {Math.max(1, (wait.toMillis() + 999) / 1000)};
        openButton.setDisable(true);
        showCountdown(left[0]);
        countdown = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            left[0]--;
            if (left[0] <= 0) {
                stopCountdown();
                openButton.setDisable(false);
                loginMessage.setText("Bây giờ có thể gõ lại mật khẩu.");
                passwordField.requestFocus();
            } else {
                showCountdown(left[0]);
            }
        }));
        countdown.setCycleCount((int) left[0]);
        countdown.play();
    }

    private void showCountdown(long seconds) {
        loginMessage.setText("Đã gõ sai mật khẩu nhiều lần. Hãy đợi " + seconds + " giây rồi thử lại.");
    }

    private void stopCountdown() {
        if (countdown != null) {
            countdown.stop();
            countdown = null;
        }
    }

    private void offerRestore(BackupInfo backup) {
        newestBackup = backup;
        restoreBackupButton.setText("Khôi phục từ bản sao lưu ngày " + BackupText.BACKUP_TIME.format(backup.createdAt()));
        restoreBackupButton.setVisible(true);
        restoreBackupButton.setManaged(true);
    }

    private void hideRestoreOffer() {
        restoreBackupButton.setVisible(false);
        restoreBackupButton.setManaged(false);
    }

    /** Restores the newest good backup with the typed password (the one that opened it), then logs in. */
    @FXML
    private void restoreNewest() {
        BackupInfo backup = newestBackup;
        String typed = passwordField.getText();
        if (backup == null) {
            return;
        }
        if (typed == null || typed.isEmpty()) {
            loginMessage.setText("Hãy nhập mật khẩu đã dùng khi tạo bản sao lưu, rồi bấm lại nút khôi phục.");
            passwordField.requestFocus();
            return;
        }
        Window owner = window();
        if (!services.dialogs().confirm(owner, "Thay tệp dữ liệu hiện tại bằng bản sao lưu ngày "
                + BackupText.BACKUP_TIME.format(backup.createdAt()) + "? Những gì nhập sau thời điểm đó sẽ không có trong sổ. "
                + "Tệp hiện tại được giữ lại trong thư mục sao lưu, không bị xóa.", "Khôi phục")) {
            return;
        }
        char[] password = typed.toCharArray();
        ProgressWindow.run(services, owner, "Đang khôi phục bản sao lưu…", progress -> model.restore(backup, password, progress), done -> {
            hideRestoreOffer();
            loginMessage.setText("");
            open();
        });
    }

    @FXML
    private void showRecovery() {
        show(recoveryPane);
        recoveryKeyField.requestFocus();
    }

    @FXML
    private void showPassword() {
        show(passwordPane);
        passwordField.requestFocus();
    }

    private void show(VBox pane) {
        for (VBox p : List.of(passwordPane, recoveryPane, newPasswordPane)) {
            p.setVisible(p == pane);
            p.setManaged(p == pane);
        }
    }

    @FXML
    private void openWithRecoveryKey() {
        if (recoveryOpenButton.isDisabled()) {
            return;
        }
        String typed = recoveryKeyField.getText();
        if (typed == null || typed.isBlank()) {
            recoveryMessage.setText("Hãy gõ mã khôi phục.");
            return;
        }
        char[] key = typed.toCharArray();
        recoveryMessage.setText("");
        setBusy(true);
        BackgroundTask.of(() -> model.openWithRecoveryKey(key))
                .onSuccess(recovery -> opened(recovery, recoveryKeyField))
                .onFailure(error -> {
                    setBusy(false);
                    recoveryMessage.setText(error instanceof WrongPasswordException
                            ? "Mã khôi phục không đúng. Hãy kiểm tra từng ký tự trên tờ giấy đã in."
                            : ErrorMessages.describe(error));
                    recoveryKeyField.requestFocus();
                }).run(services.runner());
    }

    private void showNewPasswordStep(LoginModel.Recovery recovery) {
        if (!recovery.problem().isEmpty()) {
            newPasswordMessage.setText(recovery.problem());
        }
        adminPicker.getItems().setAll(recovery.admins());
        adminPicker.getSelectionModel().selectFirst();
        show(newPasswordPane);
        newPasswordField.requestFocus();
    }

    @FXML
    private void saveNewPassword() {
        String user = adminPicker.getValue();
        if (!model.waitsForNewPassword() || saveNewPasswordButton.isDisabled()) {
            return;
        }
        if (user == null) {
            newPasswordMessage.setText("Hãy chọn tài khoản quản trị.");
            return;
        }
        Optional<String> problem = PasswordPair.problem(newPasswordField.getText(), newPasswordRepeatField.getText());
        if (problem.isPresent()) {
            newPasswordMessage.setText(problem.get());
            return;
        }
        char[] password = newPasswordField.getText().toCharArray();
        newPasswordMessage.setText("");
        saveNewPasswordButton.setDisable(true);
        // Reopened as that administrator, so the work from here on is in the log under their name.
        BackgroundTask.of(() -> model.setNewPassword(user, password))
                .onSuccess(opened -> {
                    newPasswordField.clear();
                    newPasswordRepeatField.clear();
                    onOpened.accept(opened);
                })
                .onFailure(error -> {
                    saveNewPasswordButton.setDisable(false);
                    newPasswordMessage.setText(ErrorMessages.describe(error));
                }).run(services.runner());
    }

    private void setBusy(boolean busy) {
        openButton.setDisable(busy || countdown != null);
        passwordField.setDisable(busy);
        userPicker.setDisable(busy);
        recoveryOpenButton.setDisable(busy);
        recoveryKeyField.setDisable(busy);
        loginProgress.setVisible(busy);
        progressText.setVisible(busy);
    }

    private Window window() {
        return Views.windowOf(root);
    }
}
