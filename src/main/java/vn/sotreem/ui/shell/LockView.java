package vn.sotreem.ui.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.storage.security.WrongPasswordException;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The idle lock on screen: key presses and mouse moves in the main window (and the windows it
 * owns) restart the {@link IdleLock}; when it closes, an overlay covers the window's content and
 * the owned windows (an open child form, say) are hidden, to be shown again, as they were, when
 * the current user's password is typed.
 */
final class LockView {

    @FXML
    private Label lockText;
    @FXML
    private Label lockUser;
    @FXML
    private PasswordField unlockPasswordField;
    @FXML
    private Label unlockMessage;
    @FXML
    private Button unlockButton;
    @FXML
    private ProgressIndicator unlockProgress;

    private final UiServices services;
    private final IdleLock lock;
    private final String userName;
    private final StackPane host;
    private final Parent covered;
    /** The overlay, built the first time the lock closes: most sessions never need it. */
    private Parent root;
    private final EventHandler<InputEvent> activity;
    private final List<Window> hidden = new ArrayList<>();
    private Stage stage;
    private ListChangeListener<Window> windowWatcher;

    /** The overlay goes into {@code host}, over {@code covered}, when the lock closes. */
    LockView(UiServices services, LockModel model, java.util.function.IntSupplier minutes, StackPane host,
            Parent covered) {
        this.services = services;
        this.host = host;
        this.covered = covered;
        this.userName = model.userName();
        // A wrong password throws, with its wait after 3 failures.
        this.lock = new IdleLock(services.idleTimers().get(), minutes, model::checkPassword);
        this.activity = e -> lock.activity();
        lock.lockedProperty().addListener((o, was, now) -> {
            if (now) {
                cover(minutes.getAsInt());
            } else {
                uncover();
            }
        });
    }

    private Parent overlay() {
        if (root == null) {
            root = Views.load("LockView.fxml", this);
            lockUser.setText("Người dùng: " + userName);
            unlockMessage.managedProperty().bind(unlockMessage.textProperty().isNotEmpty());
            host.getChildren().add(root);
        }
        return root;
    }

    IdleLock lock() {
        return lock;
    }

    /** Starts counting idle time from the main window's input and that of the windows it owns. */
    void start(Stage stage) {
        this.stage = stage;
        stage.addEventFilter(KeyEvent.ANY, activity::handle);
        stage.addEventFilter(MouseEvent.ANY, activity::handle);
        stage.addEventFilter(ScrollEvent.ANY, activity::handle);
        windowWatcher = change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (ownedByStage(w)) {
                        w.addEventFilter(KeyEvent.ANY, activity::handle);
                        w.addEventFilter(MouseEvent.ANY, activity::handle);
                        w.addEventFilter(ScrollEvent.ANY, activity::handle);
                    }
                }
            }
        };
        Window.getWindows().addListener(windowWatcher);
        lock.start();
    }

    void stop() {
        lock.stop();
        if (windowWatcher != null) {
            Window.getWindows().removeListener(windowWatcher);
            windowWatcher = null;
        }
    }

    private boolean ownedByStage(Window w) {
        for (Window owner = ownerOf(w); owner != null; owner = ownerOf(owner)) {
            if (owner == stage) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window w) {
        return w instanceof Stage s ? s.getOwner() : null;
    }

    private void cover(int minutes) {
        Parent overlay = overlay();
        lockText.setText("Không có thao tác nào trong " + minutes + " phút nên sổ đã được che lại. "
                + "Những gì đang nhập dở vẫn còn nguyên. Hãy gõ mật khẩu để làm tiếp.");
        unlockMessage.setText("");
        hidden.clear();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && ownedByStage(w) && !w.getProperties().containsKey(ProgressWindow.KEEP_WHEN_LOCKED)) {
                if (LockedWindows.showsAgainAfterUnlock(w)) {
                    hidden.add(w);
                }
                w.hide();
            }
        }
        covered.setVisible(false);
        overlay.setVisible(true);
        unlockPasswordField.requestFocus();
    }

    private void uncover() {
        overlay().setVisible(false);
        covered.setVisible(true);
        for (Window w : hidden) {
            if (w instanceof Stage s) {
                s.show();
            }
        }
        hidden.clear();
    }

    @FXML
    private void unlock() {
        if (unlockButton.isDisabled()) {
            return;
        }
        String typed = unlockPasswordField.getText();
        if (typed == null || typed.isEmpty()) {
            unlockMessage.setText("Hãy nhập mật khẩu.");
            return;
        }
        char[] password = typed.toCharArray();
        setBusy(true);
        BackgroundTask.of(() -> {
            try {
                return lock.checkPassword(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }).onSuccess(right -> {
            setBusy(false);
            unlockPasswordField.clear();
            if (right) {
                unlockMessage.setText("");
                lock.opened();
            } else {
                unlockMessage.setText(new WrongPasswordException().getMessage());
                unlockPasswordField.requestFocus();
            }
        }).onFailure(error -> {
            setBusy(false);
            unlockMessage.setText(ErrorMessages.describe(error));
        }).run(services.runner());
    }

    private void setBusy(boolean busy) {
        unlockButton.setDisable(busy);
        unlockPasswordField.setDisable(busy);
        unlockProgress.setVisible(busy);
    }
}
