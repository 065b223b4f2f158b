package vn.sotreem.ui.abuse;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.ui.common.FieldMessages;

/** What the case window's tabs share: text columns and the messages listed under a section. */
final class CaseTables {

    private CaseTables() {
    }

    /** A text column; text too long for a narrow column can be read in its tooltip. */
    static <T> void col(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> {
            String value = text.apply(c.getValue());
            return new ReadOnlyStringWrapper(value == null ? "" : value);
        });
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 16 ? null : new Tooltip(item));
            }
        });
    }

    /** A section's list of messages, shown only when there is one, red or amber. */
    static void sectionMessage(Label label, CaseFormModel model, CaseFormModel.Section section) {
        label.getStyleClass().add("field-message");
        label.textProperty().bind(model.sectionMessage(section));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        model.sectionSeverity(section).addListener((o, was, now) -> FieldMessages.severity(label, now));
        Severity now = model.sectionSeverity(section).get();
        FieldMessages.severity(label, now);
    }
}
