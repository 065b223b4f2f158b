package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.LoadingPane;
import vn.sotreem.ui.importing.ExchangeActions;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.FilterChoices;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Nav rail "HCĐB": the children in special circumstances on a date (with a name search), counts per
 * group, a distribution day for many children at once (and the days recorded, corrected or voided
 * as a whole), and the children about to turn 16.
 */
public final class HcdbView {

    @FXML
    private Label viewerNote;
    @FXML
    private Button bulkButton;
    @FXML
    private Button hcdbExportButton;
    @FXML
    private TextField hcdbSearchField;
    @FXML
    private TextField dateField;
    @FXML
    private Label dateMessage;
    @FXML
    private ComboBox<Choice<HcdbGroup>> groupFilter;
    @FXML
    private ComboBox<Choice<String>> villageFilter;
    @FXML
    private ComboBox<Choice<Sex>> sexFilter;
    @FXML
    private ComboBox<Choice<AgeBand>> ageFilter;
    @FXML
    private FlowPane countsPane;
    @FXML
    private TableView<HcdbListModel.Row> hcdbTable;
    @FXML
    private TableColumn<HcdbListModel.Row, String> nameColumn;
    @FXML
    private TableColumn<HcdbListModel.Row, String> birthColumn;
    @FXML
    private TableColumn<HcdbListModel.Row, Integer> ageColumn;
    @FXML
    private TableColumn<HcdbListModel.Row, String> sexColumn;
    @FXML
    private TableColumn<HcdbListModel.Row, String> villageColumn;
    @FXML
    private TableColumn<HcdbListModel.Row, String> groupsColumn;
    @FXML
    private TableColumn<HcdbListModel.Row, String> sinceColumn;
    @FXML
    private Label countLabel;
    @FXML
    private Tab ageOutTab;
    @FXML
    private Button closeAgedOutButton;
    @FXML
    private TableView<HcdbListModel.AgeOutRow> ageOutTable;
    @FXML
    private TableColumn<HcdbListModel.AgeOutRow, String> ageOutNameColumn;
    @FXML
    private TableColumn<HcdbListModel.AgeOutRow, String> ageOutBirthColumn;
    @FXML
    private TableColumn<HcdbListModel.AgeOutRow, String> ageOutVillageColumn;
    @FXML
    private TableColumn<HcdbListModel.AgeOutRow, String> ageOutGroupsColumn;
    @FXML
    private TableColumn<HcdbListModel.AgeOutRow, String> ageOutStateColumn;
    @FXML
    private Label resultLabel;
    @FXML
    private VBox distributionsBox;

    private final UiServices services;
    private final HcdbModel register;
    private final BiConsumer<Child, Runnable> openChild;
    private final HcdbListModel model;
    private final LoadingPane loading;
    private final Map<HcdbGroup, Label> countLabels = new EnumMap<>(HcdbGroup.class);
    private final DistributionsPane distributions;

    /** {@code openChild} opens a child's record and runs the given action when it closes. */
    public HcdbView(UiServices services, HcdbModel register, BiConsumer<Child, Runnable> openChild) {
        this.services = services;
        this.register = register;
        this.openChild = openChild;
        this.model = new HcdbListModel(services.today().get());
        this.loading = new LoadingPane(Views.load("HcdbView.fxml", this));
        setUpList();
        setUpAgeOut();
        boolean canEdit = register.role().canEdit();
        this.distributions = new DistributionsPane(services, register, canEdit, this::reload);
        distributionsBox.getChildren().add(distributions.root());
        show(canEdit, bulkButton, closeAgedOutButton);
        show(register.role().canExport(), hcdbExportButton);
        show(!canEdit, viewerNote);
        resultLabel.managedProperty().bind(resultLabel.textProperty().isNotEmpty());
    }

    private static void show(boolean shown, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    /** The register workbook, whose sheet HCDB holds every membership (the same export as the children list). */
    @FXML
    private void exportWorkbook() {
        new ExchangeActions(services, register.exchange(), () -> { }).exportWorkbook(window());
    }

    public Parent root() {
        return loading.root();
    }

    HcdbListModel model() {
        return model;
    }

    private static <T> void col(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue()) == null ? ""
                : text.apply(c.getValue())));
    }

    private void setUpList() {
        hcdbSearchField.textProperty().bindBidirectional(model.searchProperty());
        dateField.setText(DateText.format(model.today()));
        dateField.textProperty().addListener((o, was, now) -> {
            LocalDate d = DateText.parse(now).orElse(null);
            dateMessage.setText(d == null ? FieldMessages.BAD_DATE : "");
            show(d == null, dateMessage);
            if (d != null) {
                model.dateProperty().set(d);
            }
        });
        FilterChoices.bind(groupFilter, FilterChoices.withAll("Mọi nhóm", List.of(HcdbGroup.values()), HcdbGroup::toString),
                model.groupProperty());
        groupFilter.setVisibleRowCount(15);
        FilterChoices.bind(sexFilter, FilterChoices.withAll("Mọi giới tính", List.of(Sex.values()), Sex::label),
                model.sexProperty());
        FilterChoices.bind(ageFilter, FilterChoices.withAll("Mọi độ tuổi", List.of(AgeBand.values()), AgeBand::label),
                model.ageBandProperty());
        villageFilter.valueProperty().addListener((o, was, now) -> model.villageProperty().set(now == null ? null : now.value()));

        for (HcdbGroup g : HcdbGroup.values()) {
            Label chip = new Label();
            chip.setId("count_" + g.name());
            chip.getStyleClass().add("count-chip");
            chip.setTooltip(new Tooltip(g.toString()));
            countLabels.put(g, chip);
            countsPane.getChildren().add(chip);
        }

        col(nameColumn, r -> r.child().getFullName());
        nameColumn.setComparator(vn.sotreem.domain.child.NameOrder.textComparator());
        col(birthColumn, r -> DateText.format(r.child().getBirthDate()));
        ageColumn.setCellValueFactory(c -> {
            int age = c.getValue().child().ageOn(model.dateProperty().get());
            return new ReadOnlyObjectWrapper<>(age < 0 ? null : age);
        });
        ageColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        col(sexColumn, r -> r.child().getSex() == null ? "" : r.child().getSex().label());
        col(villageColumn, r -> r.child().getVillage());
        col(groupsColumn, HcdbListModel.Row::groupsText);
        col(sinceColumn, HcdbListModel.Row::sinceText);
        javafx.collections.transformation.SortedList<HcdbListModel.Row> sorted =
                new javafx.collections.transformation.SortedList<>(model.rows());
        sorted.comparatorProperty().bind(hcdbTable.comparatorProperty());
        hcdbTable.setItems(sorted);
        hcdbTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        hcdbTable.setPlaceholder(new Label("Không có trẻ nào thuộc diện HCĐB vào ngày này với bộ lọc đã chọn."));
        hcdbTable.setRowFactory(t -> {
            TableRow<HcdbListModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openChild.accept(row.getItem().child(), this::refresh);
                }
            });
            return row;
        });
        countLabel.textProperty().bind(model.countTextProperty());
        model.rows().addListener((javafx.collections.ListChangeListener<HcdbListModel.Row>) c -> updateCounts());
    }

    private void updateCounts() {
        for (HcdbGroup g : HcdbGroup.values()) {
            int n = model.count(g);
            Label chip = countLabels.get(g);
            chip.setText(g.code() + ": " + n);
            chip.getStyleClass().remove("has-children");
            if (n > 0) {
                chip.getStyleClass().add("has-children");
            }
        }
    }

    private void setUpAgeOut() {
        col(ageOutNameColumn, r -> r.child().getFullName());
        col(ageOutBirthColumn, r -> DateText.format(r.child().getBirthDate()));
        col(ageOutVillageColumn, r -> r.child().getVillage());
        col(ageOutGroupsColumn, HcdbListModel.AgeOutRow::groupsText);
        col(ageOutStateColumn, r -> r.stateText(model.today()));
        ageOutTable.setItems(model.ageOut());
        ageOutTable.setPlaceholder(new Label("Không có trẻ nào sắp đủ 16 tuổi trong 30 ngày tới."));
        closeAgedOutButton.setDisable(true);
        ageOutTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                closeAgedOutButton.setDisable(now == null || !now.canClose(model.today())));
        ageOutTable.setRowFactory(t -> {
            TableRow<HcdbListModel.AgeOutRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openChild.accept(row.getItem().child(), this::refresh);
                }
            });
            return row;
        });
        model.ageOut().addListener((javafx.collections.ListChangeListener<HcdbListModel.AgeOutRow>) c ->
                ageOutTab.setText("Sắp đủ 16 tuổi (" + model.ageOut().size() + ")"));
    }

    /**
     * Reads the children and memberships again in the background (on showing the page, which says
     * "Đang tải…" until they are read, and after changes).
     */
    public void refresh() {
        loading.setLoading(true);
        reload(() -> { });
    }

    /** Reads the register again, shows it, then runs {@code then}; the page shown stays until then. */
    private void reload(Runnable then) {
        BackgroundTask.of(register::read)
                .onSuccess(read -> {
                    show(read);
                    then.run();
                })
                .onFailure(e -> services.dialogs().showError(window(), ErrorMessages.describe(e)))
                .onFinished(() -> loading.setLoading(false))
                .run(services.runner());
    }

    private void show(HcdbModel.Register read) {
        FilterChoices.refreshVillages(villageFilter, read.villages(), model.villageProperty().get());
        model.setAll(read.children(), read.memberships());
        updateCounts();
        distributions.show(read.distributions());
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
        villageFilter.getSelectionModel().selectFirst();
    }

    @FXML
    private void bulkSupport() {
        if (!register.role().canEdit()) {
            return;
        }
        List<Child> selected = hcdbTable.getSelectionModel().getSelectedItems().stream()
                .map(HcdbListModel.Row::child).toList();
        List<Child> shown = hcdbTable.getItems().stream().map(HcdbListModel.Row::child).toList();
        if (shown.isEmpty()) {
            services.dialogs().showInfo(window(), "Danh sách đang trống: không có trẻ nào để ghi trợ giúp.");
            return;
        }
        ToggleGroup which = new ToggleGroup();
        RadioButton toSelected = new RadioButton("Các trẻ đã chọn (" + selected.size() + " trẻ)");
        toSelected.setId("bulkSelected");
        toSelected.setToggleGroup(which);
        toSelected.setDisable(selected.isEmpty());
        RadioButton toShown = new RadioButton("Tất cả trẻ đang hiện trong danh sách (" + shown.size() + " trẻ)");
        toShown.setId("bulkShown");
        toShown.setToggleGroup(which);
        which.selectToggle(selected.isEmpty() ? toShown : toSelected);
        SupportDialog dialog = new SupportDialog(window(), "Trợ giúp hàng loạt", null, model.today(), (template, form) -> {
            List<Long> targets = (which.getSelectedToggle() == toSelected ? selected : shown).stream()
                    .map(Child::getId).toList();
            LocalDate today = model.today();
            form.saveButton.setDisable(true);
            BackgroundTask.of(() -> register.addSupportToChildren(template, targets, today))
                    .onSuccess(saved -> reload(() -> {
                        resultLabel.getStyleClass().remove("msg-error");
                        resultLabel.setText("Đã ghi \"" + template.type().label() + "\" ngày "
                                + DateText.format(template.date()) + " cho " + saved.size() + " trẻ.");
                        form.close();
                    }))
                    .onFailure(e -> form.formMessage.setText("Chưa ghi cho trẻ nào. " + ErrorMessages.describe(e)))
                    .onFinished(() -> form.saveButton.setDisable(false))
                    .run(services.runner());
        });
        VBox targets = new VBox(4, toSelected, toShown);
        dialog.addTop("Ghi cho", targets);
        dialog.setSaveText("Ghi trợ giúp");
        dialog.show();
    }

    @FXML
    private void closeAgedOut() {
        HcdbListModel.AgeOutRow row = ageOutTable.getSelectionModel().getSelectedItem();
        if (row == null || !row.canClose(model.today()) || !register.role().canEdit()) {
            return;
        }
        String question = row.child().getFullName() + " đã đủ 16 tuổi ngày " + DateText.format(row.sixteenth())
                + ". Đóng " + row.toClose().size() + " diện HCĐB còn mở (nhóm " + row.groupsText()
                + ") với ngày kết thúc " + DateText.format(row.sixteenth().minusDays(1))
                + ", lý do \"" + Membership.AGED_OUT + "\"? Không có gì bị xoá.";
        if (!services.dialogs().confirm(window(), question, "Đóng diện")) {
            return;
        }
        long childId = row.child().getId();
        LocalDate today = model.today();
        BackgroundTask.of(() -> register.closeAgedOutMemberships(childId, today))
                .onSuccess(closed -> reload(() -> {
                    resultLabel.getStyleClass().remove("msg-error");
                    resultLabel.setText("Đã đóng " + closed.size() + " diện HCĐB của " + row.child().getFullName() + ".");
                }))
                .onFailure(e -> {
                    resultLabel.getStyleClass().add("msg-error");
                    resultLabel.setText(ErrorMessages.describe(e));
                })
                .run(services.runner());
    }

    private javafx.stage.Window window() {
        return Views.windowOf(loading.root());
    }
}
