package vn.sotreem.ui.child;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.PersonalIdCheck;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.Theme;

/** Warns that a child may already be in the register before saving a new record. */
final class DuplicateDialog {

    /** The officer's answer: open an existing record, save anyway, or go back to the form. */
    record Choice(Child openExisting, boolean saveAnyway) {
    }

    private DuplicateDialog() {
    }

    static Choice ask(Window owner, Child child, List<Child> duplicates) {
        Dialog<Object> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Có thể trùng hồ sơ");
        dialog.setHeaderText("Trong sổ đã có " + duplicates.size() + " hồ sơ giống trẻ này"
                + " (cùng họ tên và ngày sinh, hoặc cùng số định danh).");
        ButtonType saveAnyway = new ButtonType("Vẫn lưu hồ sơ mới", ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType("Quay lại sửa", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(saveAnyway, back);
        VBox rows = new VBox(8);
        for (Child d : duplicates) {
            Label text = new Label(describe(d));
            text.setWrapText(true);
            text.setMaxWidth(420);
            Hyperlink open = new Hyperlink("Mở hồ sơ đã có");
            open.setOnAction(e -> {
                dialog.setResult(d);
                dialog.close();
            });
            rows.getChildren().add(new HBox(12, text, open));
        }
        dialog.getDialogPane().setContent(rows);
        dialog.setResultConverter(button -> button);
        Theme.style(dialog.getDialogPane());
        Object result = dialog.showAndWait().orElse(back);
        if (result instanceof Child existing) {
            return new Choice(existing, false);
        }
        return new Choice(null, result == saveAnyway);
    }

    private static String describe(Child c) {
        StringBuilder s = new StringBuilder(c.getFullName());
        s.append(", sinh ").append(DateText.format(c.getBirthDate()));
        if (c.getVillage() != null) {
            s.append(", ").append(c.getVillage());
        }
        if (c.getPersonalId() != null) {
            s.append(", số định danh ").append(PersonalIdCheck.mask(c.getPersonalId()));
        }
        if (c.getCode() != null) {
            s.append(" (mã ").append(c.getCode()).append(')');
        }
        return s.toString();
    }
}
