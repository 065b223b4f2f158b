package vn.sotreem.ui.common;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildFilter;
import vn.sotreem.domain.common.DateText;

/**
 * Picking a child of the register by typing, wherever a record names a child (the victims of an
 * abuse case, the injury form): part of the name without diacritics, the code or the personal ID,
 * by the children list's rule ({@link ChildFilter}); the matches in name order, a few at a time.
 */
public final class ChildSearch {

    static final int MAX_RESULTS = 30;

    private ChildSearch() {
    }

    /** The children matching {@code text} among those {@code offered}; none for a blank text. */
    public static List<Child> matches(Collection<Child> children, String text, Predicate<Child> offered) {
        return ChildFilter.find(children.stream().filter(offered).toList(), text == null ? "" : text, MAX_RESULTS);
    }

    /**
     * Wires a search field to the table of its matches (code, name, birth date, village): the
     * table shows while something is typed; Enter picks the selected (or first) match, Down moves
     * into the table, a double-click picks a row.
     */
    public static void bind(TextField field, TableView<Child> table, StringProperty text, ObservableList<Child> found,
                     Consumer<Child> pick) {
        field.textProperty().bindBidirectional(text);
        Runnable pickSelected = () -> {
            Child chosen = table.getSelectionModel().getSelectedItem();
            if (chosen == null && !found.isEmpty()) {
                chosen = found.get(0);
            }
            if (chosen != null) {
                pick.accept(chosen);
            }
        };
        // Enter while searching picks a child instead of pressing the window's default button.
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !found.isEmpty()) {
                pickSelected.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !found.isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        table.getColumns().setAll(List.of(column("Mã trẻ", 100, Child::getCode),
                column("Họ và tên", 230, Child::getFullName),
                column("Ngày sinh", 110, c -> DateText.format(c.getBirthDate())),
                column("Thôn/Tổ dân phố", 200, Child::getVillage)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(found);
        var searching = text.isNotEmpty();
        table.visibleProperty().bind(searching);
        table.managedProperty().bind(searching);
        table.setRowFactory(t -> {
            TableRow<Child> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    pick.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickSelected.run();
                e.consume();
            }
        });
    }

    private static TableColumn<Child, String> column(String title, double width, Function<Child, String> text) {
        TableColumn<Child, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> {
            String value = text.apply(c.getValue());
            return new ReadOnlyStringWrapper(value == null ? "" : value);
        });
        return column;
    }
}
