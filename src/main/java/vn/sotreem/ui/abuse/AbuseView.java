package vn.sotreem.ui.abuse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.stage.Window;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.Converters;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FilterChoices;
import vn.sotreem.ui.common.LoadingPane;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Nav rail "Xâm hại": the abuse cases with their procedure step and next deadline, searched and
 * filtered; receiving a new case and opening one. Accounts that may not see abuse details see the
 * list masked and cannot open or add cases (NĐ 56/2017 Điều 24). The register is read and written
 * through {@link AbuseModel}, off the JavaFX thread.
 */
public final class AbuseView {

    public static final String VIEWER_REFUSED = "Tài khoản chỉ xem không được mở hồ sơ vụ việc xâm hại "
            + "(NĐ 56/2017 Điều 24: thông tin vụ việc phải được giữ bí mật).";

    @FXML
    private Button newCaseButton;
    @FXML
    private Button openCaseButton;
    @FXML
    private Label viewerNote;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<AbuseListModel.StateFilter> stateFilter;
    @FXML
    private ComboBox<Choice<Integer>> yearFilter;
    @FXML
    private TableView<AbuseCaseSummary> caseTable;
    @FXML
    private TableColumn<AbuseCaseSummary, String> codeColumn;
    @FXML
    private TableColumn<AbuseCaseSummary, AbuseCaseSummary> receivedColumn;
    @FXML
    private TableColumn<AbuseCaseSummary, String> childrenColumn;
    @FXML
    private TableColumn<AbuseCaseSummary, String> villageColumn;
    @FXML
    private TableColumn<AbuseCaseSummary, String> stepColumn;
    @FXML
    private TableColumn<AbuseCaseSummary, AbuseCaseSummary> deadlineColumn;
    @FXML
    private TableColumn<AbuseCaseSummary, AbuseCaseSummary> emergencyColumn;
    @FXML
    private Label countLabel;
    @FXML
    private Label rowHint;

    private final UiServices services;
    private final AbuseModel abuse;
    private final NewChildForm childForm;
    private final Runnable onChildAdded;
    private final AbuseListModel model = new AbuseListModel();
    private final Parent page;
    private final LoadingPane loading;
    private boolean loaded;

    /**
     * {@code childForm} opens the children's form for a victim not yet in the register;
     * {@code onChildAdded} runs when a child was added that way (the children list reloads).
     */
    public AbuseView(UiServices services, AbuseModel abuse, NewChildForm childForm, Runnable onChildAdded) {
        this.services = services;
        this.abuse = abuse;
        this.childForm = childForm;
        this.onChildAdded = onChildAdded;
        this.page = Views.load("AbuseView.fxml", this);
        this.loading = new LoadingPane(page);
        setUpTable();
        setUpFilters();
        boolean details = abuse.canSeeDetails();
        newCaseButton.setDisable(!abuse.canReceive());
        if (details) {
            openCaseButton.disableProperty().bind(caseTable.getSelectionModel().selectedItemProperty().isNull());
        } else {
            openCaseButton.setDisable(true);
        }
        viewerNote.setVisible(!details);
        viewerNote.setManaged(!details);
        if (!details) {
            newCaseButton.setTooltip(new Tooltip(VIEWER_REFUSED));
            openCaseButton.setTooltip(new Tooltip(VIEWER_REFUSED));
            rowHint.setText("Tên trẻ và nơi xảy ra được ẩn với tài khoản chỉ xem.");
        }
    }

    /** The page, "Đang tải…" until the cases were first read. */
    public Parent root() {
        return loading.root();
    }

    private static void text(TableColumn<AbuseCaseSummary, String> column, Function<AbuseCaseSummary, String> f) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Objects.toString(f.apply(c.getValue()), "")));
    }

    private void setUpTable() {
        text(codeColumn, AbuseCaseSummary::code);
        receivedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        receivedColumn.setCellFactory(c -> cell(AbuseListModel::receivedText, s -> null));
        receivedColumn.setComparator(Comparator.comparing(AbuseCaseSummary::receivedAt));
        text(childrenColumn, AbuseListModel::childrenText);
        text(villageColumn, AbuseListModel::villageText);
        text(stepColumn, AbuseListModel::stepText);
        deadlineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        deadlineColumn.setCellFactory(c -> cell(model::deadlineText, AbuseListModel::deadlineStyle));
        // Soonest first; cases with nothing due go last.
        deadlineColumn.setComparator(Comparator.comparing(s -> AbuseListModel.nextDeadline(s).map(Deadline::due)
                .orElse(LocalDateTime.MAX)));
        emergencyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        emergencyColumn.setCellFactory(c -> cell(s -> s.emergency() ? "Khẩn cấp" : "", s -> s.emergency() ? "emergency-mark" : null));
        emergencyColumn.setComparator(Comparator.comparing(AbuseCaseSummary::emergency));

        SortedList<AbuseCaseSummary> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(caseTable.comparatorProperty());
        caseTable.setItems(sorted);
        caseTable.setPlaceholder(new Label("Không có vụ việc nào khớp với bộ lọc."));
        caseTable.setRowFactory(t -> {
            TableRow<AbuseCaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openCase(row.getItem().id());
                }
            });
            return row;
        });
        caseTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        countLabel.textProperty().bind(model.countTextProperty());
    }

    /** A cell showing {@code text} of the row with the style class {@code style} gives (none for null), and a tooltip. */
    private static TableCell<AbuseCaseSummary, AbuseCaseSummary> cell(Function<AbuseCaseSummary, String> text,
                                                                      Function<AbuseCaseSummary, String> style) {
        return new TableCell<>() {
            private String applied;

            @Override
            protected void updateItem(AbuseCaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (applied != null) {
                    getStyleClass().remove(applied);
                    applied = null;
                }
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String shown = text.apply(item);
                setText(shown);
                setTooltip(shown.length() > 30 ? new Tooltip(shown) : null);
                applied = style.apply(item);
                if (applied != null) {
                    getStyleClass().add(applied);
                }
            }
        };
    }

    private void setUpFilters() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        stateFilter.getItems().setAll(AbuseListModel.StateFilter.values());
        stateFilter.setConverter(Converters.showing(AbuseListModel.StateFilter::label));
        stateFilter.valueProperty().bindBidirectional(model.stateProperty());
        yearFilter.valueProperty().addListener((o, was, now) -> model.yearProperty().set(now == null ? null : now.value()));
        refreshYears();
    }

    private void refreshYears() {
        Integer current = model.yearProperty().get();
        List<Choice<Integer>> items = FilterChoices.withAll("Mọi năm", model.years(), String::valueOf);
        yearFilter.getItems().setAll(items);
        yearFilter.getSelectionModel().select(items.stream().filter(c -> Objects.equals(c.value(), current))
                .findFirst().orElse(items.get(0)));
    }

    /** Reads the cases again in the background, with their deadlines as of now on the services' day (on showing the page and after a save). */
    public void refresh() {
        refresh(() -> { });
    }

    private void refresh(Runnable then) {
        LocalDateTime now = services.today().get().atTime(LocalTime.now());
        BackgroundTask.of(() -> abuse.summaries(now))
                .onSuccess(summaries -> {
                    model.setAll(summaries, now);
                    refreshYears();
                    loaded = true;
                    loading.setLoading(false);
                    then.run();
                })
                .onFailure(error -> {
                    if (!loaded) {
                        loading.showFailure(ErrorMessages.describe(error));
                    }
                    services.dialogs().showError(window(), ErrorMessages.describe(error));
                })
                .run(services.runner());
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
        yearFilter.getSelectionModel().selectFirst();
        searchField.requestFocus();
    }

    @FXML
    public void newCase() {
        if (!abuse.canReceive()) {
            return;
        }
        openForm(null);
    }

    @FXML
    private void openSelected() {
        AbuseCaseSummary selected = caseTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openCase(selected.id());
        }
    }

    /**
     * Opens a case's record (the opening is written to the audit log); for accounts that may not
     * see abuse details only the reason is shown. The Today screen and the child's record jump here.
     */
    public void openCase(long caseId) {
        if (!abuse.canSeeDetails()) {
            services.dialogs().showInfo(window(), VIEWER_REFUSED);
            return;
        }
        openForm(caseId);
    }

    /**
     * Opens a case over {@code owner} on the tab holding {@code fieldKey}, that field focused (a
     * check of the report leads here); {@code onClosed} runs once the case window is closed.
     */
    public void openCaseToFix(Window owner, long caseId, String fieldKey, Runnable onClosed) {
        if (!abuse.canSeeDetails()) {
            services.dialogs().showInfo(owner, VIEWER_REFUSED);
            return;
        }
        openForm(caseId, owner, form -> {
            form.onClosed(onClosed);
            if (fieldKey != null) {
                form.focus(fieldKey);
            }
        });
    }

    private void openForm(Long caseId) {
        openForm(caseId, window(), form -> { });
    }

    /** Reads what the case window needs (opening the case {@code caseId}, or for a new one when null), then shows it. */
    private void openForm(Long caseId, Window owner, java.util.function.Consumer<CaseFormView> shown) {
        LocalDate today = services.today().get();
        BackgroundTask.of(() -> abuse.caseForm(caseId, today))
                .onSuccess(data -> {
                    CaseFormView form;
                    try {
                        form = new CaseFormView(services, abuse, data, childForm, this::saved, onChildAdded);
                        form.setOnVoided(this::refresh);
                    } catch (RuntimeException e) {
                        services.dialogs().showError(owner, ErrorMessages.describe(e));
                        return;
                    }
                    form.show(owner);
                    shown.accept(form);
                })
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    /** After a save: the list read again, the saved case shown and selected (the filters cleared if they hid it). */
    private void saved(AbuseCase saved) {
        refresh(() -> {
            AbuseCaseSummary row = model.byId(saved.getId()).orElse(null);
            if (row != null && !model.shown().contains(row)) {
                model.clearFilters();
                yearFilter.getSelectionModel().selectFirst();
            }
            if (row != null) {
                caseTable.getSelectionModel().select(row);
                caseTable.scrollTo(row);
            }
        });
    }

    private javafx.stage.Window window() {
        return Views.windowOf(loading.root());
    }
}
