package vn.sotreem.ui.injury;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.injury.RecordedDeath;
import vn.sotreem.domain.child.NameOrder;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.Converters;
import vn.sotreem.ui.common.DatePickers;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FilterChoices;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Nav rail "TNTT": the injuries of the register's children with their filters, the count line and
 * a bar chart of the monthly counts by type; adding (one at a time, or many in the quick-entry
 * grid), changing and deleting injuries. The "xem" role only looks.
 */
public final class InjuryView {

    static final String QUICK_ENTRY_LATER = "Bảng nhập nhanh nhiều trẻ sẽ có trong phiên bản sau.";

    @FXML
    private Label viewerNote;
    @FXML
    private Button addButton;
    @FXML
    private Button quickEntryButton;
    @FXML
    private Button editButton;
    @FXML
    private Button deleteButton;
    @FXML
    private ComboBox<InjuryListModel.Period> periodBox;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private Label periodMessage;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<Choice<InjuryType>> typeFilter;
    @FXML
    private ComboBox<Choice<InjuryPlace>> placeFilter;
    @FXML
    private ComboBox<Choice<String>> villageFilter;
    @FXML
    private ComboBox<Choice<AgeBand>> ageFilter;
    @FXML
    private ComboBox<Choice<InjuryListModel.Outcome>> outcomeFilter;
    @FXML
    private TableView<InjuryListModel.Row> injuryTable;
    @FXML
    private TableColumn<InjuryListModel.Row, InjuryListModel.Row> dateColumn;
    @FXML
    private TableColumn<InjuryListModel.Row, InjuryListModel.Row> nameColumn;
    @FXML
    private TableColumn<InjuryListModel.Row, InjuryListModel.Row> birthColumn;
    @FXML
    private TableColumn<InjuryListModel.Row, InjuryListModel.Row> ageColumn;
    @FXML
    private TableColumn<InjuryListModel.Row, InjuryListModel.Row> villageColumn;
    @FXML
    private TableColumn<InjuryListModel.Row, InjuryListModel.Row> typeColumn;
    @FXML
    private TableColumn<InjuryListModel.Row, InjuryListModel.Row> placeColumn;
    @FXML
    private TableColumn<InjuryListModel.Row, InjuryListModel.Row> outcomeColumn;
    @FXML
    private StackedBarChart<String, Number> chart;
    @FXML
    private CategoryAxis monthAxis;
    @FXML
    private NumberAxis countAxis;
    @FXML
    private Label chartEmpty;
    @FXML
    private Label countLabel;
    @FXML
    private Label rowHint;

    private final UiServices services;
    private final InjuryRegisterModel register;
    private final Runnable onChildChanged;
    private final InjuryListModel model;
    private final Parent root;
    private Consumer<Window> quickEntry;

    /** {@code onChildChanged} runs when a child was recorded as died from here (the children list reloads). */
    public InjuryView(UiServices services, InjuryRegisterModel register, Runnable onChildChanged) {
        this.services = services;
        this.register = register;
        this.onChildChanged = onChildChanged;
        this.model = new InjuryListModel(services.today());
        this.root = Views.load("InjuryView.fxml", this);
        setUpTable();
        setUpFilters();
        setUpChart();
        boolean edit = canEdit();
        for (javafx.scene.Node n : List.of(addButton, quickEntryButton, deleteButton)) {
            n.setVisible(edit);
            n.setManaged(edit);
        }
        viewerNote.setVisible(!edit);
        viewerNote.setManaged(!edit);
        editButton.setText(edit ? "Sửa" : "Xem");
        if (!edit) {
            rowHint.setText("Tuổi: vào ngày xảy ra. Nháy đúp vào một dòng hoặc nhấn Enter để xem.");
        }
        setQuickEntry(null);
    }

    private boolean canEdit() {
        return register.canEdit();
    }

    public Parent root() {
        return root;
    }

    InjuryListModel model() {
        return model;
    }

    /**
     * What "Nhập nhanh nhiều trẻ…" opens (the quick-entry grid, given the owner window); none
     * leaves the button disabled. The page is read again when it is shown next.
     */
    public void setQuickEntry(Consumer<Window> open) {
        this.quickEntry = open;
        quickEntryButton.setDisable(open == null);
        quickEntryButton.setTooltip(new Tooltip(open == null ? QUICK_ENTRY_LATER
                : "Nhập một lượt nhiều trẻ bị tai nạn, thương tích, như một bảng tính."));
    }

    // ---- table

    private static void column(TableColumn<InjuryListModel.Row, InjuryListModel.Row> column,
                               Function<InjuryListModel.Row, String> text, Comparator<InjuryListModel.Row> order) {
        column(column, text, order, r -> false);
    }

    /** A column showing {@code text} of the row, sorted by {@code order}; rows {@code marked} in red. */
    private static void column(TableColumn<InjuryListModel.Row, InjuryListModel.Row> column,
                               Function<InjuryListModel.Row, String> text, Comparator<InjuryListModel.Row> order,
                               java.util.function.Predicate<InjuryListModel.Row> marked) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InjuryListModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("injury-died");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String shown = Objects.toString(text.apply(item), "");
                setText(shown);
                setTooltip(shown.length() > 18 ? new Tooltip(shown) : null);
                if (marked.test(item)) {
                    getStyleClass().add("injury-died");
                }
            }
        });
        column.setComparator(order);
    }

    private static <T extends Comparable<T>> Comparator<InjuryListModel.Row> by(Function<InjuryListModel.Row, T> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private void setUpTable() {
        Comparator<String> text = Comparator.nullsFirst(NameOrder.textComparator());
        column(dateColumn, r -> DateText.format(r.injury().date()), by(r -> r.injury().date()));
        Comparator<Child> names = NameOrder.childComparator();
        column(nameColumn, r -> r.child().getFullName(), (a, b) -> names.compare(a.child(), b.child()));
        column(birthColumn, r -> DateText.format(r.child().getBirthDate())
                + (r.child().isBirthDateEstimated() ? " (ước)" : ""), by(r -> r.child().getBirthDate()));
        column(ageColumn, InjuryListModel::ageText, by(InjuryListModel.Row::ageAtEvent));
        ageColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        column(villageColumn, r -> r.child().getVillage(), (a, b) -> text.compare(a.child().getVillage(), b.child().getVillage()));
        column(typeColumn, r -> InjuryListModel.typeText(r.injury()), by(r -> r.injury().type()));
        column(placeColumn, r -> r.injury().place() == null ? "" : r.injury().place().label(), by(r -> r.injury().place()));
        column(outcomeColumn, r -> InjuryListModel.outcomeText(r.injury()),
                Comparator.comparing((InjuryListModel.Row r) -> r.injury().died()).thenComparing(r -> r.injury().disabled()),
                r -> r.injury().died());
        textColumns(text);

        SortedList<InjuryListModel.Row> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(injuryTable.comparatorProperty());
        injuryTable.setItems(sorted);
        injuryTable.setPlaceholder(new Label("Không có tai nạn, thương tích nào khớp với bộ lọc."));
        injuryTable.setRowFactory(t -> {
            TableRow<InjuryListModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        injuryTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            }
        });
        var none = injuryTable.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        countLabel.textProperty().bind(model.countTextProperty());
    }

    /**
     * The free-text fields the FXML gives a column, marked with the field's key ({@code id="noi_dieu_tri"}):
     * headed by the catalogue's label, sorted as text.
     */
    @SuppressWarnings("unchecked")
    private void textColumns(Comparator<String> text) {
        for (TableColumn<InjuryListModel.Row, ?> tc : injuryTable.getColumns()) {
            for (InjuryField field : InjuryField.values()) {
                if (field.isFreeText() && field.key().equals(tc.getId())) {
                    Function<InjuryListModel.Row, String> value = r -> (String) field.valueIn(r.injury());
                    tc.setText(field.label());
                    column((TableColumn<InjuryListModel.Row, InjuryListModel.Row>) tc, value,
                            (a, b) -> text.compare(value.apply(a), value.apply(b)));
                }
            }
        }
    }

    // ---- filters

    private void setUpFilters() {
        periodBox.getItems().setAll(InjuryListModel.Period.values());
        periodBox.setConverter(Converters.showing(InjuryListModel.Period::label));
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        DatePickers.bind(fromPicker, model.fromProperty());
        DatePickers.bind(toPicker, model.toProperty());
        periodMessage.textProperty().bind(model.periodMessageProperty());
        periodMessage.managedProperty().bind(model.periodMessageProperty().isNotEmpty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        FilterChoices.bind(typeFilter, FilterChoices.withAll("Mọi loại tai nạn", List.of(InjuryType.values()),
                InjuryType::toString), model.typeProperty());
        FilterChoices.bind(placeFilter, FilterChoices.withAll("Mọi địa điểm", List.of(InjuryPlace.values()),
                InjuryPlace::label), model.placeProperty());
        FilterChoices.bind(ageFilter, FilterChoices.withAll("Mọi độ tuổi", List.of(AgeBand.values()), AgeBand::label),
                model.ageBandProperty());
        FilterChoices.bind(outcomeFilter, FilterChoices.withAll("Mọi hậu quả", List.of(InjuryListModel.Outcome.values()),
                InjuryListModel.Outcome::label), model.outcomeProperty());
        villageFilter.valueProperty().addListener((o, was, now) -> model.villageProperty().set(now == null ? null : now.value()));
        model.villageProperty().addListener((o, was, now) -> {
            if (now == null && villageFilter.getValue() != null && villageFilter.getValue().value() != null) {
                villageFilter.getSelectionModel().selectFirst();
            }
        });
        FilterChoices.refreshVillages(villageFilter, List.of(), null);
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
        searchField.requestFocus();
    }

    // ---- chart

    /** The chart and its axes are in the FXML (not animated: replacing animated data leaves stray bars behind). */
    private void setUpChart() {
        model.chartProperty().addListener((o, was, now) -> showChart(now));
        showChart(model.chartProperty().get());
    }

    private void showChart(Map<YearMonth, Map<InjuryType, Integer>> counts) {
        YearMonth last = counts.keySet().stream().reduce((a, b) -> b).orElseThrow();
        chart.setTitle("Số trường hợp theo tháng và loại, 12 tháng đến " + last.format(InjuryListModel.MONTH));
        monthAxis.setCategories(javafx.collections.FXCollections.observableArrayList(
                counts.keySet().stream().map(InjuryListModel::monthLabel).toList()));
        List<XYChart.Series<String, Number>> series = InjuryListModel.typesIn(counts).stream().map(type -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(type.toString());
            counts.forEach((month, byType) -> {
                int n = byType.getOrDefault(type, 0);
                if (n > 0) {
                    s.getData().add(new XYChart.Data<>(InjuryListModel.monthLabel(month), n));
                }
            });
            return s;
        }).toList();
        int highest = counts.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(0);
        int unit = Math.max(1, (int) Math.ceil(highest / 8.0));
        countAxis.setTickUnit(unit);
        countAxis.setUpperBound(Math.max(5, (int) Math.ceil(highest / (double) unit) * unit));
        chart.getData().setAll(series);
        for (XYChart.Series<String, Number> s : series) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip("Tháng " + d.getXValue().substring(1).replace('\n', '/') + " · "
                            + s.getName() + ": " + d.getYValue() + " trường hợp"));
                }
            }
        }
        chartEmpty.setText(series.isEmpty() ? "Không có trường hợp nào trong 12 tháng này (theo bộ lọc)." : "");
        chartEmpty.setVisible(series.isEmpty());
    }

    // ---- reading and actions

    /** Reads the injuries and children again, off the JavaFX thread (on showing the page and after a change). */
    public void refresh() {
        refresh(selectedId(), () -> { });
    }

    /** Reads the page again, then selects the injury {@code selected} (if still there) and runs {@code then}. */
    private void refresh(Long selected, Runnable then) {
        BackgroundTask.of(register::page)
                .onSuccess(page -> {
                    model.setAll(page.injuries(), page.children());
                    FilterChoices.refreshVillages(villageFilter, page.villages(), model.villageProperty().get());
                    if (selected != null) {
                        model.byId(selected).ifPresent(r -> injuryTable.getSelectionModel().select(r));
                    }
                    then.run();
                })
                .onFailure(error -> services.dialogs().showError(window(), ErrorMessages.describe(error)))
                .run(services.runner());
    }

    private Long selectedId() {
        InjuryListModel.Row row = injuryTable.getSelectionModel().getSelectedItem();
        return row == null ? null : row.injury().id();
    }

    @FXML
    public void add() {
        if (canEdit()) {
            open(null);
        }
    }

    @FXML
    private void quickEntry() {
        if (canEdit() && quickEntry != null) {
            quickEntry.accept(window());
        }
    }

    @FXML
    private void editSelected() {
        InjuryListModel.Row row = injuryTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            openForm(row);
        }
    }

    private void openForm(InjuryListModel.Row row) {
        open(row.injury());
    }

    private void open(Injury existing) {
        InjuryDialog.open(services, register, existing, null, !canEdit(), this::saved, window());
    }

    private void saved(InjuryDialog.Saved saved) {
        if (saved.deathRecorded()) {
            onChildChanged.run();
        }
        refresh(selectedId(), () -> {
            InjuryListModel.Row row = model.byId(saved.injury().id()).orElse(null);
            if (row != null && !model.shown().contains(row)) {
                model.clearFilters(); // the injury just saved must be in sight
            }
            if (row != null) {
                injuryTable.getSelectionModel().select(row);
                injuryTable.scrollTo(row);
            }
        });
    }

    @FXML
    private void deleteSelected() {
        InjuryListModel.Row row = injuryTable.getSelectionModel().getSelectedItem();
        if (row == null || !canEdit()) {
            return;
        }
        Injury i = row.injury();
        Child child = row.child();
        BackgroundTask.of(() -> register.recordedDeath(i.id()))
                .onSuccess(death -> askAndDelete(i, child, death.orElse(null)))
                .onFailure(error -> services.dialogs().showError(window(), ErrorMessages.describe(error)))
                .run(services.runner());
    }

    /** Deletes after asking; when this injury recorded the child's death, also asks whether to undo it. */
    private void askAndDelete(Injury i, Child child, RecordedDeath death) {
        String question = "Xóa tai nạn, thương tích ngày " + DateText.format(i.date()) + " (" + InjuryListModel.typeText(i)
                + ") của trẻ " + child.getFullName() + (child.getCode() == null ? "" : " (" + child.getCode() + ")")
                + "? Việc xóa được ghi vào nhật ký."
                + (death == null && i.died() && child.getStatus() == ChildStatus.DIED
                        ? " Tình trạng \"Đã mất\" trong hồ sơ của trẻ giữ nguyên; nếu ghi nhầm, hãy sửa ở hồ sơ trẻ." : "");
        if (!services.dialogs().confirm(window(), question, "Xóa")) {
            return;
        }
        boolean undoDeath = death != null && services.dialogs().confirm(window(), death.undoQuestion(child), UNDO_DEATH);
        BackgroundTask.ofAction(() -> register.delete(i.id(), undoDeath))
                .onSuccess(done -> {
                    if (undoDeath) {
                        onChildChanged.run();
                    }
                })
                .onFailure(error -> services.dialogs().showError(window(), ErrorMessages.describe(error)))
                .onFinished(this::refresh)
                .run(services.runner());
    }

    /** The answer that undoes a death an injury recorded. */
    static final String UNDO_DEATH = "Bỏ \"Đã mất\"";

    private Window window() {
        return Views.windowOf(root);
    }
}
