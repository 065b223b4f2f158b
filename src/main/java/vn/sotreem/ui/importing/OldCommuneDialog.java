package vn.sotreem.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.place.OldCommune;
import vn.sotreem.ui.common.Theme;

/**
 * Before a register workbook is checked: whose register the file is — the commune's own, or one of
 * the pre-2025 communes merged into it (as the command line's {@code --old-commune}). Each child
 * of an old commune's file records it as origin.
 */
final class OldCommuneDialog {

    /** One choice of the box: an old commune's code, or null for the register's own commune. */
    record Choice(String code, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private OldCommuneDialog() {
    }

    /** The choices: the commune itself first, then each old commune merged into it. */
    static List<Choice> choices(String communeName, List<OldCommune> former) {
        java.util.ArrayList<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice(null, "Sổ của " + communeName + " (không phải của xã cũ)"));
        former.forEach(c -> choices.add(new Choice(c.code(), "Sổ của xã cũ: " + c.display())));
        return choices;
    }

    /** Asks; empty when the officer cancels, else the choice (its code null for the commune's own file). */
    static Optional<Choice> ask(Window owner, Path file, List<Choice> choices) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Tệp của xã nào?");
        dialog.setHeaderText("Tệp " + file.getFileName());
        Label question = new Label("Từ 01/07/2025 một số xã cũ đã nhập vào xã của sổ. Tệp này là sổ của xã nào? "
                + "Nếu là sổ của một xã cũ, mỗi trẻ trong tệp được ghi xã cũ đó.");
        question.setWrapText(true);
        ComboBox<Choice> box = new ComboBox<>();
        box.setId("oldCommuneChoiceBox");
        box.getItems().setAll(choices);
        box.getSelectionModel().selectFirst();
        box.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(8, question, box);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ButtonType next = new ButtonType("Tiếp tục", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, new ButtonType("Hủy", ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.style(dialog.getDialogPane());
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> box.getValue());
    }
}
