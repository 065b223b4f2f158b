package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Modality;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Column;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Row;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.State;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The quick-entry grid of injuries, for the list brought back from the monthly meeting: a
 * spreadsheet typed from the keyboard (typing starts a cell, Enter and Tab go on to the next,
 * a new row appears after the last), each row checked as it is typed and shown red or amber with
 * its problem, and the valid rows saved together in one transaction. Bound to an
 * {@link InjuryQuickEntryModel}.
 */
public final class InjuryQuickEntryView {

    @FXML
    private Label typeLegend;
    @FXML
    private TableView<Row> grid;
    @FXML
    private TableColumn<Row, String> numberColumn;
    @FXML
    private TableColumn<Row, String> childColumn;
    @FXML
    private TableColumn<Row, String> infoColumn;
    @FXML
    private TableColumn<Row, String> dateColumn;
    @FXML
    private TableColumn<Row, String> typeColumn;
    @FXML
    private TableColumn<Row, String> placeColumn;
    @FXML
    private TableColumn<Row, String> diedColumn;
    @FXML
    private TableColumn<Row, String> disabledColumn;
    @FXML
    private TableColumn<Row, String> treatedColumn;
    @FXML
    private TableColumn<Row, String> messageColumn;
    @FXML
    private Label rowProblems;
    @FXML
    private Label statusLabel;
    @FXML
    private Label saveMessage;
    @FXML
    private Button saveButton;

    private static final double MATCH_ROW_HEIGHT = 30;
    /** Room for two lines of a row's problems. */
    private static final double ROW_HEIGHT = 42;

    private final UiServices services;
    private final RegisterStore store;
    private final InjuryQuickEntryModel model;
    private final Parent root;
    private final Map<Column, TableColumn<Row, String>> columns = new java.util.EnumMap<>(Column.class);
    /** The text a cell starts with when typing a character began its editing (it replaces the old text). */
    private String typedFirst;
    private boolean saving;
    private Stage stage;
    private Runnable onSaved = () -> { };

    public InjuryQuickEntryView(UiServices services, RegisterStore store) {
        this.services = services;
        this.store = store;
        this.model = new InjuryQuickEntryModel(services.today().get(), store.allChildren(), store.injuries(null));
        this.root = Views.load("InjuryQuickEntryView.fxml", this);
        typeLegend.setText("Loại: " + java.util.Arrays.stream(InjuryType.values())
                .map(t -> (Integer.parseInt(t.code()) + " " + t.label()).replace(' ', '\u00a0')) // wrap between entries only
                .collect(Collectors.joining(" · ")));
        bindGrid();
        statusLabel.textProperty().bind(model.statusProperty());
        saveButton.disableProperty().bind(model.savableCountProperty().isEqualTo(0));
        saveMessage.managedProperty().bind(saveMessage.textProperty().isNotEmpty());
        rowProblems.managedProperty().bind(rowProblems.textProperty().isNotEmpty());
        rowProblems.visibleProperty().bind(rowProblems.textProperty().isNotEmpty());
    }

    /**
     * Opens the grid over {@code owner}; {@code onSaved} runs after each save (the injury list
     * reloads). A read-only account is refused with a message instead.
     */
    public void show(Window owner, Runnable onSaved) {
        if (!store.currentAccount().role().canEdit()) {
            services.dialogs().showError(owner, "Tài khoản chỉ xem không được nhập tai nạn, thương tích.");
            return;
        }
        this.onSaved = onSaved;
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Nhập nhanh tai nạn, thương tích");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMaxWidth(screen.getWidth());
        stage.setMaxHeight(screen.getHeight());
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        stage.show();
        grid.requestFocus();
        focusCell(0, Column.CHILD);
    }

    // ---- the grid

    private void bindGrid() {
        grid.setItems(model.rows());
        grid.getSelectionModel().setCellSelectionEnabled(true);
        grid.setPlaceholder(new Label(""));
        columns.put(Column.CHILD, childColumn);
        columns.put(Column.DATE, dateColumn);
        columns.put(Column.TYPE, typeColumn);
        columns.put(Column.PLACE, placeColumn);
        columns.put(Column.DIED, diedColumn);
        columns.put(Column.DISABLED, disabledColumn);
        columns.put(Column.TREATED_AT, treatedColumn);
        columns.forEach((column, tc) -> {
            tc.setCellValueFactory(c -> c.getValue().textProperty(column));
            tc.setCellFactory(c -> new EntryCell(column));
            tc.setEditable(true);
        });
        numberColumn.setCellValueFactory(c -> c.getValue().numberProperty().asString());
        numberColumn.setCellFactory(c -> readOnlyCell("quick-number"));
        infoColumn.setCellValueFactory(c -> c.getValue().childInfoProperty());
        infoColumn.setCellFactory(c -> readOnlyCell("quick-info"));
        messageColumn.setCellValueFactory(c -> c.getValue().messageProperty());
        messageColumn.setCellFactory(c -> {
            TableCell<Row, String> cell = readOnlyCell("quick-message");
            cell.setWrapText(true); // two lines fit a row; the whole text is in the tooltip and under the grid
            return cell;
        });
        for (TableColumn<Row, String> tc : List.of(numberColumn, infoColumn, messageColumn)) {
            tc.setEditable(false);
        }
        grid.setRowFactory(t -> new StateRow());
        grid.setFixedCellSize(ROW_HEIGHT);
        grid.getFocusModel().focusedIndexProperty().addListener((o, was, now) -> showRowProblems());
        model.statusProperty().addListener((o, was, now) -> showRowProblems());
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onGridKey);
        grid.addEventHandler(KeyEvent.KEY_TYPED, this::onGridTyped);
    }

    private static TableCell<Row, String> readOnlyCell(String styleClass) {
        TableCell<Row, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 20 ? null : new Tooltip(item));
            }
        };
        cell.getStyleClass().add(styleClass);
        return cell;
    }

    /** A row red when it holds an error, amber with only a warning; its problem is in the last column. */
    private static final class StateRow extends TableRow<Row> {
        private final ChangeListener<State> onState = (o, was, now) -> style(now);

        @Override
        protected void updateItem(Row item, boolean empty) {
            if (getItem() != null) {
                getItem().stateProperty().removeListener(onState);
            }
            super.updateItem(item, empty);
            if (item != null && !empty) {
                item.stateProperty().addListener(onState);
                style(item.state());
            } else {
                style(State.BLANK);
            }
        }

        private void style(State state) {
            getStyleClass().removeAll("quick-row-error", "quick-row-warning");
            if (state == State.ERROR) {
                getStyleClass().add("quick-row-error");
            } else if (state == State.WARNING) {
                getStyleClass().add("quick-row-warning");
            }
        }
    }

    /** Keys on the grid while no cell is being edited. */
    private void onGridKey(KeyEvent e) {
        if (grid.getEditingCell() != null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        TablePosition<Row, ?> at = grid.getFocusModel().getFocusedCell();
        int index = Math.max(at == null ? 0 : at.getRow(), 0);
        Column column = at == null ? Column.CHILD : columnOf(at.getTableColumn());
        switch (e.getCode()) {
            case TAB, ENTER -> {
                move(index, column, !e.isShiftDown());
                e.consume();
            }
            case F2 -> {
                startEditing(index, column, null);
                e.consume();
            }
            case BACK_SPACE -> {
                startEditing(index, column, "");
                e.consume();
            }
            case DELETE -> {
                if (index < model.rows().size()) {
                    model.clear(model.rows().get(index));
                }
                e.consume();
            }
            default -> {
            }
        }
    }

    /** Typing a character on a cell starts editing it with that character, as in a spreadsheet. */
    private void onGridTyped(KeyEvent e) {
        String c = e.getCharacter();
        if (grid.getEditingCell() != null || c.isEmpty() || Character.isISOControl(c.charAt(0))
                || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        TablePosition<Row, ?> at = grid.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0) {
            return;
        }
        startEditing(at.getRow(), columnOf(at.getTableColumn()), c);
        e.consume();
    }

    /** The problems of the row the keyboard is on, in full, under the grid. */
    private void showRowProblems() {
        int index = grid.getFocusModel().getFocusedIndex();
        Row row = index >= 0 && index < model.rows().size() ? model.rows().get(index) : null;
        if (row == null || row.message().isEmpty()) {
            FieldMessages.show(rowProblems, "", null);
            return;
        }
        FieldMessages.show(rowProblems, "Dòng " + row.numberProperty().get() + ": " + row.message(),
                row.state() == State.ERROR ? Severity.ERROR : Severity.WARNING);
    }

    /** The typed-in column of a grid column; the read-only ones before the type go to the child. */
    private Column columnOf(TableColumn<Row, ?> tc) {
        for (Map.Entry<Column, TableColumn<Row, String>> entry : columns.entrySet()) {
            if (entry.getValue() == tc) {
                return entry.getKey();
            }
        }
        return tc == messageColumn ? Column.last() : Column.first();
    }

    private void startEditing(int index, Column column, String firstText) {
        focusCell(index, column);
        typedFirst = firstText;
        grid.edit(index, columns.get(column));
        typedFirst = null;
    }

    /** Tab, Enter: the next cell, after the last one of a row the first of the next row (one is always there). */
    private void move(int index, Column column, boolean forward) {
        Column to = forward ? column.next() : column.previous();
        if (to != null) {
            focusCell(index, to);
        } else if (forward) {
            focusCell(Math.min(index + 1, model.rows().size() - 1), Column.CHILD);
        } else if (index > 0) {
            focusCell(index - 1, Column.last());
        }
    }

    private void focusCell(int index, Column column) {
        grid.getSelectionModel().clearAndSelect(index, columns.get(column));
        grid.getFocusModel().focus(index, columns.get(column));
        VirtualFlow<?> flow = (VirtualFlow<?>) grid.lookup(".virtual-flow");
        if (flow != null) {
            flow.scrollTo(index); // just enough to show it, unlike TableView.scrollTo
        } else {
            grid.scrollTo(index);
        }
    }

    /** Ends the edit under way, keeping what was typed (before saving or closing). */
    private void commitEditing() {
        if (grid.getEditingCell() != null) {
            grid.edit(-1, null);
        }
    }

    /**
     * A typed-in cell. Every way out of editing keeps the text (Enter, Tab, a click elsewhere)
     * except Esc. The child cell lists the matching children under it while typing.
     */
    private final class EntryCell extends TableCell<Row, String> {
        private final Column column;
        private TextField field;
        private Row editing;
        private boolean discard;
        private Popup popup;
        private ListView<Child> matchList;
        /** A click on the list of matches is under way: the field losing the focus to it is not the end of the edit. */
        private boolean choosing;

        EntryCell(Column column) {
            this.column = column;
        }

        @Override
        public void startEdit() {
            if (saving || getTableRow() == null || getTableRow().getItem() == null) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            editing = getTableRow().getItem();
            String start = typedFirst != null ? typedFirst : getItem();
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
            if (column == Column.CHILD && typedFirst != null) {
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
                    move(index, column, forward);
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
                            focusCell(index, column);
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
                        move(index, column, true);
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

    // ---- saving

    private record Saved(List<Injury> injuries, Collection<Child> children, Collection<Injury> all) {
    }

    @FXML
    private void save() {
        commitEditing();
        if (saving) {
            return;
        }
        List<Row> rows = model.savableRows();
        if (rows.isEmpty()) {
            showMessage("Chưa có dòng hợp lệ nào để lưu.", Severity.ERROR);
            return;
        }
        Map<Row, Injury> injuries = new IdentityHashMap<>();
        rows.forEach(r -> injuries.put(r, r.toInjury()));
        List<Row> offers = InjuryQuickEntryModel.deathOffers(rows);
        // One question for all the deaths; the answer holds for every child listed.
        boolean recordDeaths = !offers.isEmpty()
                && services.dialogs().confirm(stage, InjuryQuickEntryModel.deathQuestion(offers), "Có, ghi nhận đã mất");
        List<Injury> toSave = rows.stream().map(injuries::get).toList();
        Set<Injury> deaths = recordDeaths ? offers.stream().map(injuries::get).collect(Collectors.toSet()) : Set.of();
        LocalDate today = model.today();
        Task<Saved> task = new Task<>() {
            @Override
            protected Saved call() {
                List<Injury> saved = store.saveInjuries(toSave, deaths, today);
                return new Saved(saved, store.allChildren(), store.injuries(null));
            }
        };
        saving = true;
        grid.setDisable(true);
        showMessage("Đang lưu…", null);
        task.setOnSucceeded(e -> {
            saving = false;
            grid.setDisable(false);
            Saved result = task.getValue();
            model.saved(rows, result.children(), result.all());
            long left = model.rows().stream().filter(r -> r.state() == State.ERROR).count();
            showMessage("Đã lưu " + result.injuries().size() + " dòng"
                    + (deaths.isEmpty() ? "" : ", ghi nhận " + offers.stream().map(Row::child).map(Child::getId).distinct().count()
                            + " trẻ đã mất")
                    + "." + (left == 0 ? "" : " Còn " + left + " dòng lỗi chưa lưu: sửa rồi bấm Lưu lần nữa."),
                    left == 0 ? null : Severity.WARNING);
            grid.requestFocus();
            focusCell(firstRowToType(), Column.CHILD);
            onSaved.run();
        });
        task.setOnFailed(e -> {
            saving = false;
            grid.setDisable(false);
            showMessage("Chưa lưu dòng nào. " + ErrorMessages.describe(task.getException()), Severity.ERROR);
        });
        services.runner().start(task);
    }

    private int firstRowToType() {
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).state() != State.BLANK) {
                return i;
            }
        }
        return 0;
    }

    private void showMessage(String text, Severity severity) {
        FieldMessages.show(saveMessage, text, severity);
    }

    /** Closing with typed rows not saved asks first. */
    private boolean mayClose() {
        commitEditing();
        boolean unsaved = model.rows().stream().anyMatch(r -> r.state() != State.BLANK);
        return !unsaved || services.dialogs().confirm(stage, "Đóng bảng nhập nhanh? Các dòng chưa lưu sẽ mất.", "Đóng");
    }

    @FXML
    private void close() {
        if (mayClose()) {
            stage.close();
        }
    }

    /** For tests: the model behind the grid. */
    InjuryQuickEntryModel model() {
        return model;
    }
}
