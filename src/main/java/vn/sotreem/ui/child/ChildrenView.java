package vn.sotreem.ui.child;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.NameOrder;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.place.Village;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.importing.ExchangeActions;
import vn.sotreem.ui.common.FilterChoices;
import vn.sotreem.ui.common.LoadingPane;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/** The children list with filters, search as you type, and the add/edit/import/export actions. */
public final class ChildrenView {

    static final String READ_FAILED = "Không đọc được danh sách trẻ của sổ. Bấm “Trẻ em” để thử lại.";

    @FXML
    private Button addButton;
    @FXML
    private Button editButton;
    @FXML
    private Button importButton;
    @FXML
    private Button importListButton;
    @FXML
    private Button exportButton;
    @FXML
    private Button duplicatesButton;
    @FXML
    private Button mergeChildrenButton;
    @FXML
    private Button voidedButton;
    @FXML
    private Label viewerNote;
    @FXML
    private javafx.scene.control.Separator exchangeSeparator;
    @FXML
    private Label rowHint;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<Choice<String>> villageFilter;
    @FXML
    private ComboBox<Choice<Sex>> sexFilter;
    @FXML
    private ComboBox<Choice<AgeBand>> ageFilter;
    @FXML
    private ComboBox<Choice<ChildStatus>> statusFilter;
    @FXML
    private TableView<Child> childTable;
    @FXML
    private TableColumn<Child, String> nameColumn;
    @FXML
    private TableColumn<Child, String> birthColumn;
    @FXML
    private TableColumn<Child, Integer> ageColumn;
    @FXML
    private TableColumn<Child, String> sexColumn;
    @FXML
    private TableColumn<Child, String> villageColumn;
    @FXML
    private TableColumn<Child, String> statusColumn;
    @FXML
    private Label countLabel;

    private final UiServices services;
    private final ChildrenModel register;
    private final ChildListModel model;
    private final ExchangeActions exchange;
    private final LoadingPane loading;
    /** Ctrl+F came while the list was still loading: the search field takes the keyboard once it is filled. */
    private boolean searchWhenFilled;
    /** Children saved from this list so far: a background read begun before a save would show the list without it. */
    private int saves;
    /** The register's villages, as last read with the list (the village filter and the record's village box). */
    private List<Village> villages = List.of();
    private Runnable onSaved = () -> { };
    private java.util.function.LongConsumer openAbuseCase = id -> { };

    /** Shows "Đang tải…" until {@link #show} or {@link #loadInBackground} fills the list. */
    public ChildrenView(UiServices services, ChildrenModel register) {
        this.services = services;
        this.register = register;
        this.model = new ChildListModel(services.today());
        this.loading = new LoadingPane(Views.load("ChildrenView.fxml", this));
        this.exchange = new ExchangeActions(services, register.exchange(), this::reloadChildren);
        setUpTable();
        setUpFilters();
        Role role = register.role();
        showIf(role.canEdit(), addButton, importButton, importListButton, mergeChildrenButton);
        showIf(role.canRestore(), voidedButton);
        showIf(role.canExport(), exportButton);
        showIf(!role.canEdit(), viewerNote);
        showIf(role.canEdit() || role.canExport(), exchangeSeparator);
        if (!role.canEdit()) {
            rowHint.setText("Nhấn Enter hoặc nháy đúp vào một dòng để xem.");
        }
        editButton.setText(role.canEdit() ? "Sửa" : "Xem");
        showDuplicates(0);
    }

    /** "Có thể trùng (N)" while pairs wait for an officer's decision; viewers may not decide. */
    private void showDuplicates(int waiting) {
        duplicatesButton.setText("Có thể trùng (" + waiting + ")");
        showIf(waiting > 0, duplicatesButton);
    }

    @FXML
    private void openDuplicates() {
        if (canEdit()) {
            DuplicatesView.open(services, register.duplicates(), window(), this::reloadChildren);
        }
    }

    /** "Gộp hồ sơ…": any two children selected in the list, in the merge dialog of the duplicates queue. */
    @FXML
    void mergeSelected() {
        List<Child> selected = List.copyOf(childTable.getSelectionModel().getSelectedItems());
        if (!canEdit() || selected.size() != 2) {
            return;
        }
        DuplicatesView.openChosen(services, register.duplicates(), window(), selected.get(0).getId(), selected.get(1).getId(),
                this::reloadChildren);
    }

    /** "Hồ sơ đã hủy": administrators look at the voided records and restore one. */
    @FXML
    private void openVoided() {
        if (register.role().canRestore()) {
            VoidedChildrenView.open(services, register.voided(), window(), this::reloadChildren);
        }
    }

    private static void showIf(boolean shown, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    public boolean canEdit() {
        return register.role().canEdit();
    }

    public Parent root() {
        return loading.root();
    }

    /**
     * Shows the register's children, already in {@link ChildListModel#sortedByName} order (read
     * at start for the Today page too), once the villages and the waiting duplicates are read.
     */
    public void show(List<Child> sortedChildren) {
        BackgroundTask.of(() -> register.around(sortedChildren))
                .onSuccess(this::fill)
                .onFailure(error -> {
                    fill(new ChildrenModel.Listing(sortedChildren, List.of(), 0));
                    services.dialogs().showError(window(), ErrorMessages.describe(error));
                })
                .run(services.runner());
    }

    private void fill(ChildrenModel.Listing listing) {
        model.setAllSorted(listing.sortedChildren());
        villages = listing.villages();
        refreshVillageFilter();
        showDuplicates(listing.waitingDuplicates());
        loading.setLoading(false);
        if (searchWhenFilled) {
            searchWhenFilled = false;
            focusSearch();
        }
    }

    /** After a failed first read ({@link #READ_FAILED}), coming back to the page reads again. */
    public void retryIfFailed() {
        if (loading.failed()) {
            loading.setLoading(true);
            loadInBackground();
        }
    }

    /** Reads and sorts the children in the background, then shows them. */
    public void loadInBackground() {
        loadInBackground(() -> { });
    }

    /** {@code then} runs once the children read are shown (the register is free again by then). */
    public void loadInBackground(Runnable then) {
        int savesBefore = saves;
        BackgroundTask.of(register::read)
                .named(ChildrenModel.READ_ALL)
                .onSuccess(listing -> {
                    if (saves != savesBefore) { // a child saved meanwhile may be missing from what was read
                        loadInBackground(then);
                        return;
                    }
                    fill(listing);
                    then.run();
                })
                .onFailure(error -> {
                    if (loading.isLoading()) { // nothing shown yet: say so rather than show an empty list
                        loading.showFailure(READ_FAILED);
                    }
                    services.dialogs().showError(window(), ErrorMessages.describe(error));
                })
                .run(services.runner());
    }

    boolean loading() {
        return loading.isLoading();
    }

    public ChildListModel model() {
        return model;
    }

    private void setUpTable() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getFullName()));
        nameColumn.setComparator(NameOrder.textComparator());
        birthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                DateText.format(c.getValue().getBirthDate()) + (c.getValue().isBirthDateEstimated() ? " (ước)" : "")));
        birthColumn.setComparator(Comparator.comparing(ChildrenView::isoOf));
        ageColumn.setCellValueFactory(c -> {
            int age = c.getValue().ageOn(model.today());
            return new ReadOnlyObjectWrapper<>(age < 0 ? null : age);
        });
        ageColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        sexColumn.setCellValueFactory(c -> label(c.getValue().getSex() == null ? "" : c.getValue().getSex().label()));
        villageColumn.setCellValueFactory(c -> label(c.getValue().getVillage()));
        villageColumn.setComparator(Comparator.nullsFirst(NameOrder.textComparator()));
        statusColumn.setCellValueFactory(c -> label(c.getValue().getStatus().label()));

        SortedList<Child> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(childTable.comparatorProperty());
        childTable.setItems(sorted);
        childTable.setPlaceholder(new Label("Không có trẻ nào khớp với bộ lọc."));
        childTable.setRowFactory(t -> {
            TableRow<Child> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        childTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editSelected();
                e.consume();
            }
        });
        editButton.disableProperty().bind(childTable.getSelectionModel().selectedItemProperty().isNull());
        childTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        mergeChildrenButton.disableProperty().bind(javafx.beans.binding.Bindings.size(
                childTable.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        countLabel.textProperty().bind(model.countTextProperty());
    }

    private static String isoOf(String displayed) {
        return DateText.parse(displayed.replace(" (ước)", "")).map(Object::toString).orElse("");
    }

    private static ReadOnlyStringWrapper label(String text) {
        return new ReadOnlyStringWrapper(text == null ? "" : text);
    }

    private void setUpFilters() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        FilterChoices.bind(sexFilter, FilterChoices.withAll("Mọi giới tính", List.of(Sex.values()), Sex::label),
                model.sexProperty());
        FilterChoices.bind(ageFilter, FilterChoices.withAll("Mọi độ tuổi", List.of(AgeBand.values()), AgeBand::label),
                model.ageBandProperty());
        FilterChoices.bind(statusFilter, FilterChoices.withAll("Mọi tình trạng", List.of(ChildStatus.values()),
                ChildStatus::label), model.statusProperty());
        refreshVillageFilter();
        villageFilter.valueProperty().addListener((o, was, now) -> model.villageProperty().set(now == null ? null : now.value()));
    }

    private void refreshVillageFilter() {
        FilterChoices.refreshVillages(villageFilter, villages, model.villageProperty().get());
    }

    /** Ctrl+F: the search field; while the list is still loading, once it is filled (it is not in the window before). */
    public void focusSearch() {
        if (loading.isLoading()) {
            searchWhenFilled = true;
            return;
        }
        // The list may have joined the window in this very event (first filled): styling the field
        // now gives it its skin, without which keys typed before the next frame would be lost.
        searchField.applyCss();
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    public void addChild() {
        if (canEdit()) {
            openForm(null);
        }
    }

    @FXML
    void editSelected() {
        Child selected = childTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openForm(selected);
        }
    }

    private void openForm(Child existing) {
        open(window(), existing, () -> { }, false);
    }

    /**
     * Reads what the record shows beside the child (its cases, injuries, HCĐB history, the villages)
     * in the background, then opens it over {@code owner}; {@code onClosed} runs when it closes.
     */
    private void open(javafx.stage.Window owner, Child existing, Runnable onClosed, boolean hcdbTab) {
        BackgroundTask.of(() -> register.form().details(existing))
                .onSuccess(details -> {
                    ChildFormView form = new ChildFormView(services, register.form(), existing, details, this::saved,
                            this::openForm, !canEdit());
                    form.showAbuseCases(openAbuseCase);
                    form.showInjuries(this::reopenAfterDeath);
                    form.setOnClosed(onClosed);
                    form.setOnVoided(this::voided);
                    form.show(owner);
                    if (hcdbTab) {
                        form.showHcdbTab();
                    }
                })
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    /** How a child's record opens one of its abuse cases (the main window shows the abuse page). */
    public void setOpenAbuseCase(java.util.function.LongConsumer openAbuseCase) {
        this.openAbuseCase = openAbuseCase;
    }

    /**
     * Opens a child's record on its HCĐB tab over {@code owner} (the page asking, which may not be
     * this list: a record without an owner would stay on screen when the idle lock closes the window);
     * {@code onClosed} runs when it closes.
     */
    public void openHcdb(javafx.stage.Window owner, Child child, Runnable onClosed) {
        open(owner, child, onClosed, true);
    }

    /** Opens a child's record from another page, over that page's window; {@code onClosed} runs when it closes. */
    public void openChild(javafx.stage.Window owner, Child child, Runnable onClosed) {
        open(owner, child, onClosed, false);
    }

    /** The child was recorded as died from its record's injury form: the list and the record show it so. */
    private void reopenAfterDeath(Child child) {
        saved(child);
        openForm(child);
    }

    /** The child was voided from its record: it leaves the list at once, and the list is read again. */
    private void voided(Child child) {
        saves++;
        onSaved.run();
        model.remove(child.getId());
        services.dialogs().showInfo(window(), "Đã hủy hồ sơ " + child.getCode() + " (" + child.getFullName()
                + "). Hồ sơ không còn trong danh sách, báo cáo và tệp xuất; quản trị viên khôi phục được ở “Hồ sơ đã hủy”.");
        reloadChildren();
    }

    /** Told of every child saved from this list (the main window's start read may have read before it). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    private void saved(Child child) {
        saves++;
        onSaved.run();
        model.put(child);
        refreshVillageFilter();
        if (!model.shown().contains(child)) {
            model.clearFilters();
        }
        BackgroundTask.of(register::waitingDuplicates).onSuccess(this::showDuplicates).run(services.runner());
        childTable.getSelectionModel().clearSelection(); // several rows may be selected (to merge)
        childTable.getSelectionModel().select(child);
        childTable.scrollTo(child);
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
        searchField.requestFocus();
    }

    @FXML
    private void importWorkbook() {
        if (!canEdit()) {
            return;
        }
        exchange.importWorkbook(window());
    }

    @FXML
    private void importList() {
        if (!canEdit()) {
            return;
        }
        exchange.importList(window());
    }

    @FXML
    private void exportWorkbook() {
        if (!register.role().canExport()) {
            return;
        }
        exchange.exportWorkbook(window());
    }

    /** Reads every child again in the background (after an import or a village rename); the list shown stays until then. */
    public void reloadChildren() {
        loadInBackground();
    }

    void reloadAfterVillageChange() {
        reloadChildren();
    }

    private javafx.stage.Window window() {
        return Views.windowOf(root());
    }
}
