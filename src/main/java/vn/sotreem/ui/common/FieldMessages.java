package vn.sotreem.ui.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;

/**
 * The messages beside the fields of a small form, by field key. A field's message shows once the
 * field was touched (or after a first attempt to save); errors before warnings.
 */
public final class FieldMessages {

    /** The message for a date that cannot be read, in every form. */
    public static final String BAD_DATE = "Ngày không hợp lệ, hãy gõ theo dạng ngày/tháng/năm, ví dụ 05/03/2018.";

    /** One field's message and its severity (null when there is nothing to show). */
    public static final class Field {
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>();

        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<Severity> severityProperty() {
            return severity.getReadOnlyProperty();
        }

        public String message() {
            return message.get();
        }

        public Severity severity() {
            return severity.get();
        }
    }

    private final Map<String, Field> fields = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private boolean showAll;

    public Field field(String key) {
        return fields.computeIfAbsent(key, k -> new Field());
    }

    public void touch(String key) {
        touched.add(key);
    }

    public void showAll() {
        showAll = true;
    }

    /** Whether a problem of this field would be shown now (touched, or after a first attempt to save). */
    public boolean isShown(String key) {
        return showAll || touched.contains(key);
    }

    /** Shows {@code problems} on their fields; fields without a problem are cleared. */
    public void show(List<Problem> problems) {
        Map<String, Problem> first = new HashMap<>();
        for (Problem p : problems) {
            first.merge(p.field(), p, (a, b) -> a.isError() || !b.isError() ? a : b);
        }
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            Problem p = showAll || touched.contains(e.getKey()) ? first.get(e.getKey()) : null;
            e.getValue().message.set(p == null ? "" : p.message());
            e.getValue().severity.set(p == null ? null : p.severity());
        }
    }

    /** Binds a label to a field's message: shown only when there is one, red for errors, amber for warnings. */
    public static void bind(Label label, Field field) {
        label.getStyleClass().add("field-message");
        label.setWrapText(true);
        label.textProperty().bind(field.messageProperty());
        label.managedProperty().bind(field.messageProperty().isNotEmpty());
        label.visibleProperty().bind(field.messageProperty().isNotEmpty());
        field.severityProperty().addListener((o, was, now) -> severity(label, now));
        severity(label, field.severity());
    }

    /** Shows {@code text} in a message label coloured by {@code severity} (none: neutral). */
    public static void show(Label label, String text, Severity severity) {
        severity(label, severity);
        label.setText(text);
    }

    /** Colours a message label: red for an error, amber for a warning, neutral for none. */
    public static void severity(Label label, Severity severity) {
        label.getStyleClass().removeAll("msg-error", "msg-warning");
        if (severity == Severity.ERROR) {
            label.getStyleClass().add("msg-error");
        } else if (severity == Severity.WARNING) {
            label.getStyleClass().add("msg-warning");
        }
    }
}
