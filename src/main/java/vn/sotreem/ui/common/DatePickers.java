package vn.sotreem.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.sotreem.domain.common.DateText;

/**
 * Date pickers over a model's date text. The text stays as typed, so the model checks it as the
 * officer types and an unreadable date is never silently replaced when the focus leaves; the
 * calendar writes {@code dd/MM/yyyy}. The picker's value follows the text: the date when the text
 * is one, else none.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static void bind(DatePicker picker, StringProperty text) {
        picker.setPromptText("ngày/tháng/năm");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                Optional<LocalDate> typed = DateText.parse(text.get());
                if (date == null ? typed.isEmpty() : typed.filter(date::equals).isPresent()) {
                    return text.get() == null ? "" : text.get();
                }
                return DateText.format(date);
            }

            @Override
            public LocalDate fromString(String string) {
                return DateText.parse(string).orElse(null);
            }
        });
        picker.getEditor().textProperty().bindBidirectional(text);
        follow(picker, text.get());
        text.addListener((o, was, now) -> follow(picker, now));
    }

    private static void follow(DatePicker picker, String text) {
        LocalDate date = DateText.parse(text).orElse(null);
        if (date == null ? picker.getValue() != null : !date.equals(picker.getValue())) {
            picker.setValue(date);
        }
    }
}
