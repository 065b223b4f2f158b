package vn.sotreem.ui.injury;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;
import vn.sotreem.domain.child.Child;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Column;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Row;

/**
 * A typed-in cell. Every way out of editing keeps the text (Enter, Tab, a click elsewhere)
 * except Esc. The child cell lists the matching children under it while typing.
 */
final class InjuryEntryCell extends TableCell<Row, String> {
    /** What a cell asks of the grid it is in. */
    interface Grid {
        /** A save is under way: no cell starts editing. */
        boolean saving();

        /** The text a cell starts with when typing a character began its editing (it replaces the old text); else null. */
        String typedFirst();

        /** Tab, Enter: on to the next cell (or back to the one before). */
        void move(int index, Column column, boolean forward);

        void focusCell(int index, Column column);
    }

    private static final double MATCH_ROW_HEIGHT = 30;

    private final Column column;
    private final InjuryQuickEntryModel model;
    private final Grid grid;
    private TextField field;
    private Row editing;
    private boolean discard;
    private Popup popup;
    private ListView<Child> matchList;
    /** A click on the list of matches is under way: the field losing the focus to it is not the end of the edit. */
    private boolean choosing;

    InjuryEntryCell(Column column, InjuryQuickEntryModel model, Grid grid) {
        this.column = column;
        this.model = model;
        this.grid = grid;
    }

    @Override
    public void startEdit() {
        if (grid.saving() || getTableRow() == null || getTableRow().getItem() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editing = getTableRow().getItem();
        String start = grid.typedFirst() != null ? grid.typedFirst() : getItem();
        field = new TextField(start == null ? "" : start);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((o, was, now) -> {
            // Focus went elsewhere in the window (a click on another cell or a button): keep the text.
            // Another window coming to the front leaves the edit as it is.
            if (!now && isEditing() && !choosing && getScene() != null && getScene().getWindow().isFocused()) {
                cancelEdit();
            }
        });
        if (column == Column.CHILD) {
            String initial = field.getText();
            field.textProperty().addListener((o, was, now) -> {
                if (!now.equals(initial)) {
                    showMatches(now);
                }
            });
        }
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.end();
        if (column == Column.CHILD && grid.typedFirst() != null) {
            showMatches(field.getText());
        }
    }

    private void onKey(KeyEvent e) {
        boolean listing = popup != null && popup.isShowing();
        switch (e.getCode()) {
            case ENTER, TAB -> {
                int index = getIndex();
                boolean forward = !(e.getCode() == KeyCode.TAB && e.isShiftDown());
                if (listing && matchList.getSelectionModel().getSelectedItem() != null) {
                    pick(matchList.getSelectionModel().getSelectedItem());
                } else {
                    cancelEdit();
                }
                grid.move(index, column, forward);
                e.consume();
            }
            case ESCAPE -> {
                if (listing) {
                    popup.hide();
                } else {
                    discard = true;
                    cancelEdit();
                }
                e.consume();
            }
            case UP, DOWN -> {
                if (listing && !matchList.getItems().isEmpty()) {
                    var selection = matchList.getSelectionModel();
                    int i = selection.getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    selection.select(Math.max(0, Math.min(i, matchList.getItems().size() - 1)));
                } else {
                    int index = getIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    cancelEdit();
                    if (index >= 0 && index < model.rows().size()) {
                        grid.focusCell(index, column);
                    }
                }
                e.consume();
            }
            default -> {
            }
        }
    }

    /** Puts the chosen child in the row and ends the edit (the typed fragment is not read). */
    private void pick(Child child) {
        Row row = editing;
        discard = true;
        cancelEdit();
        model.choose(row, child);
    }

    private void showMatches(String text) {
        List<Child> found = model.matches(text);
        if (text.isBlank()) {
            hideMatches();
            return;
        }
        if (popup == null) {
            matchList = new ListView<>();
            matchList.setId("childMatches");
            matchList.setFocusTraversable(false);
            matchList.setFixedCellSize(MATCH_ROW_HEIGHT);
            matchList.getStyleClass().add("quick-match-list");
            matchList.getStylesheets().add(InjuryQuickEntryView.class.getResource("InjuryQuickEntryView.css").toExternalForm());
            matchList.setPlaceholder(new Label("Không có trẻ nào khớp trong sổ."));
            matchList.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Child item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : InjuryQuickEntryModel.matchLabel(item));
                }
            });
            // A click picks at once, before the text field hears that it lost the focus.
            matchList.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                choosing = true;
            });
            matchList.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                Child child = matchList.getSelectionModel().getSelectedItem();
                choosing = false;
                if (child != null && isEditing()) {
                    int index = getIndex();
                    pick(child);
                    grid.move(index, column, true);
                }
            });
            popup = new Popup();
            popup.setAutoHide(true);
            popup.getContent().add(matchList);
        }
        matchList.getItems().setAll(found);
        // Tall enough for every match: the list never scrolls, the first one stays in sight.
        matchList.setPrefHeight(Math.max(1, found.size()) * MATCH_ROW_HEIGHT + 4);
        if (!found.isEmpty()) {
            matchList.getSelectionModel().selectFirst();
        }
        if (!popup.isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            if (b != null) {
                popup.show(this, b.getMinX(), b.getMaxY());
            }
        }
    }

    private void hideMatches() {
        if (popup != null) {
            popup.hide();
        }
    }

    @Override
    public void cancelEdit() {
        if (!isEditing()) {
            return;
        }
        Row row = editing;
        String text = field.getText();
        boolean keep = !discard;
        discard = false;
        editing = null;
        hideMatches();
        super.cancelEdit();
        setGraphic(null);
        setText(getItem());
        if (keep && row != null) {
            model.edit(row, column, text);
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
        // Long labels and places are cut in a narrow column: the whole text is in the tooltip.
        setTooltip(empty || isEditing() || item == null || item.length() < 16 ? null : new Tooltip(item));
    }
}
