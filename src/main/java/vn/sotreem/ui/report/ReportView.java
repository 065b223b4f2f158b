package vn.sotreem.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
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

    /**
     * Opens the record a check names (an injury, a case…) with the faulty field focused, where the
     * officer can fix it; {@code onClosed} runs once it is closed (the report is then counted again).
     * False when this kind of record cannot be opened so: the child's record opens instead.
     */
    public interface FaultOpener {
        boolean open(Window owner, ReportProblem.Fault fault, Runnable onClosed);
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
    private StackPane previewHolder;
    @FXML
    private StackPane trendPane;

    private final UiServices services;
    private final ChildOpener openChild;
    private final LongConsumer openCase;
    private FaultOpener openFault = (owner, fault, onClosed) -> false;
    private final ReportPageModel model;
    private final Parent root;
    private final ReportPreviewPane preview = new ReportPreviewPane();
    private ReportTrendChart trend;
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
        previewHolder.getChildren().setAll(preview.root());
        trend = new ReportTrendChart(trendPane);
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

    /** How a check naming an event's record and field opens it (the main window knows the pages). */
    public void openFaultsWith(FaultOpener opener) {
        this.openFault = opener;
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
        preview.show(c.preview());
        trend.show(c.trend());
    }

    /** No numbers rather than another period's: the computation failed (the message says why). */
    private void showNothing(ReportPeriod period) {
        shown = null;
        periodDates.setText(period.labelWithDates());
        checkList.getItems().clear();
        checksSummary.setText("");
        FieldMessages.show(exportReason, "", null);
        preview.show(List.of());
        trend.clear();
    }

    // ---- checks and export

    private void setUpChecks() {
        checkList.setPlaceholder(new Label("Không có lỗi hay cảnh báo nào: có thể xuất báo cáo."));
        checkList.setCellFactory(v -> new ReportCheckCell(this::open));
        checkList.setFixedCellSize(32);
        checkList.setOnKeyPressed(e -> {
            ReportProblem selected = checkList.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                open(selected);
            }
        });
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

    /**
     * Opens what a check is about: the record and field at fault (an injury, a case's date), else the
     * child's record, the abuse case, or the indicator in the preview.
     */
    void open(ReportProblem problem) {
        ReportProblem.Fault fault = problem.fault();
        if (fault != null && fault.kind() == ReportProblem.Fault.Kind.ABUSE_CASE && !role().canSeeAbuseDetails()) {
            services.dialogs().showInfo(window(), AbuseView.VIEWER_REFUSED);
            return;
        }
        if (fault != null && openFault.open(window(), fault, this::refresh)) {
            return;
        }
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
            case INDICATOR -> preview.showIndicator(problem.recordCode());
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

    /** The indicators shown in the preview (after the filter), for tests. */
    List<ReportPreviewModel.Indicator> previewShown() {
        return preview.shown();
    }

    private Window window() {
        return Views.windowOf(root);
    }
}
