package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.MembershipField;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.MembershipRules;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.FormDialog;
import vn.sotreem.ui.common.Views;

/** "Kết thúc diện": the end date and the reason of an open membership, kept in the history. */
final class EndMembershipDialog {

    @FXML
    private TextField endDateField;
    @FXML
    private Label endDateMessage;
    @FXML
    private TextField endReasonField;
    @FXML
    private Label endReasonMessage;

    private final FormDialog dialog;

    /** {@code save} writes the closed membership (off the FX thread) and closes the dialog once it is shown. */
    EndMembershipDialog(Window owner, Child child, Membership open, List<Membership> others, LocalDate today,
                        BiConsumer<Membership, FormDialog> save) {
        this.dialog = new FormDialog(owner, "Kết thúc diện HCĐB", "Kết thúc nhóm " + open.group().code()
                + " của " + child.getFullName(), "Diện được giữ lại trong lịch sử với ngày kết thúc và lý do.");
        dialog.fields.getChildren().add(Views.load("EndMembershipDialog.fxml", this));
        endDateField.setText(DateText.format(today));
        for (Label message : List.of(endDateMessage, endReasonMessage)) {
            message.managedProperty().bind(message.textProperty().isNotEmpty());
        }
        dialog.saveButton.setText("Kết thúc diện");
        dialog.saveButton.setOnAction(e -> {
            LocalDate on = DateText.parse(endDateField.getText()).orElse(null);
            String reason = endReasonField.getText();
            endDateMessage.setText(on == null ? FieldMessages.BAD_DATE : "");
            endReasonMessage.setText(VietnameseText.isBlank(reason) ? "Hãy ghi lý do kết thúc." : "");
            if (on == null || VietnameseText.isBlank(reason)) {
                return;
            }
            Membership closed = open.closed(on, reason.trim());
            String error = MembershipRules.validate(closed, child, others, today).stream()
                    .filter(p -> p.isError() && p.field().equals(MembershipField.TO.key())).map(Problem::message)
                    .findFirst().orElse("");
            endDateMessage.setText(error);
            if (error.isEmpty()) {
                save.accept(closed, dialog);
            }
        });
    }

    void show() {
        dialog.show();
    }
}
