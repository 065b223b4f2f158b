package vn.sotreem.ui.child;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.VoidReason;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * "Hủy hồ sơ (nhập nhầm)…": the officer writes why a child record was entered in error, then the
 * record is voided. A refusal (a reason missing, an abuse case naming the child) is shown here and
 * nothing changes.
 */
final class ChildVoidDialog {

    static final String REASON_MISSING = VoidReason.problem("", "hồ sơ", null).orElseThrow();

    @FXML
    private Label title;
    @FXML
    private TextArea reasonArea;
    @FXML
    private Label message;
    @FXML
    private Button confirmVoidButton;

    private final UiServices services;
    private final ChildFormModel register;
    private final Child child;
    private final Consumer<Child> onVoided;
    private final Parent root;
    private Stage stage;

    ChildVoidDialog(UiServices services, ChildFormModel register, Child child, Consumer<Child> onVoided) {
        this.services = services;
        this.register = register;
        this.child = child;
        this.onVoided = onVoided;
        this.root = Views.load("ChildVoidDialog.fxml", this);
        title.setText("Hủy hồ sơ " + child.getCode() + " (" + child.getFullName() + ")");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
    }

    void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Hủy hồ sơ nhập nhầm");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        stage.show();
        reasonArea.requestFocus();
    }

    @FXML
    private void confirm() {
        String reason = reasonArea.getText();
        java.util.Optional<String> problem = VoidReason.problem(reason, "hồ sơ", null);
        if (problem.isPresent()) {
            message.setText(problem.get());
            reasonArea.requestFocus();
            return;
        }
        confirmVoidButton.setDisable(true);
        BackgroundTask.of(() -> register.voidChild(child.getId(), reason))
                .onSuccess(voided -> {
                    stage.close();
                    onVoided.accept(voided);
                })
                .onFailure(error -> message.setText(ErrorMessages.describe(error)))
                .onFinished(() -> confirmVoidButton.setDisable(false))
                .run(services.runner());
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
