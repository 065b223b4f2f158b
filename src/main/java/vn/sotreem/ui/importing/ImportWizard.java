package vn.sotreem.ui.importing;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.exchange.ownlist.MappedImportReport;
import vn.sotreem.exchange.ownlist.TabularPreview;
import vn.sotreem.ui.importing.ImportWizardModel.Step;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * "Nhập danh sách của xã": one window, five steps (file, sheet and header row, columns, values,
 * check and import) over {@link ImportWizardModel}. Every read of the file, the check and the
 * import run off the FX thread behind {@link ProgressWindow}, so the window never freezes.
 */
final class ImportWizard {

    private static final String NO_SAVED = "(không dùng — để phần mềm tự đề xuất)";

    @FXML
    private Label stepTitle;
    @FXML
    private HBox stepTrail;
    @FXML
    private VBox fileStep;
    @FXML
    private HBox savedRow;
    @FXML
    private Label savedHint;
    @FXML
    private ComboBox<String> savedBox;
    @FXML
    private HBox oldCommuneRow;
    @FXML
    private ComboBox<OldCommuneChoice> oldCommuneBox;
    @FXML
    private Label oldCommuneHint;

    /** An entry of the old-commune box: a pre-2025 commune, or none (the register's own commune). */
    record OldCommuneChoice(String code, String text) {
        @Override
        public String toString() {
            return text;
        }
    }
    @FXML
    private TextField fileField;
    @FXML
    private VBox sheetStep;
    @FXML
    private Label sheetLabel;
    @FXML
    private ComboBox<String> sheetBox;
    @FXML
    private ComboBox<Integer> headerRowBox;
    @FXML
    private TableView<TabularPreview.Row> previewTable;
    @FXML
    private Label proposalLabel;
    @FXML
    private javafx.scene.layout.StackPane stepBody;
    @FXML
    private VBox checkStep;
    @FXML
    private VBox checkSummary;
    @FXML
    private ListView<String> issueList;
    @FXML
    private Label blockedLabel;
    @FXML
    private TextField mappingNameField;
    @FXML
    private Label savedLabel;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button runImportButton;

    private final UiServices services;
    private final ListImportModel register;
    private final Runnable afterImport;
    private final ImportWizardModel model;
    private final Parent root;
    private final ImportColumnsStep columnsStep;
    private final ImportValuesStep valuesStep;
    private Stage stage;
    private Window owner;
    private Step step = Step.FILE;
    private Path chosen;
    /** True while the screen is filled from the model, so that the controls' listeners stay quiet. */
    private boolean filling;

    ImportWizard(UiServices services, ListImportModel register, Runnable afterImport) {
        this.services = services;
        this.register = register;
        this.model = register.wizard();
        this.afterImport = afterImport;
        this.root = Views.load("ImportWizard.fxml", this);
        sheetBox.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null && !now.equals(model.sheet())) {
                read("Đang đọc sheet " + now + "…", p -> model.chooseSheet(now), this::fillSheetStep, this::fillSheetStep);
            }
        });
        headerRowBox.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null && now != model.headerRow()) {
                model.chooseHeaderRow(now);
                fillSheetStep();
            }
        });
        previewTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!filling && now != null) {
                headerRowBox.setValue(now.number());
            }
        });
        previewTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(TabularPreview.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("header-row", "above-header");
                if (!empty && row != null) {
                    getStyleClass().add(row.number() == model.headerRow() ? "header-row"
                            : row.number() < model.headerRow() ? "above-header" : "data-row");
                }
            }
        });
        previewTable.setPlaceholder(new Label("Tệp không có dòng nào."));
        columnsStep = new ImportColumnsStep(model, this::refreshButtons);
        valuesStep = new ImportValuesStep(model);
        stepBody.getChildren().add(2, columnsStep.root());
        stepBody.getChildren().add(3, valuesStep.root());
        issueList.setPlaceholder(new Label("Không có lỗi, cảnh báo hay trường hợp có thể trùng."));
        issueList.setCellFactory(list -> new ListCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(list.widthProperty().subtract(36));
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                text.setText(line);
                setGraphic(empty || line == null ? null : text);
            }
        });
        fileField.textProperty().addListener((o, was, now) -> refreshButtons());
    }

    /** Shows the first step with what {@link ListImportModel#start} read. */
    void show(Window ownerWindow, ListImportModel.Start start) {
        this.owner = ownerWindow;
        stage = new Stage();
        stage.initOwner(ownerWindow);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Nhập danh sách của xã");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        fillFileStep(start);
        showStep(Step.FILE);
        stage.show();
    }

    // ---- navigation

    @FXML
    private void next() {
        switch (step) {
            case FILE -> openFile();
            case SHEET -> showStep(Step.COLUMNS);
            case COLUMNS -> read("Đang đọc các giá trị trong tệp…", model::readValues, () -> showStep(Step.VALUES));
            case VALUES -> check();
            case CHECK -> { }
        }
    }

    @FXML
    private void back() {
        if (step.ordinal() > 0) {
            showStep(Step.values()[step.ordinal() - 1]);
        }
    }

    @FXML
    private void close() {
        stage.close();
    }

    private void showStep(Step shown) {
        step = shown;
        List<Node> panes = List.of(fileStep, sheetStep, columnsStep.root(), valuesStep.root(), checkStep);
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).setVisible(i == shown.ordinal());
        }
        stepTrail.getChildren().clear();
        for (Step s : Step.values()) {
            if (s.ordinal() > 0) {
                stepTrail.getChildren().add(styled(new Label("›"), "step"));
            }
            Label label = styled(new Label((s.ordinal() + 1) + ". " + s.title()), "step");
            label.getStyleClass().add(s == shown ? "current" : s.ordinal() < shown.ordinal() ? "done" : "later");
            stepTrail.getChildren().add(label);
        }
        switch (shown) {
            case FILE -> {
                if (stage.isShowing()) { // back to the first step: a mapping may have been saved since
                    fillFileStep();
                }
            }
            case SHEET -> fillSheetStep();
            case COLUMNS -> columnsStep.fill();
            case VALUES -> valuesStep.fill();
            case CHECK -> fillCheckStep();
        }
        refreshButtons();
        stepTitle.setText("Bước " + (shown.ordinal() + 1) + "/" + Step.values().length + ". " + shown.title());
    }

    private void refreshButtons() {
        backButton.setDisable(step == Step.FILE);
        show(step != Step.CHECK, nextButton);
        show(step == Step.CHECK, runImportButton);
        nextButton.setText(step == Step.VALUES ? "Kiểm tra tệp ›" : "Tiếp ›");
        nextButton.setDisable(switch (step) {
            case FILE -> chosen == null;
            case COLUMNS -> !model.missingRequired().isEmpty();
            default -> false;
        });
        runImportButton.setDisable(model.importBlocked().isPresent());
    }

    /** Reads the file off the FX thread with a progress window, then fills the screen. */
    private void read(String title, java.util.function.Consumer<Progress> work, Runnable then) {
        read(title, work, then, () -> { });
    }

    /** As above; {@code afterFailure} puts the screen back as the model still is. */
    private void read(String title, java.util.function.Consumer<Progress> work, Runnable then, Runnable afterFailure) {
        ProgressWindow.run(services, stage, title, progress -> {
            work.accept(progress);
            return Boolean.TRUE;
        }, done -> then.run(), afterFailure);
    }

    // ---- step 1: file

    /** Reads the saved mappings and the commune in the background, then fills the first step. */
    private void fillFileStep() {
        BackgroundTask.of(register::start)
                .onSuccess(this::fillFileStep)
                .onFailure(e -> {
                    fillSavedNames(List.of());
                    services.dialogs().showError(stage, ErrorMessages.describe(e));
                })
                .run(services.runner());
    }

    private void fillFileStep(ListImportModel.Start start) {
        fillSavedNames(start.savedNames());
        if (oldCommuneBox.getItems().isEmpty()) {
            List<vn.sotreem.domain.place.OldCommune> former = start.formerCommunes();
            oldCommuneBox.getItems().add(new OldCommuneChoice(null, "Xã/phường hiện nay (" + start.info().communeName() + ")"));
            former.forEach(c -> oldCommuneBox.getItems().add(new OldCommuneChoice(c.code(), "Xã cũ: " + c.display())));
            oldCommuneBox.getSelectionModel().selectFirst();
            show(former.size() > 1, oldCommuneRow, oldCommuneHint);
        }
    }

    private void fillSavedNames(List<String> names) {
        String was = savedBox.getValue();
        savedBox.getItems().setAll(NO_SAVED);
        savedBox.getItems().addAll(names);
        savedBox.setValue(was != null && savedBox.getItems().contains(was) ? was : NO_SAVED);
        show(!names.isEmpty(), savedRow, savedHint);
    }

    @FXML
    private void chooseFile() {
        services.files().listToOpen(stage).ifPresent(file -> {
            chosen = file;
            fileField.setText(file.toAbsolutePath().toString());
        });
    }

    private void openFile() {
        String savedName = NO_SAVED.equals(savedBox.getValue()) ? null : savedBox.getValue();
        String oldCommune = oldCommuneBox.getValue() == null ? null : oldCommuneBox.getValue().code();
        Path file = chosen;
        read("Đang đọc tệp " + file.getFileName() + "…", progress -> register.open(file, savedName, oldCommune),
                () -> showStep(Step.SHEET));
    }

    // ---- step 2: sheet and header row

    private void fillSheetStep() {
        filling = true;
        try {
            boolean sheets = !model.sheets().isEmpty();
            show(sheets, sheetLabel, sheetBox);
            sheetBox.getItems().setAll(model.sheets());
            sheetBox.setValue(model.sheet());
            headerRowBox.getItems().setAll(model.preview().stream().map(TabularPreview.Row::number).toList());
            headerRowBox.setValue(model.headerRow());
            fillPreview();
            List<String> proposal = model.proposalLines();
            proposalLabel.setText(proposal.isEmpty()
                    ? "Dòng " + model.headerRow() + " không có tiêu đề nào phần mềm nhận ra. Hãy chọn đúng dòng tiêu đề, "
                            + "hoặc ghép cột bằng tay ở bước sau."
                    : "Phần mềm nhận ra: " + String.join("; ", proposal) + ".");
        } finally {
            filling = false;
        }
        refreshButtons();
    }

    private void fillPreview() {
        previewTable.getColumns().clear();
        TableColumn<TabularPreview.Row, String> number = new TableColumn<>("Dòng");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().number())));
        number.setPrefWidth(64);
        number.setSortable(false);
        number.getStyleClass().add("row-number");
        previewTable.getColumns().add(number);
        for (int i = 0; i < model.columnCount(); i++) {
            int index = i;
            TableColumn<TabularPreview.Row, String> column = new TableColumn<>(ImportWizardModel.letter(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().cells().size()
                    ? c.getValue().cells().get(index) : ""));
            column.setPrefWidth(140);
            column.setSortable(false);
            previewTable.getColumns().add(column);
        }
        previewTable.getItems().setAll(model.preview());
        model.preview().stream().filter(r -> r.number() == model.headerRow()).findFirst().ifPresent(header -> {
            previewTable.getSelectionModel().select(header);
            previewTable.scrollTo(Math.max(0, previewTable.getItems().indexOf(header) - 2));
        });
        previewTable.refresh();
    }

    // ---- step 5: check, save, import

    private void check() {
        ProgressWindow.run(services, stage, "Đang kiểm tra tệp " + chosen.getFileName() + "…",
                progress -> register.check(services.today().get(), progress), report -> showStep(Step.CHECK));
    }

    private void fillCheckStep() {
        checkSummary.getChildren().clear();
        List<String> lines = model.checkLines();
        for (int i = 0; i < lines.size(); i++) {
            Label line = new Label(lines.get(i));
            if (i == 0) {
                line.setId("checkHeadline");
                line.getStyleClass().add("check-headline");
            }
            checkSummary.getChildren().add(line);
        }
        issueList.getItems().setAll(model.issueLines());
        String blocked = model.importBlocked().orElse("");
        blockedLabel.getStyleClass().setAll("label", "field-message", "msg-error");
        blockedLabel.setText(blocked);
        show(!blocked.isEmpty(), blockedLabel);
        if (mappingNameField.getText().isBlank() && model.mapping().name() != null) {
            mappingNameField.setText(model.mapping().name());
        }
        savedLabel.setText("");
    }

    @FXML
    private void saveMapping() {
        String name = mappingNameField.getText();
        BackgroundTask.ofAction(() -> register.saveMapping(name, services.now().get()))
                .onSuccess(done -> savedLabel.setText("Đã lưu “" + model.mapping().name() + "”. Lần sau chọn tên này ở bước 1."))
                .onFailure(e -> services.dialogs().showError(stage, ErrorMessages.describe(e)))
                .run(services.runner());
    }

    @FXML
    private void runImport() {
        if (model.importBlocked().isPresent()) {
            return;
        }
        ProgressWindow.run(services, stage, "Đang nhập tệp " + chosen.getFileName() + "…",
                progress -> register.importAll(services.today().get(), progress), this::imported);
    }

    private void imported(MappedImportReport report) {
        if (!report.report().applied()) { // the file changed since the check
            showStep(Step.CHECK);
            services.dialogs().showError(stage, ExchangeActions.done(report.report()));
            return;
        }
        stage.close();
        afterImport.run();
        services.dialogs().showInfo(owner, ExchangeActions.done(report.report()));
    }

    // ---- helpers

    private static <T extends javafx.scene.control.Labeled> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private static void show(boolean shown, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }
}
