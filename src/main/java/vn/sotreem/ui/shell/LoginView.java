package vn.sotreem.ui.shell;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
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
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.access.Role;
import vn.sotreem.storage.Accounts;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.CorruptRegisterException;
import vn.sotreem.storage.security.LoginDelayException;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.storage.security.WrongPasswordException;
import vn.sotreem.ui.settings.BackupText;
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
    private final DataFolder folder;
    private final Consumer<OpenedRegister> onOpened;
    private final Parent root;
    private Timeline countdown;
    private BackupInfo newestBackup;
    /** Opened with the recovery key, waiting for the new password; closed if the window closes. */
    private RegisterStore recoveryStore;

    LoginView(UiServices services, DataFolder folder, Consumer<OpenedRegister> onOpened) {
        this.services = services;
        this.folder = folder;
        this.onOpened = onOpened;
        this.root = Views.load("LoginView.fxml", this);
        folderLabel.setText("Thư mục dữ liệu: " + folder.path().toAbsolutePath());
        for (Label l : List.of(loginMessage, recoveryMessage, newPasswordMessage)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        List<String> users = userNames();
        userPicker.getItems().setAll(users);
        userPicker.getSelectionModel().selectFirst();
        boolean pick = !users.isEmpty();
        for (Node n : List.of(userPicker, userLabel)) {
            n.setVisible(pick);
            n.setManaged(pick);
        }
        setBusy(false);
    }

    private List<String> userNames() {
        try {
            return Accounts.userNames(folder);
        } catch (RuntimeException e) {
            return List.of(); // A damaged key ring is reported when opening.
        }
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
        if (recoveryStore != null) {
            recoveryStore.close();
            recoveryStore = null;
        }
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
        Task<RegisterStore> task = new Task<>() {
            @Override
            protected RegisterStore call() {
                try {
                    return RegisterStore.open(folder, user, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        };
        task.setOnSucceeded(e -> opened(task.getValue(), passwordField));
        task.setOnFailed(e -> {
            setBusy(false);
            failed(task.getException());
            passwordField.selectAll();
            passwordField.requestFocus();
        });
        setBusy(true);
        services.runner().start(task);
    }

    /** A register just opened: with the recovery key it waits for a new password, else the list loads. */
    private void opened(RegisterStore store, TextField used) {
        used.clear();
        if (store.openedWithRecoveryKey()) {
            setBusy(false);
            recoveryStore = store;
            showNewPasswordStep(store);
            return;
        }
        Task<OpenedRegister> load = new Task<>() {
            @Override
            protected OpenedRegister call() {
                return OpenedRegister.load(store);
            }
        };
        load.setOnSucceeded(e -> onOpened.accept(load.getValue()));
        load.setOnFailed(e -> {
            setBusy(false);
            loginMessage.setText(ErrorMessages.describe(load.getException()));
        });
        services.runner().start(load);
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
        ProgressWindow.run(services, owner, "Đang khôi phục bản sao lưu…", progress -> {
            try {
                Backups.restore(folder, backup.file(), password, progress);
                return backup;
            } finally {
                Arrays.fill(password, '\0');
            }
        }, done -> {
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
        Task<RegisterStore> task = new Task<>() {
            @Override
            protected RegisterStore call() {
                try {
                    return RegisterStore.open(folder, null, key);
                } finally {
                    Arrays.fill(key, '\0');
                }
            }
        };
        task.setOnSucceeded(e -> opened(task.getValue(), recoveryKeyField));
        task.setOnFailed(e -> {
            setBusy(false);
            Throwable error = task.getException();
            recoveryMessage.setText(error instanceof WrongPasswordException
                    ? "Mã khôi phục không đúng. Hãy kiểm tra từng ký tự trên tờ giấy đã in."
                    : ErrorMessages.describe(error));
            recoveryKeyField.requestFocus();
        });
        setBusy(true);
        services.runner().start(task);
    }

    private void showNewPasswordStep(RegisterStore store) {
        List<String> admins;
        try {
            admins = store.accounts().list().stream().filter(a -> a.active() && a.role() == Role.ADMIN)
                    .map(Account::userName).toList();
        } catch (RuntimeException e) {
            admins = List.of();
            newPasswordMessage.setText(ErrorMessages.describe(e));
        }
        adminPicker.getItems().setAll(admins);
        adminPicker.getSelectionModel().selectFirst();
        show(newPasswordPane);
        newPasswordField.requestFocus();
    }

    @FXML
    private void saveNewPassword() {
        RegisterStore store = recoveryStore;
        String user = adminPicker.getValue();
        if (store == null || saveNewPasswordButton.isDisabled()) {
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
        Task<OpenedRegister> task = new Task<>() {
            @Override
            protected OpenedRegister call() {
                try {
                    store.accounts().changePassword(user, password);
                    store.close();
                    // Reopen as that administrator, so the work from here on is in the log under their name.
                    return OpenedRegister.load(RegisterStore.open(folder, user, password));
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        };
        task.setOnSucceeded(e -> {
            recoveryStore = null;
            newPasswordField.clear();
            newPasswordRepeatField.clear();
            onOpened.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            saveNewPasswordButton.setDisable(false);
            newPasswordMessage.setText(ErrorMessages.describe(task.getException()));
        });
        saveNewPasswordButton.setDisable(true);
        services.runner().start(task);
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
