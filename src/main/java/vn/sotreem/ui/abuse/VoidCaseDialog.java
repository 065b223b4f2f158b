package vn.sotreem.ui.abuse;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.Views;

/**
 * "Hủy vụ việc nhập nhầm": asks the reason (required) before a case entered in error is voided.
 * The case window does the voiding; this dialog only collects and checks the reason.
 */
final class VoidCaseDialog {

    @FXML
    private Label voidQuestion;
    @FXML
    private TextArea voidReasonArea;
    @FXML
    private Label voidMessage;

    private final Stage stage = new Stage();
    private final Consumer<String> onConfirmed;

    VoidCaseDialog(Window owner, String caseCode, Consumer<String> onConfirmed) {
        this.onConfirmed = onConfirmed;
        Parent root = Views.load("VoidCaseDialog.fxml", this);
        voidQuestion.setText("Hủy vụ việc " + caseCode + " vì đã nhập nhầm? Vụ việc sẽ không còn trong danh sách, việc cần "
                + "làm hôm nay, báo cáo và tệp xuất. Hồ sơ không bị xóa: nhật ký hoạt động ghi lại người hủy và lý do.");
        voidMessage.managedProperty().bind(voidMessage.textProperty().isNotEmpty());
        voidReasonArea.textProperty().addListener((o, was, now) -> voidMessage.setText(""));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Hủy vụ việc nhập nhầm");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
    }

    void show() {
        stage.show();
        voidReasonArea.requestFocus();
    }

    @FXML
    private void confirm() {
        Optional<String> problem = AbuseModel.voidReasonProblem(voidReasonArea.getText());
        if (problem.isPresent()) {
            FieldMessages.show(voidMessage, problem.get(), Severity.ERROR);
            return;
        }
        stage.close();
        onConfirmed.accept(voidReasonArea.getText().trim());
    }

    @FXML
    private void back() {
        stage.close();
    }
}
