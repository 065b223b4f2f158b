package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Column;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Row;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.State;
import vn.sotreem.ui.common.BackgroundTask;
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
    private TableColumn<Row, String> infoColumn;
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

    /** Room for two lines of a row's problems. */
    private static final double ROW_HEIGHT = 42;

    private final UiServices services;
    private final InjuryRegisterModel register;
    private final InjuryQuickEntryModel model;
    private final Parent root;
    private final Map<Column, TableColumn<Row, String>> columns = new java.util.EnumMap<>(Column.class);
    /** The text a cell starts with when typing a character began its editing (it replaces the old text). */
    private String typedFirst;
    private boolean saving;
    private Stage stage;
    private Runnable onSaved = () -> { };
    /** What the typed-in cells ask of the grid. */
    private final InjuryEntryCell.Grid cells = new InjuryEntryCell.Grid() {
        @Override
        public boolean saving() {
            return saving;
        }

        @Override
        public String typedFirst() {
            return typedFirst;
        }

        @Override
        public void move(int index, Column column, boolean forward) {
            InjuryQuickEntryView.this.move(index, column, forward);
        }

        @Override
        public void focusCell(int index, Column column) {
            InjuryQuickEntryView.this.focusCell(index, column);
        }
    };

    /**
     * Opens the grid over {@code owner} once the register's children and injuries are read (off the
     * JavaFX thread); {@code onSaved} runs after each save (the injury list reloads). A read-only
     * account is refused with a message instead.
     */
    public static void open(UiServices services, InjuryRegisterModel register, Window owner, Runnable onSaved) {
        if (!register.canEdit()) {
            services.dialogs().showError(owner, "Tài khoản chỉ xem không được nhập tai nạn, thương tích.");
            return;
        }
        BackgroundTask.of(register::register)
                .onSuccess(read -> new InjuryQuickEntryView(services, register,
                        new InjuryQuickEntryModel(services.today().get(), read.children(), read.injuries())).show(owner, onSaved))
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    InjuryQuickEntryView(UiServices services, InjuryRegisterModel register, InjuryQuickEntryModel model) {
        this.services = services;
        this.register = register;
        this.model = model;
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

    private void show(Window owner, Runnable onSaved) {
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
        for (Column column : Column.values()) {
            columns.put(column, typedColumn(column));
        }
        columns.forEach((column, tc) -> {
            tc.setCellValueFactory(c -> c.getValue().textProperty(column));
            tc.setCellFactory(c -> new InjuryEntryCell(column, model, cells));
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

    /**
     * The grid column a cell is typed in: the one the FXML names by the field's key ({@code id="ngay_xay_ra"});
     * a free text's column is headed by the catalogue's label.
     */
    @SuppressWarnings("unchecked")
    private TableColumn<Row, String> typedColumn(Column column) {
        TableColumn<Row, String> tc = (TableColumn<Row, String>) grid.getColumns().stream()
                .filter(c -> column.field().key().equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No grid column " + column.field().key()));
        if (column.field().isFreeText()) {
            tc.setText(column.field().label());
        }
        return tc;
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

    // ---- saving

    /** The injuries just saved, and the register as it is after them. */
    private record Saved(List<Injury> injuries, InjuryRegisterModel.Register now) {
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
        saving = true;
        grid.setDisable(true);
        showMessage("Đang lưu…", null);
        BackgroundTask.of(() -> new Saved(register.save(toSave, deaths, today), register.register()))
                .onSuccess(result -> {
                    model.saved(rows, result.now().children(), result.now().injuries());
                    long left = model.rows().stream().filter(r -> r.state() == State.ERROR).count();
                    showMessage("Đã lưu " + result.injuries().size() + " dòng"
                            + (deaths.isEmpty() ? "" : ", ghi nhận " + offers.stream().map(Row::child).map(Child::getId)
                                    .distinct().count() + " trẻ đã mất")
                            + "." + (left == 0 ? "" : " Còn " + left + " dòng lỗi chưa lưu: sửa rồi bấm Lưu lần nữa."),
                            left == 0 ? null : Severity.WARNING);
                    grid.requestFocus();
                    focusCell(firstRowToType(), Column.first());
                    onSaved.run();
                })
                .onFailure(error -> showMessage("Chưa lưu dòng nào. " + ErrorMessages.describe(error), Severity.ERROR))
                .onFinished(() -> {
                    saving = false;
                    grid.setDisable(false);
                })
                .run(services.runner());
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
