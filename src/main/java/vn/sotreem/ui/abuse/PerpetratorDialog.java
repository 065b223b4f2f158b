package vn.sotreem.ui.abuse;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.EnforcementStatus;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorAgeGroup;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.FormDialog;

/**
 * "Thêm / sửa đối tượng xâm hại": kept in the case form and saved with the case. For an
 * administrative sanction the decision, fine and enforcement appear.
 */
final class PerpetratorDialog {

    private final FormDialog dialog;
    private final PerpetratorFormModel model;

    PerpetratorDialog(Window owner, LocalDate today, List<Choice<Long>> targets, Perpetrator existing,
                      Consumer<Perpetrator> onDone) {
        this.model = new PerpetratorFormModel(today, targets, existing);
        String title = existing == null ? "Thêm đối tượng xâm hại" : "Sửa đối tượng xâm hại";
        this.dialog = new FormDialog(owner, title, title,
                "Được lưu cùng vụ việc khi bấm Lưu trong hồ sơ vụ việc. Ngày gõ theo dạng ngày/tháng/năm.");
        dialog.row("Liên quan đến trẻ", combo("targetBox", model.targets(), model.targetProperty(), null), null);
        dialog.fields.getChildren().add(pair(
                field("Giới tính", combo("perpSexBox", List.of(Sex.values()), model.sexProperty(), "Chọn giới tính"), null),
                field("Nhóm tuổi", combo("ageGroupBox", List.of(PerpetratorAgeGroup.values()), model.ageGroupProperty(),
                        "Chọn nhóm tuổi"), null)));
        dialog.row("Quan hệ với trẻ", combo("relationBox", List.of(PerpetratorRelation.values()), model.relationProperty(),
                "Chọn quan hệ"), null);
        dialog.row("Hướng xử lý", combo("handlingBox", List.of(HandlingRoute.values()), model.handlingProperty(),
                "Chọn hướng xử lý"), null);

        Label sanctionTitle = new Label("Quyết định xử phạt vi phạm hành chính");
        sanctionTitle.getStyleClass().add("section-title");
        VBox sanction = new VBox(6, sanctionTitle);
        sanction.getChildren().add(pair(
                field("Số quyết định", text("decisionNumberField", model.decisionNumberProperty(), "Ví dụ: 12/QĐ-XPHC"), null),
                field("Ngày quyết định", text("decisionDateField", model.decisionDateProperty(), "ngày/tháng/năm"),
                        FormDialog.message("decisionDateMessage", model.message(PerpetratorFormModel.DECISION_DATE)))));
        sanction.getChildren().add(field("Cơ quan / người ra quyết định", text("authorityField", model.authorityProperty(),
                "Ví dụ: Chủ tịch UBND xã"), null));
        sanction.getChildren().add(field("Điều khoản vi phạm", text("provisionField", model.provisionProperty(),
                "Ví dụ: Điểm a khoản 1 Điều 54 NĐ 144/2021"), null));
        sanction.getChildren().add(pair(
                field("Tiền phạt (đồng)", text("fineField", model.fineProperty(), "ví dụ 2.500.000"),
                        FormDialog.message("fineMessage", model.message(AbuseCaseRules.FINE))),
                field("Tình trạng thi hành", combo("enforcementBox", List.of(EnforcementStatus.values()),
                        model.enforcementProperty(), "Chọn tình trạng"), null)));
        sanction.getStyleClass().add("sanction-block");
        sanction.setMaxWidth(470);
        sanction.visibleProperty().bind(model.sanctionedProperty());
        sanction.managedProperty().bind(model.sanctionedProperty());
        // After the next layout, when the block counts in the window's preferred height.
        sanction.visibleProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(dialog::fit));
        dialog.fields.getChildren().add(sanction);

        TextArea note = new TextArea();
        note.setId("perpNoteArea");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        dialog.row("Ghi chú", note, null);

        dialog.saveButton.setText(existing == null ? "Thêm (Enter)" : "Xong (Enter)");
        dialog.saveButton.setOnAction(e -> {
            Perpetrator p = model.perpetratorToSave().orElse(null);
            if (p == null) {
                dialog.formMessage.setText("Chưa xong: còn mục ghi chữ đỏ cần sửa.");
                return;
            }
            dialog.close();
            onDone.accept(p);
        });
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, ObjectProperty<T> property, String prompt) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(470);
        box.setPrefWidth(470);
        box.setVisibleRowCount(10);
        if (prompt != null) {
            box.setPromptText(prompt);
        }
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static TextField text(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setMaxWidth(470);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** A dialog row moved into the sanction block, so that the block shows and hides as one. */
    private VBox field(String label, javafx.scene.Node input, Label message) {
        VBox row = dialog.row(label, input, message);
        dialog.fields.getChildren().remove(row);
        return row;
    }

    /** Two fields side by side, sharing the width of one. */
    private static HBox pair(VBox left, VBox right) {
        for (VBox half : List.of(left, right)) {
            HBox.setHgrow(half, Priority.ALWAYS);
            half.setPrefWidth(230);
            half.getChildren().forEach(n -> {
                if (n instanceof Region r && !(n instanceof Label)) {
                    r.setMaxWidth(Double.MAX_VALUE);
                    r.setPrefWidth(230);
                } else if (n instanceof Label l) {
                    l.setMaxWidth(230);
                }
            });
        }
        HBox row = new HBox(10, left, right);
        row.setMaxWidth(470);
        return row;
    }

    void show() {
        dialog.show();
    }
}
