package vn.sotreem.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.report.PeriodKind;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.report.IndicatorReports;
import vn.sotreem.ui.abuse.AbuseView;
import vn.sotreem.ui.common.Converters;
import javafx.concurrent.Task;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Nav rail "Báo cáo": the indicator report of a chosen period — the checks first (each opens the
 * record concerned), the preview of every value beside the previous period, the 12-month trend of
 * injured and abused children — and its export to a folder, into the built-in workbook or the
 * province's template. Everything is computed off the FX thread from one reading of the register.
 */
public final class ReportView {

    /** Opens a child's record over a window; {@code onClosed} runs when it closes. */
    public interface ChildOpener {
        void open(Window owner, Child child, Runnable onClosed);
    }

    @FXML
    private Label busyLabel;
    @FXML
    private ProgressBar busyBar;
    @FXML
    private ComboBox<PeriodKind> kindBox;
    @FXML
    private ComboBox<ReportPeriod> periodBox;
    @FXML
    private Label periodDates;
    @FXML
    private Label ruleNote;
    @FXML
    private Label pageMessage;
    @FXML
    private Label checksSummary;
    @FXML
    private ListView<ReportProblem> checkList;
    @FXML
    private Button exportButton;
    @FXML
    private CheckBox templateBox;
    @FXML
    private Label exportReason;
    @FXML
    private TextField filterField;
    @FXML
    private TreeTableView<ReportPreviewModel.Line> previewTable;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> nameColumn;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> currentColumn;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> previousColumn;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> changeColumn;
    @FXML
    private TreeTableColumn<ReportPreviewModel.Line, String> unitColumn;
    @FXML
    private StackPane trendPane;

    private final UiServices services;
    private final ChildOpener openChild;
    private final LongConsumer openCase;
    private final ReportPageModel model;
    private final Parent root;
    private LineChart<String, Number> chart;
    private final Label chartEmpty = new Label();
    /** Indicators and headings the officer opened, kept open when the period changes. */
    private final Set<String> expanded = new HashSet<>();
    private PeriodRule rule;
    private boolean choosing;
    /** The computation running now (cancelled when a newer choice replaces it), or null. */
    private Task<ReportPageModel.Computed> running;
    /** Counts the computations begun: only the latest one's result is shown. */
    private int computations;
    private boolean pending;
    /** The report settings are being read (on showing the page). */
    private boolean refreshing;
    private ReportPageModel.Computed shown;
    private List<ReportPreviewModel.Indicator> preview = List.of();

    /** {@code openCase} opens an abuse case by id (the main window shows the Xâm hại page). */
    public ReportView(UiServices services, ReportPageModel model, ChildOpener openChild, LongConsumer openCase) {
        this.services = services;
        this.openChild = openChild;
        this.openCase = openCase;
        this.model = model;
        this.root = Views.load("ReportView.fxml", this);
        root.getStylesheets().add(ReportView.class.getResource("ReportView.css").toExternalForm());
        setUpPeriod();
        setUpChecks();
        setUpPreview();
        setUpChart();
        busy(false);
        pageMessage.managedProperty().bind(pageMessage.textProperty().isNotEmpty());
        exportReason.managedProperty().bind(exportReason.textProperty().isNotEmpty());
        exportButton.setDisable(true);
        templateBox.setVisible(false);
        templateBox.setManaged(false);
    }

    public Parent root() {
        return root;
    }

    private Role role() {
        return model.role();
    }

    // ---- period

    private void setUpPeriod() {
        kindBox.getItems().setAll(PeriodKind.values());
        kindBox.setConverter(Converters.showing(PeriodKind::label));
        periodBox.setConverter(Converters.showing(p -> ReportPageModel.choiceLabel(p, today())));
        kindBox.valueProperty().addListener((o, was, now) -> {
            if (!choosing && now != null) {
                fillPeriods(now, ReportPageModel.defaultPeriod(today(), now, rule));
                compute();
            }
        });
        periodBox.valueProperty().addListener((o, was, now) -> {
            if (!choosing && now != null) {
                compute();
            }
        });
    }

    private LocalDate today() {
        return services.today().get();
    }

    /** The periods of a kind under the current rule, {@code selected} chosen. */
    private void fillPeriods(PeriodKind kind, ReportPeriod selected) {
        choosing = true;
        try {
            kindBox.setValue(kind);
            List<ReportPeriod> choices = ReportPageModel.periodChoices(today(), kind, rule);
            periodBox.getItems().setAll(choices);
            periodBox.setValue(choices.contains(selected) ? selected : ReportPageModel.defaultPeriod(today(), kind, rule));
        } finally {
            choosing = false;
        }
    }

    /** Chooses a period (as the officer would in the two boxes) and computes it. */
    void choose(ReportPeriod period) {
        fillPeriods(period.kind(), ReportPageModel.withRule(period, rule));
        compute();
    }

    ReportPeriod period() {
        return periodBox.getValue();
    }

    /** Reads the register and the report settings again (on showing the page, after a record changed). */
    public void refresh() {
        refreshing = true;
        BackgroundTask.of(model::periodRule)
                .onSuccess(current -> {
                    refreshing = false;
                    refresh(current);
                })
                .onFailure(e -> {
                    refreshing = false;
                    FieldMessages.show(pageMessage, ErrorMessages.describe(e), Severity.ERROR);
                })
                .run(services.runner());
    }

    private void refresh(PeriodRule current) {
        if (current != rule || periodBox.getValue() == null) {
            rule = current;
            ReportPeriod selected = periodBox.getValue();
            PeriodKind kind = selected == null ? PeriodKind.MONTH : selected.kind();
            fillPeriods(kind, selected == null ? ReportPageModel.defaultPeriod(today(), kind, rule)
                    : ReportPageModel.withRule(selected, rule));
        }
        model.invalidate();
        compute();
    }

    // ---- computing off the FX thread

    private void compute() {
        ReportPeriod period = periodBox.getValue();
        if (period == null) {
            return;
        }
        if (running != null) {
            running.cancel(); // a newer choice replaces it
        }
        int ticket = ++computations;
        pending = true;
        running = null;
        busy(true);
        exportButton.setDisable(true); // until the checks of this period are known
        Task<ReportPageModel.Computed> task = BackgroundTask.withProgress(progress -> model.compute(period, progress))
                .onSuccess(c -> {
                    if (settled(ticket)) {
                        FieldMessages.show(pageMessage, "", null);
                        show(c);
                    }
                })
                .onFailure(e -> {
                    if (settled(ticket)) {
                        showNothing(period);
                        FieldMessages.show(pageMessage, ErrorMessages.describe(e), Severity.ERROR);
                    }
                })
                .onCancelled(() -> settled(ticket))
                .run(services.runner());
        if (ticket == computations && pending) {
            running = task;
            busyBar.progressProperty().bind(task.progressProperty());
        }
    }

    /** True when computation {@code ticket} is the latest: the page is no longer busy. */
    private boolean settled(int ticket) {
        if (ticket != computations) {
            return false;
        }
        pending = false;
        running = null;
        busy(false);
        return true;
    }

    private void busy(boolean on) {
        if (!on) {
            busyBar.progressProperty().unbind();
        }
        busyLabel.setVisible(on);
        busyBar.setVisible(on);
    }

    /** True while a computation runs (tests wait for the page to settle). */
    boolean computing() {
        return refreshing || pending;
    }

    ReportPageModel.Computed shown() {
        return shown;
    }

    private void show(ReportPageModel.Computed c) {
        shown = c;
        periodDates.setText(c.period().labelWithDates());
        ruleNote.setText("So sánh với kỳ trước: " + c.period().previous().labelWithDates() + ". Cách tính kỳ: "
                + c.period().rule().label() + " (đổi trong Cài đặt › Báo cáo).");
        showChecks(c);
        preview = c.preview();
        showPreview();
        showChart(c.trend());
    }

    /** No numbers rather than another period's: the computation failed (the message says why). */
    private void showNothing(ReportPeriod period) {
        shown = null;
        periodDates.setText(period.labelWithDates());
        checkList.getItems().clear();
        checksSummary.setText("");
        FieldMessages.show(exportReason, "", null);
        preview = List.of();
        showPreview();
        trendPane.getChildren().clear();
    }

    // ---- checks and export

    private void setUpChecks() {
        checkList.setPlaceholder(new Label("Không có lỗi hay cảnh báo nào: có thể xuất báo cáo."));
        checkList.setCellFactory(v -> new CheckCell());
        checkList.setFixedCellSize(32);
        checkList.setOnKeyPressed(e -> {
            ReportProblem selected = checkList.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                open(selected);
            }
        });
    }

    /** A check: "Lỗi"/"Cảnh báo", the message, and a link opening what it is about. */
    private final class CheckCell extends ListCell<ReportProblem> {
        private final Label tag = new Label();
        private final Label text = new Label();
        private final Hyperlink link = new Hyperlink();
        private final HBox box = new HBox(8, tag, text, link);

        CheckCell() {
            tag.getStyleClass().add("check-tag");
            tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            tag.setPrefWidth(96);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            link.getStyleClass().add("check-link");
            link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            link.setOnAction(e -> {
                if (getItem() != null) {
                    open(getItem());
                }
            });
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setPrefWidth(0); // as wide as the list, never wider: a long message is cut, not scrolled
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ReportProblem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            tag.setText(item.isError() ? "Lỗi" : "Cảnh báo");
            tag.getStyleClass().removeAll("error", "warning");
            tag.getStyleClass().add(item.isError() ? "error" : "warning");
            text.setText(item.message());
            link.setText(ReportPageModel.openText(item));
            setTooltip(new Tooltip(item.message()));
            setText(null);
            setGraphic(box);
        }
    }

    private void showChecks(ReportPageModel.Computed c) {
        checkList.getItems().setAll(c.checks());
        checksSummary.setText(ReportPageModel.checksSummary(c));
        FieldMessages.severity(checksSummary, c.errors() > 0 ? Severity.ERROR : c.warnings() > 0 ? Severity.WARNING : null);
        Optional<String> blocked = ReportPageModel.exportBlocked(c, role());
        exportButton.setDisable(blocked.isPresent());
        FieldMessages.show(exportReason, blocked.orElse(""), c.errors() > 0 ? Severity.ERROR : null);
        boolean template = c.template().isPresent();
        if (template && !templateBox.isVisible()) {
            templateBox.setSelected(true); // the province asked for its form: fill it unless the officer says no
        }
        templateBox.setVisible(template);
        templateBox.setManaged(template);
        templateBox.setText(c.template().map(ReportPageModel::templateChoice).orElse(""));
        if (!template) {
            templateBox.setSelected(false);
        }
    }

    /** Opens what a check is about: the child's record, the abuse case, or the indicator in the preview. */
    void open(ReportProblem problem) {
        switch (problem.subject()) {
            case CHILD -> BackgroundTask.of(() -> problem.recordId() == null ? Optional.<Child>empty()
                            : model.child(problem.recordId()))
                    .onSuccess(child -> {
                        if (child.isEmpty()) {
                            services.dialogs().showInfo(window(), "Không tìm thấy trẻ " + problem.recordCode()
                                    + " trong sổ: có thể hồ sơ vừa bị xóa. Số liệu được tính lại.");
                            refresh();
                        } else {
                            openChild.open(window(), child.get(), this::refresh);
                        }
                    })
                    .onFailure(e -> services.dialogs().showError(window(), ErrorMessages.describe(e)))
                    .run(services.runner());
            case ABUSE_CASE -> {
                if (!role().canSeeAbuseDetails()) {
                    services.dialogs().showInfo(window(), AbuseView.VIEWER_REFUSED);
                } else if (problem.recordId() != null) {
                    openCase.accept(problem.recordId());
                }
            }
            case INDICATOR -> showIndicator(problem.recordCode());
        }
    }

    @FXML
    private void export() {
        ReportPageModel.Computed c = shown;
        if (c == null || pending || ReportPageModel.exportBlocked(c, role()).isPresent()) {
            return;
        }
        Window owner = window();
        if (c.warnings() > 0 && !services.dialogs().confirm(owner, ReportPageModel.warningQuestion(c), "Vẫn xuất")) {
            return;
        }
        Path folder = services.files().folder(owner, "Chọn thư mục để lưu báo cáo").orElse(null);
        if (folder == null) {
            return;
        }
        Path out = folder.resolve(IndicatorReports.fileName(c.header()));
        if (Files.exists(out) && !services.dialogs().confirm(owner, "Thư mục này đã có tệp " + out.getFileName()
                + ". Thay tệp cũ bằng báo cáo mới?", "Thay tệp cũ")) {
            return;
        }
        boolean useTemplate = templateBox.isVisible() && templateBox.isSelected();
        IndicatorReports reports = model.reports();
        ProgressWindow.run(services, owner, "Đang xuất báo cáo " + c.period().label() + " ra tệp " + out.getFileName() + "…",
                progress -> {
                    reports.export(c.report(), c.header(), out, useTemplate, progress);
                    return out;
                },
                written -> services.dialogs().showInfo(owner, "Đã xuất báo cáo " + c.period().labelWithDates()
                        + " ra tệp:\n" + written.toAbsolutePath()));
    }

    // ---- preview

    private void setUpPreview() {
        text(nameColumn, ReportPreviewModel.Line::text);
        text(currentColumn, ReportPreviewModel.Line::currentText);
        text(previousColumn, ReportPreviewModel.Line::previousText);
        text(changeColumn, ReportPreviewModel.Line::changeText);
        text(unitColumn, ReportPreviewModel.Line::unitText);
        for (TreeTableColumn<ReportPreviewModel.Line, String> number : List.of(currentColumn, previousColumn, changeColumn)) {
            number.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        nameColumn.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("preview-indicator", "preview-cut");
                ReportPreviewModel.Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 30 ? null : new Tooltip(item));
                if (line != null && line.level() != ReportPreviewModel.Level.CELL) {
                    getStyleClass().add(line.level() == ReportPreviewModel.Level.INDICATOR ? "preview-indicator" : "preview-cut");
                }
            }
        });
        previewTable.setFixedCellSize(30);
        previewTable.setPlaceholder(new Label("Chưa có số liệu."));
        filterField.textProperty().addListener((o, was, now) -> showPreview());
    }

    private static void text(TreeTableColumn<ReportPreviewModel.Line, String> column,
                             Function<ReportPreviewModel.Line, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? ""
                : text.apply(c.getValue().getValue())));
    }

    private void showPreview() {
        String query = filterField.getText();
        boolean filtering = query != null && !query.isBlank();
        List<ReportPreviewModel.Indicator> lines = ReportPreviewModel.filter(preview, query);
        TreeItem<ReportPreviewModel.Line> top = new TreeItem<>();
        for (ReportPreviewModel.Indicator indicator : lines) {
            TreeItem<ReportPreviewModel.Line> item = item(indicator.line(), filtering);
            for (ReportPreviewModel.Cut cut : indicator.cuts()) {
                TreeItem<ReportPreviewModel.Line> heading = item(cut.heading(), filtering);
                cut.cells().forEach(line -> heading.getChildren().add(new TreeItem<>(line)));
                item.getChildren().add(heading);
            }
            top.getChildren().add(item);
        }
        previewTable.setPlaceholder(new Label(filtering ? "Không có chỉ tiêu hay phân tổ nào khớp với “" + query.trim() + "”."
                : "Chưa có số liệu."));
        previewTable.setRoot(top);
    }

    /** A heading of the tree, opened when the officer had opened it, or while a filter is typed. */
    private TreeItem<ReportPreviewModel.Line> item(ReportPreviewModel.Line line, boolean filtering) {
        TreeItem<ReportPreviewModel.Line> item = new TreeItem<>(line);
        String key = line.indicatorId() + "|" + line.breakdown();
        item.setExpanded(filtering || expanded.contains(key));
        item.expandedProperty().addListener((o, was, now) -> {
            if (!filtering) {
                if (now) {
                    expanded.add(key);
                } else {
                    expanded.remove(key);
                }
            }
        });
        return item;
    }

    /** Selects an indicator's line in the preview (clearing a filter that hides it), opened and in sight. */
    private void showIndicator(String indicatorId) {
        TreeItem<ReportPreviewModel.Line> item = find(indicatorId);
        if (item == null && !filterField.getText().isBlank()) {
            filterField.clear();
            item = find(indicatorId);
        }
        if (item == null) {
            return;
        }
        item.setExpanded(true);
        previewTable.getSelectionModel().select(item);
        int row = previewTable.getRow(item);
        previewTable.scrollTo(Math.max(0, row));
        previewTable.requestFocus();
    }

    private TreeItem<ReportPreviewModel.Line> find(String indicatorId) {
        return previewTable.getRoot() == null ? null : previewTable.getRoot().getChildren().stream()
                .filter(i -> i.getValue().indicatorId().equals(indicatorId)).findFirst().orElse(null);
    }

    /** The indicators shown in the preview (after the filter), for tests. */
    List<ReportPreviewModel.Indicator> previewShown() {
        return ReportPreviewModel.filter(preview, filterField.getText());
    }

    // ---- trend chart

    private void setUpChart() {
        chartEmpty.setId("trendEmpty");
        chartEmpty.getStyleClass().add("muted");
        chartEmpty.setWrapText(true);
        chartEmpty.setMouseTransparent(true);
        chartEmpty.setVisible(false);
        trendPane.getChildren().setAll(chartEmpty);
    }

    /**
     * A new chart for every trend: a category axis given other months keeps its old labels, or
     * mixes old and new ones when it ranges itself (JavaFX 21), so it is not reused.
     */
    private void showChart(ReportTrendModel trend) {
        CategoryAxis monthAxis = new CategoryAxis(javafx.collections.FXCollections.observableArrayList(
                trend.points().stream().map(ReportTrendModel::monthLabel).toList()));
        monthAxis.setAutoRanging(false);
        monthAxis.setAnimated(false);
        monthAxis.setLabel("Tháng");
        int highest = trend.highest();
        int unit = Math.max(1, (int) Math.ceil(highest / 8.0));
        NumberAxis countAxis = new NumberAxis(0, Math.max(5, (int) Math.ceil(highest / (double) unit) * unit), unit);
        countAxis.setAnimated(false);
        countAxis.setMinorTickVisible(false);
        countAxis.setLabel("Số trẻ");
        chart = new LineChart<>(monthAxis, countAxis);
        chart.setId("trendChart");
        chart.getStyleClass().add("trend-chart");
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setTitle(trend.title());
        XYChart.Series<String, Number> injured = new XYChart.Series<>();
        injured.setName(ReportTrendModel.INJURED);
        XYChart.Series<String, Number> abused = new XYChart.Series<>();
        abused.setName(ReportTrendModel.ABUSED);
        for (ReportTrendModel.Point p : trend.points()) {
            String month = ReportTrendModel.monthLabel(p);
            injured.getData().add(new XYChart.Data<>(month, p.injured()));
            abused.getData().add(new XYChart.Data<>(month, p.abused()));
        }
        chart.getData().setAll(List.of(injured, abused));
        for (XYChart.Series<String, Number> s : chart.getData()) {
            for (int i = 0; i < s.getData().size(); i++) {
                XYChart.Data<String, Number> d = s.getData().get(i);
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(trend.points().get(i).period().labelWithDates() + "\n"
                            + s.getName() + ": " + d.getYValue()));
                }
            }
        }
        chartEmpty.setText(trend.isEmpty() ? "Không có trẻ bị tai nạn, thương tích hay bị xâm hại nào trong 12 tháng này." : "");
        chartEmpty.setVisible(trend.isEmpty());
        trendPane.getChildren().setAll(chart, chartEmpty);
    }

    private Window window() {
        return Views.windowOf(root);
    }
}
