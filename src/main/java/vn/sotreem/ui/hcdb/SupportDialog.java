package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.SupportField;
import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.hcdb.CareForm;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.FormDialog;
import vn.sotreem.ui.common.Views;

/**
 * "Thêm trợ giúp…" for one child, or the support of a distribution day: date, type, provider,
 * amount, note; for alternative care also the carer and the form. {@code save} records the support
 * off the FX thread and closes the dialog, or shows why it failed in the dialog's message.
 */
final class SupportDialog {

    @FXML
    private TextField supportDateField;
    @FXML
    private Label supportDateMessage;
    @FXML
    private ComboBox<SupportType> supportTypeBox;
    @FXML
    private Label supportTypeMessage;
    @FXML
    private TextField providerField;
    @FXML
    private TextField amountField;
    @FXML
    private Label amountMessage;
    @FXML
    private VBox carerRow;
    @FXML
    private TextField carerField;
    @FXML
    private Label carerMessage;
    @FXML
    private VBox careFormRow;
    @FXML
    private ComboBox<CareForm> careFormBox;
    @FXML
    private Label careFormMessage;
    @FXML
    private TextArea supportNoteArea;

    private final FormDialog dialog;
    private final SupportFormModel model;

    SupportDialog(Window owner, String heading, Child child, LocalDate today, BiConsumer<Support, FormDialog> save) {
        this(owner, "Thêm trợ giúp", heading, child, null, today, save);
    }

    /**
     * With {@code editing} not null: that support (or a distribution day's support, {@code child}
     * null) filled in, to correct.
     */
    SupportDialog(Window owner, String title, String heading, Child child, Support editing, LocalDate today,
                  BiConsumer<Support, FormDialog> save) {
        this.model = new SupportFormModel(child, today);
        this.dialog = new FormDialog(owner, title, heading,
                "Ngày gõ theo dạng ngày/tháng/năm; kinh phí tính bằng đồng, ví dụ 1.500.000.");
        dialog.fields.getChildren().add(Views.load("SupportDialog.fxml", this));
        model.dateProperty().set(DateText.format(today));
        supportDateField.textProperty().bindBidirectional(model.dateProperty());
        FieldMessages.bind(supportDateMessage, model.message(SupportField.DATE.key()));
        supportTypeBox.getItems().setAll(SupportType.values());
        supportTypeBox.valueProperty().bindBidirectional(model.typeProperty());
        FieldMessages.bind(supportTypeMessage, model.message(SupportField.TYPE.key()));
        providerField.textProperty().bindBidirectional(model.providerProperty());
        amountField.textProperty().bindBidirectional(model.amountProperty());
        FieldMessages.bind(amountMessage, model.message(SupportField.AMOUNT.key()));
        carerField.textProperty().bindBidirectional(model.carerProperty());
        FieldMessages.bind(carerMessage, model.message(SupportField.CARER.key()));
        careFormBox.getItems().setAll(CareForm.values());
        careFormBox.valueProperty().bindBidirectional(model.careFormProperty());
        FieldMessages.bind(careFormMessage, model.message(SupportField.CARE_FORM.key()));
        for (VBox row : new VBox[] {carerRow, careFormRow}) {
            row.visibleProperty().bind(model.alternativeCareProperty());
            row.managedProperty().bind(model.alternativeCareProperty());
        }
        model.alternativeCareProperty().addListener((o, was, now) -> dialog.fit());
        supportNoteArea.textProperty().bindBidirectional(model.noteProperty());
        if (editing != null) {
            model.fill(editing);
        }

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
