package vn.sotreem.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import vn.sotreem.domain.place.Village;

/** The filter boxes of the lists: an "all" entry first, then the values; bound to a model property. */
public final class FilterChoices {

    private FilterChoices() {
    }

    /** "Mọi …" (no restriction) followed by each value with its label. */
    public static <T> List<Choice<T>> withAll(String all, List<T> values, Function<T, String> label) {
        List<Choice<T>> items = new ArrayList<>();
        items.add(new Choice<>(null, all));
        values.forEach(v -> items.add(new Choice<>(v, label.apply(v))));
        return items;
    }

    /** Fills the box, selects "all", and keeps it and {@code target} in step (clearing the model resets the box). */
    public static <T> void bind(ComboBox<Choice<T>> box, List<Choice<T>> items, ObjectProperty<T> target) {
        box.getItems().setAll(items);
        box.getSelectionModel().selectFirst();
        box.valueProperty().addListener((o, was, now) -> target.set(now == null ? null : now.value()));
        target.addListener((o, was, now) -> {
            if (now == null && box.getValue() != null && box.getValue().value() != null) {
                box.getSelectionModel().selectFirst();
            }
        });
    }

    /** Refills the village box after a change of villages, keeping the chosen village when it still exists. */
    public static void refreshVillages(ComboBox<Choice<String>> box, List<Village> villages, String current) {
        List<Choice<String>> items = withAll("Mọi thôn", villages.stream().map(Village::name).toList(), name -> name);
        box.getItems().setAll(items);
        box.getSelectionModel().select(items.stream().filter(c -> Objects.equals(c.value(), current)).findFirst()
                .orElse(items.get(0)));
    }
}
