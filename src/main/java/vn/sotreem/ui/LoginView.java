package vn.sotreem.ui;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/** The password screen: opens the register off the FX thread; failures appear under the field. */
final class LoginView {

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
    private Label folderLabel;

    private final UiServices services;
    private final DataFolder folder;
    private final Consumer<OpenedRegister> onOpened;
    private final Parent root;

    LoginView(UiServices services, DataFolder folder, Consumer<OpenedRegister> onOpened) {
        this.services = services;
        this.folder = folder;
        this.onOpened = onOpened;
        this.root = Views.load("LoginView.fxml", this);
        folderLabel.setText("Thư mục dữ liệu: " + folder.path().toAbsolutePath());
        setBusy(false);
    }

    Parent root() {
        return root;
    }

    void focus() {
        passwordField.requestFocus();
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
        char[] password = typed.toCharArray();
        loginMessage.setText("");
        Task<OpenedRegister> task = new Task<>() {
            @Override
            protected OpenedRegister call() {
                try {
                    return OpenedRegister.load(RegisterStore.open(folder, password));
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        };
        task.setOnSucceeded(e -> {
            passwordField.clear();
            onOpened.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            setBusy(false);
            loginMessage.setText(ErrorMessages.describe(task.getException()));
            passwordField.selectAll();
            passwordField.requestFocus();
        });
        setBusy(true);
        services.runner().start(task);
    }

    private void setBusy(boolean busy) {
        openButton.setDisable(busy);
        passwordField.setDisable(busy);
        loginProgress.setVisible(busy);
        progressText.setVisible(busy);
    }
}
