package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.MembershipField;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.FormDialog;
import vn.sotreem.ui.common.Views;

/**
 * "Thêm diện HCĐB…" and "Sửa…": group, sub-case of that group, from/to dates, basis; for group d the
 * certificate date. Correcting a membership opens it filled in, checked with the same rules.
 */
final class MembershipDialog {

    @FXML
    private ComboBox<HcdbGroup> groupBox;
    @FXML
    private Label groupMessage;
    @FXML
    private ComboBox<HcdbSubCase> subCaseBox;
    @FXML
    private Label subCaseMessage;
    @FXML
    private TextField fromField;
    @FXML
    private Label fromMessage;
    @FXML
    private TextField toField;
    @FXML
    private Label toMessage;
    @FXML
    private TextField basisField;
    @FXML
    private VBox certificateRow;
    @FXML
    private TextField certificateField;
    @FXML
    private Label certificateMessage;

    private final FormDialog dialog;
    private final MembershipFormModel model;

    /** {@code save} writes the membership (off the FX thread) and closes the dialog once it is shown. */
    MembershipDialog(Window owner, Child child, List<Membership> others, LocalDate today,
                     BiConsumer<Membership, FormDialog> save) {
        this(owner, child, others, null, today, save);
    }

    /** With {@code editing} not null: that membership filled in, to correct. */
    MembershipDialog(Window owner, Child child, List<Membership> others, Membership editing, LocalDate today,
                     BiConsumer<Membership, FormDialog> save) {
        this.model = new MembershipFormModel(child, others, today);
        String title = editing == null ? "Thêm diện HCĐB" : "Sửa diện HCĐB";
        this.dialog = new FormDialog(owner, title, title + ": " + child.getFullName(), editing == null
                ? "Ngày gõ theo dạng ngày/tháng/năm, ví dụ 05/03/2018."
                : "Sửa chỗ nhập sai; sổ ghi lại giá trị cũ và mới vào nhật ký. Ngày gõ theo dạng ngày/tháng/năm.");
        dialog.fields.getChildren().add(Views.load("MembershipDialog.fxml", this));
        groupBox.getItems().setAll(HcdbGroup.values());
        groupBox.valueProperty().bindBidirectional(model.groupProperty());
        FieldMessages.bind(groupMessage, model.message(MembershipField.GROUP.key()));
        subCaseBox.setItems(model.subCases());
        subCaseBox.valueProperty().bindBidirectional(model.subCaseProperty());
        subCaseBox.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.subCases()));
        FieldMessages.bind(subCaseMessage, model.message(MembershipField.SUB_CASE.key()));
        fromField.textProperty().bindBidirectional(model.fromProperty());
        FieldMessages.bind(fromMessage, model.message(MembershipField.FROM.key()));
        toField.textProperty().bindBidirectional(model.toProperty());
        FieldMessages.bind(toMessage, model.message(MembershipField.TO.key()));
        basisField.textProperty().bindBidirectional(model.basisProperty());
        certificateField.textProperty().bindBidirectional(model.certificateProperty());
        FieldMessages.bind(certificateMessage, model.message(MembershipField.CERTIFICATE.key()));
        BooleanBinding disabled = model.groupProperty().isEqualTo(HcdbGroup.DISABLED);
        certificateRow.visibleProperty().bind(disabled);
        certificateRow.managedProperty().bind(disabled);
        certificateRow.visibleProperty().addListener((o, was, now) -> dialog.fit());
        if (editing != null) {
            model.fill(editing);
        }

        dialog.saveButton.setOnAction(e -> {
            Membership m = model.membershipToSave().orElse(null);
            if (m == null) {
                dialog.formMessage.setText("Chưa lưu: còn mục ghi chữ đỏ cần sửa.");
                return;
            }
            save.accept(m, dialog);
        });
    }

    void show() {
        dialog.show();
    }
}
