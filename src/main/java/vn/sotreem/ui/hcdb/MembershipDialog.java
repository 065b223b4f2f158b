package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.MembershipRules;
import vn.sotreem.ui.common.FormDialog;

/** "Thêm diện HCĐB…": group, sub-case of that group, from/to dates, basis; for group d the certificate date. */
final class MembershipDialog {

    private final FormDialog dialog;
    private final MembershipFormModel model;

    /** {@code save} writes the membership (off the FX thread) and closes the dialog once it is shown. */
    MembershipDialog(Window owner, Child child, List<Membership> others, LocalDate today,
                     BiConsumer<Membership, FormDialog> save) {
        this.model = new MembershipFormModel(child, others, today);
        this.dialog = new FormDialog(owner, "Thêm diện HCĐB", "Thêm diện HCĐB: " + child.getFullName(),
                "Ngày gõ theo dạng ngày/tháng/năm, ví dụ 05/03/2018.");
        ComboBox<HcdbGroup> group = new ComboBox<>();
        group.setId("groupBox");
        group.setPromptText("Chọn nhóm");
        group.setMaxWidth(470);
        group.setPrefWidth(470);
        group.setVisibleRowCount(14);
        group.getItems().setAll(HcdbGroup.values());
        group.valueProperty().bindBidirectional(model.groupProperty());
        dialog.row("Nhóm hoàn cảnh đặc biệt *", group, FormDialog.message("groupMessage", model.message(MembershipRules.GROUP)));

        ComboBox<HcdbSubCase> subCase = new ComboBox<>(model.subCases());
        subCase.setId("subCaseBox");
        subCase.setMaxWidth(470);
        subCase.setPrefWidth(470);
        subCase.setPromptText("Chọn trường hợp (mức độ khuyết tật với nhóm d)");
        subCase.valueProperty().bindBidirectional(model.subCaseProperty());
        subCase.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.subCases()));
        dialog.row("Trường hợp cụ thể", subCase, FormDialog.message("subCaseMessage", model.message(MembershipRules.SUB_CASE)));

        TextField from = dateField("fromField", model.fromProperty());
        dialog.row("Từ ngày *", from, FormDialog.message("fromMessage", model.message(MembershipRules.FROM)));
        TextField to = dateField("toField", model.toProperty());
        to.setPromptText("để trống nếu chưa kết thúc");
        to.setMaxWidth(230);
        dialog.row("Đến ngày", to, FormDialog.message("toMessage", model.message(MembershipRules.TO)));
        TextField basis = new TextField();
        basis.setId("basisField");
        basis.setPromptText("Ví dụ: Quyết định số 12/QĐ-UBND ngày 05/03/2024");
        basis.textProperty().bindBidirectional(model.basisProperty());
        dialog.row("Căn cứ xác định", basis, null);
        TextField cert = dateField("certificateField", model.certificateProperty());
        VBox certRow = dialog.row("Ngày cấp giấy xác nhận khuyết tật", cert,
                FormDialog.message("certificateMessage", model.message(MembershipRules.CERTIFICATE)));
        javafx.beans.binding.BooleanBinding disabled = model.groupProperty().isEqualTo(HcdbGroup.DISABLED);
        certRow.visibleProperty().bind(disabled);
        certRow.managedProperty().bind(disabled);
        certRow.visibleProperty().addListener((o, was, now) -> dialog.fit());

        dialog.saveButton.setOnAction(e -> {
            Membership m = model.membershipToSave().orElse(null);
            if (m == null) {
                dialog.formMessage.setText("Chưa lưu: còn mục ghi chữ đỏ cần sửa.");
                return;
            }
            save.accept(m, dialog);
        });
    }

    private static TextField dateField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("ngày/tháng/năm");
        field.setMaxWidth(180);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    void show() {
        dialog.show();
    }
}
