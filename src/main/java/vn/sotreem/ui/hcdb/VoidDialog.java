package vn.sotreem.ui.hcdb;

import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.sotreem.domain.common.VoidReason;
import vn.sotreem.ui.common.FormDialog;
import vn.sotreem.ui.common.Views;

/**
 * "Hủy (nhập nhầm)…": voids a record entered in error, with a reason that is required. Nothing is
 * deleted: the record leaves the lists, the counts and the export; the reason goes to the audit log.
 */
final class VoidDialog {

    static final String NO_REASON = VoidReason.problem("", "", null).orElseThrow();

    @FXML
    private Label voidWhat;
    @FXML
    private TextField voidReasonField;
    @FXML
    private Label voidReasonMessage;

    private final FormDialog dialog;

    /** {@code save} voids the record with the reason given (off the FX thread) and closes the dialog. */
    VoidDialog(Window owner, String title, String what, BiConsumer<String, FormDialog> save) {
        this.dialog = new FormDialog(owner, title, title, "Bản ghi không bị xóa: nó không còn được tính, liệt kê "
                + "hay xuất ra Excel; lý do được ghi vào nhật ký.");
        dialog.fields.getChildren().add(Views.load("VoidDialog.fxml", this));
        voidWhat.setText(what);
        voidReasonMessage.managedProperty().bind(voidReasonMessage.textProperty().isNotEmpty());
        dialog.saveButton.setText("Hủy bản ghi");
        dialog.saveButton.setDefaultButton(false);
        dialog.saveButton.setOnAction(e -> {
            String reason = voidReasonField.getText();
            java.util.Optional<String> problem = VoidReason.problem(reason, "", null);
            voidReasonMessage.setText(problem.orElse(""));
            if (problem.isEmpty()) {
                save.accept(reason.trim(), dialog);
            }
        });
    }

    void show() {
        dialog.show();
    }
}
