package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.hcdb.CareForm;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportRules;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.ui.common.FormDialog;

/**
 * "Thêm trợ giúp…" for one child, or the support of a distribution day: date, type, provider,
 * amount, note; for alternative care also the carer and the form. {@code save} records the support
 * off the FX thread and closes the dialog, or shows why it failed in the dialog's message.
 */
final class SupportDialog {

    private final FormDialog dialog;
    private final SupportFormModel model;

    SupportDialog(Window owner, String heading, Child child, LocalDate today, BiConsumer<Support, FormDialog> save) {
        this.model = new SupportFormModel(child, today);
        this.dialog = new FormDialog(owner, "Thêm trợ giúp", heading,
                "Ngày gõ theo dạng ngày/tháng/năm; kinh phí tính bằng đồng, ví dụ 1.500.000.");
        model.dateProperty().set(DateText.format(today));
        TextField date = new TextField();
        date.setId("supportDateField");
        date.setMaxWidth(180);
        date.setPromptText("ngày/tháng/năm");
        date.textProperty().bindBidirectional(model.dateProperty());
        dialog.row("Ngày trợ giúp *", date, FormDialog.message("supportDateMessage", model.message(SupportRules.DATE)));
        ComboBox<SupportType> type = new ComboBox<>();
        type.setId("supportTypeBox");
        type.setPromptText("Chọn loại trợ giúp");
        type.setMaxWidth(470);
        type.setPrefWidth(470);
        type.setVisibleRowCount(10);
        type.getItems().setAll(SupportType.values());
        type.valueProperty().bindBidirectional(model.typeProperty());
        dialog.row("Loại trợ giúp *", type, FormDialog.message("supportTypeMessage", model.message(SupportRules.TYPE)));
        TextField provider = new TextField();
        provider.setId("providerField");
        provider.setPromptText("Ví dụ: UBND xã, Hội Chữ thập đỏ");
        provider.textProperty().bindBidirectional(model.providerProperty());
        dialog.row("Đơn vị trợ giúp", provider, null);
        TextField amount = new TextField();
        amount.setId("amountField");
        amount.setMaxWidth(180);
        amount.setPromptText("đồng, ví dụ 1.500.000");
        amount.textProperty().bindBidirectional(model.amountProperty());
        dialog.row("Kinh phí (đồng)", amount, FormDialog.message("amountMessage", model.message(SupportRules.AMOUNT)));
        TextField carer = new TextField();
        carer.setId("carerField");
        carer.textProperty().bindBidirectional(model.carerProperty());
        VBox carerRow = dialog.row("Người hoặc cơ sở nhận chăm sóc *", carer,
                FormDialog.message("carerMessage", model.message(SupportRules.CARER)));
        ComboBox<CareForm> careForm = new ComboBox<>();
        careForm.setId("careFormBox");
        careForm.setMaxWidth(470);
        careForm.setPrefWidth(470);
        careForm.setPromptText("Chọn hình thức chăm sóc thay thế");
        careForm.getItems().setAll(CareForm.values());
        careForm.valueProperty().bindBidirectional(model.careFormProperty());
        VBox careRow = dialog.row("Hình thức chăm sóc thay thế *", careForm,
                FormDialog.message("careFormMessage", model.message(SupportRules.CARE_FORM)));
        for (VBox row : new VBox[] {carerRow, careRow}) {
            row.visibleProperty().bind(model.alternativeCareProperty());
            row.managedProperty().bind(model.alternativeCareProperty());
        }
        model.alternativeCareProperty().addListener((o, was, now) -> dialog.fit());
        TextArea note = new TextArea();
        note.setId("supportNoteArea");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        dialog.row("Ghi chú", note, null);

        dialog.saveButton.setOnAction(e -> {
            Support s = model.supportToSave().orElse(null);
            if (s == null) {
                dialog.formMessage.setText("Chưa lưu: còn mục ghi chữ đỏ cần sửa.");
                return;
            }
            save.accept(s, dialog);
        });
    }

    /** A labelled block above the fields (the distribution day's choice of children). */
    void addTop(String label, javafx.scene.Node node) {
        VBox row = dialog.row(label, node, null);
        dialog.fields.getChildren().remove(row);
        dialog.fields.getChildren().add(0, row);
    }

    void setSaveText(String text) {
        dialog.saveButton.setText(text);
    }

    void show() {
        dialog.show();
    }
}
