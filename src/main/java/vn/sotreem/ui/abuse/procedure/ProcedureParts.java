package vn.sotreem.ui.abuse.procedure;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.ui.common.FieldMessages;

/** What the parts of the procedure pane share: their message labels and the read-only lock. */
final class ProcedureParts {

    private ProcedureParts() {
    }

    /** The labels take room only while they hold a text. */
    static void hideWhenEmpty(Label... labels) {
        for (Label label : labels) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
        }
    }

    /** Shows problems in a message label: errors in red, warnings alone in amber. */
    static void show(Label label, List<Problem> problems) {
        if (!label.getStyleClass().contains("field-message")) {
            label.getStyleClass().add("field-message");
        }
        Severity severity = problems.isEmpty() ? null
                : problems.stream().anyMatch(Problem::isError) ? Severity.ERROR : Severity.WARNING;
        FieldMessages.show(label, String.join("\n", problems.stream().map(Problem::message).toList()), severity);
    }

    /** The errors among {@code problems}, each after {@code prefix} (the place it belongs to). */
    static List<String> errors(String prefix, List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(p -> prefix + p.message()).toList();
    }

    /**
     * For roles that may only look: nodes marked {@code edit-only} hidden, text read-only, buttons
     * and choices disabled, except {@code keep} (whose state its part decides).
     */
    static void lock(Node node, boolean readOnly, Node keep) {
        if (node.getStyleClass().contains("edit-only")) {
            node.setVisible(!readOnly);
            node.setManaged(!readOnly);
        } else if (node instanceof TextInputControl input) {
            input.setEditable(!readOnly);
        } else if ((node instanceof ButtonBase || node instanceof ComboBox<?>) && node != keep) {
            node.setDisable(readOnly);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                lock(child, readOnly, keep);
            }
        }
    }
}
