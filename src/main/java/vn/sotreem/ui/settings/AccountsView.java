package vn.sotreem.ui.settings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.PasswordPair;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Users: administrators see every account, add one, change a role, lock one, and set anyone's
 * password; everyone else only changes their own password.
 */
final class AccountsView {

    @FXML
    private VBox accountsAdminPane;
    @FXML
    private TableView<Account> accountTable;
    @FXML
    private TableColumn<Account, String> accountNameColumn;
    @FXML
    private TableColumn<Account, String> accountRoleColumn;
    @FXML
    private TableColumn<Account, String> accountActiveColumn;
    @FXML
    private ComboBox<Role> selectedRoleBox;
    @FXML
    private Button changeRoleButton;
    @FXML
    private Button deactivateButton;
    @FXML
    private TextField newUserName;
    @FXML
    private ComboBox<Role> newUserRole;
    @FXML
    private PasswordField newUserPassword;
    @FXML
    private PasswordField newUserPasswordRepeat;
    @FXML
    private Label accountsMessage;
    @FXML
    private Label passwordTitle;
    @FXML
    private PasswordField changePasswordField;
    @FXML
    private PasswordField changePasswordRepeatField;
    @FXML
    private Label passwordMessage;

    private final UiServices services;
    private final AccountsModel model;
    private final boolean admin;
    private final Parent root;

    AccountsView(UiServices services, AccountsModel model) {
        this.services = services;
        this.model = model;
        this.admin = model.admin();
        this.root = Views.load("AccountsView.fxml", this);
        accountsAdminPane.setVisible(admin);
        accountsAdminPane.setManaged(admin);
        accountNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().userName()));
        accountRoleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().role().label()));
        accountActiveColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().active() ? "Đang dùng" : "Đã khóa"));
        accountTable.setPlaceholder(new Label("Chưa có người dùng."));
        selectedRoleBox.getItems().setAll(Role.values());
        newUserRole.getItems().setAll(Role.values());
        newUserRole.setValue(Role.OFFICER);
        accountTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected(now));
        changeRoleButton.disableProperty().bind(accountTable.getSelectionModel().selectedItemProperty().isNull());
        deactivateButton.disableProperty().bind(accountTable.getSelectionModel().selectedItemProperty().isNull());
        for (Label l : List.of(accountsMessage, passwordMessage)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        selected(null);
    }

    Parent root() {
        return root;
    }

    void refresh() {
        if (!admin) {
            return;
        }
        refresh(() -> { });
    }

    /** Reads the accounts in the background, keeps the selection, then {@code then}. */
    private void refresh(Runnable then) {
        String keep = target();
        BackgroundTask.of(model::accounts).onSuccess(accounts -> {
            accountTable.getItems().setAll(accounts);
            accountTable.getItems().stream().filter(a -> a.userName().equals(keep)).findFirst()
                    .ifPresent(a -> accountTable.getSelectionModel().select(a));
            then.run();
        }).onFailure(e -> message(accountsMessage, ErrorMessages.describe(e), true)).run(services.runner());
    }

    private void selected(Account account) {
        if (account != null) {
            selectedRoleBox.setValue(account.role());
        }
        String who = target();
        passwordTitle.setText(who.equals(model.userName()) ? "Đổi mật khẩu của tôi" : "Đặt mật khẩu mới cho: " + who);
        passwordMessage.setText("");
    }

    /** Whose password the password section sets: the selected account (administrators), else oneself. */
    private String target() {
        Account selected = accountTable.getSelectionModel().getSelectedItem();
        return admin && selected != null ? selected.userName() : model.userName();
    }

    @FXML
    private void addUser() {
        List<String> names = accountTable.getItems().stream().map(Account::userName).toList();
        Optional<String> problem = NewAccountForm.problem(newUserName.getText(), newUserRole.getValue(),
                newUserPassword.getText(), newUserPasswordRepeat.getText(), names);
        if (problem.isPresent()) {
            message(accountsMessage, problem.get(), true);
            return;
        }
        String name = VietnameseText.clean(newUserName.getText());
        Role role = newUserRole.getValue();
        char[] password = newUserPassword.getText().toCharArray();
        inBackground(accountsMessage, () -> model.add(name, role, password), () -> {
            newUserName.clear();
            newUserPassword.clear();
            newUserPasswordRepeat.clear();
            refresh(() -> message(accountsMessage, "Đã thêm người dùng " + name + " (" + role.label()
                    + "). Hãy báo mật khẩu cho người đó trực tiếp.", false));
        });
    }

    /**
     * Runs {@code work} off the JavaFX thread — wrapping the data key for a password takes a few
     * tenths of a second on an old PC — then {@code done} on it (the model wipes the password).
     */
    private void inBackground(Label messageLabel, BackgroundTask.Action work, Runnable done) {
        root.setDisable(true);
        message(messageLabel, "Đang xử lý…", false);
        BackgroundTask.ofAction(work).onSuccess(nothing -> {
            root.setDisable(false);
            done.run();
        }).onFailure(e -> {
            root.setDisable(false);
            message(messageLabel, ErrorMessages.describe(e), true);
        }).run(services.runner());
    }

    @FXML
    private void changeRole() {
        Account selected = accountTable.getSelectionModel().getSelectedItem();
        Role role = selectedRoleBox.getValue();
        if (selected == null || role == null) {
            return;
        }
        if (role == selected.role()) {
            message(accountsMessage, selected.userName() + " đã có vai trò " + role.label() + ".", false);
            return;
        }
        attempt(() -> model.changeRole(selected.userName(), role),
                "Đã đổi vai trò của " + selected.userName() + " thành " + role.label() + ".");
    }

    @FXML
    private void deactivate() {
        Account selected = accountTable.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (!selected.active()) {
            message(accountsMessage, selected.userName() + " đã bị khóa rồi.", false);
            return;
        }
        if (!services.dialogs().confirm(window(), "Khóa người dùng " + selected.userName()
                + "? Mật khẩu của người này sẽ không mở được sổ nữa. Tên vẫn giữ trong nhật ký hoạt động.", "Khóa")) {
            return;
        }
        attempt(() -> model.deactivate(selected.userName()), "Đã khóa người dùng " + selected.userName() + ".");
    }

    private void attempt(BackgroundTask.Action change, String done) {
        BackgroundTask.ofAction(change)
                .onSuccess(nothing -> refresh(() -> message(accountsMessage, done, false)))
                .onFailure(e -> message(accountsMessage, ErrorMessages.describe(e), true))
                .run(services.runner());
    }

    @FXML
    private void changePassword() {
        Optional<String> problem = PasswordPair.problem(changePasswordField.getText(), changePasswordRepeatField.getText());
        if (problem.isPresent()) {
            message(passwordMessage, problem.get(), true);
            return;
        }
        String who = target();
        char[] password = changePasswordField.getText().toCharArray();
        inBackground(passwordMessage, () -> model.changePassword(who, password), () -> {
            changePasswordField.clear();
            changePasswordRepeatField.clear();
            message(passwordMessage, who.equals(model.userName()) ? "Đã đổi mật khẩu. Lần mở sổ sau hãy dùng mật khẩu mới."
                    : "Đã đặt mật khẩu mới cho " + who + ". Hãy báo cho người đó trực tiếp.", false);
        });
    }

    private static void message(Label label, String text, boolean error) {
        FieldMessages.show(label, text, error ? Severity.ERROR : null);
    }

    private Window window() {
        return Views.windowOf(root);
    }
}
