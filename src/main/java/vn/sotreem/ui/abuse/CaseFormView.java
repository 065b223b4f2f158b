package vn.sotreem.ui.abuse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.abuse.procedure.CaseProcedurePane;
import vn.sotreem.ui.child.ChildFormView;
import vn.sotreem.ui.common.ChildSearch;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.DatePickers;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The case window: the Mẫu 01 intake, the victims (found in the register or added to it on the
 * spot) with their forms of abuse, the alleged perpetrators, and a tab for the procedure. Bound to
 * a {@link CaseFormModel}; saved as a whole in the background.
 */
final class CaseFormView {

    @FXML
    private Label caseTitle;
    @FXML
    private TabPane caseTabs;
    @FXML
    private Tab intakeTab;
    @FXML
    private Tab victimsTab;
    @FXML
    private Tab perpetratorsTab;
    @FXML
    private Tab procedureTab;
    @FXML
    private MenuButton printMenu;
    @FXML
    private TextField codeField;
    @FXML
    private Label codeMessage;
    @FXML
    private DatePicker receivedDatePicker;
    @FXML
    private TextField receivedTimeField;
    @FXML
    private Label receivedMessage;
    @FXML
    private Label receivedTimeMessage;
    @FXML
    private ComboBox<IntakeChannel> channelBox;
    @FXML
    private ComboBox<ReceivingBody> bodyBox;
    @FXML
    private TextField officerField;
    @FXML
    private DatePicker occurredDatePicker;
    @FXML
    private Label occurredMessage;
    @FXML
    private ComboBox<Choice<String>> placeBox;
    @FXML
    private Label placeMessage;
    @FXML
    private TextField placeDetailField;
    @FXML
    private ComboBox<AbuseSetting> settingBox;
    @FXML
    private Label settingMessage;
    @FXML
    private CheckBox emergencyBox;
    @FXML
    private TextArea childStateArea;
    @FXML
    private TextArea consequencesArea;
    @FXML
    private TextArea familyArea;
    @FXML
    private TextArea actionsArea;
    @FXML
    private TextField reporterNameField;
    @FXML
    private TextField reporterPhoneField;
    @FXML
    private TextField reporterAddressField;
    @FXML
    private TextArea caseNoteArea;
    @FXML
    private TextField victimSearchField;
    @FXML
    private Button addVictimButton;
    @FXML
    private TableView<Child> resultTable;
    @FXML
    private Button removeVictimButton;
    @FXML
    private TableView<CaseFormModel.Victim> victimTable;
    @FXML
    private TableColumn<CaseFormModel.Victim, String> victimCodeColumn;
    @FXML
    private TableColumn<CaseFormModel.Victim, String> victimNameColumn;
    @FXML
    private TableColumn<CaseFormModel.Victim, String> victimBirthColumn;
    @FXML
    private TableColumn<CaseFormModel.Victim, String> victimFormsColumn;
    @FXML
    private TableColumn<CaseFormModel.Victim, String> victimSupportedColumn;
    @FXML
    private ScrollPane victimDetailScroll;
    @FXML
    private VBox victimDetail;
    @FXML
    private Label victimsMessage;
    @FXML
    private Button editPerpetratorButton;
    @FXML
    private Button removePerpetratorButton;
    @FXML
    private TableView<Perpetrator> perpetratorTable;
    @FXML
    private TableColumn<Perpetrator, String> perpTargetColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpSexColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpAgeColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpRelationColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpHandlingColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpSanctionColumn;
    @FXML
    private TableColumn<Perpetrator, String> perpNoteColumn;
    @FXML
    private Label perpetratorsMessage;
    @FXML
    private Label caseMessage;
    @FXML
    private Button caseSaveButton;

    private final UiServices services;
    private final RegisterStore store;
    private final CaseFormModel model;
    private final Consumer<AbuseCase> onSaved;
    private final Runnable onChildAdded;
    private final List<String> villages;
    private final Parent root;
    private final CaseProcedurePane procedurePane;
    private List<Long> victimsInProcedurePane = List.of();
    private Stage stage;

    /**
     * A window for {@code existing} (opened with {@link RegisterStore#openAbuseCase}) or for a new
     * case when it is null. {@code onSaved} gets the saved case; {@code onChildAdded} runs when a
     * child was added to the register from here.
     */
    CaseFormView(UiServices services, RegisterStore store, AbuseCase existing, Consumer<AbuseCase> onSaved,
                 Runnable onChildAdded) {
        this.services = services;
        this.store = store;
        this.onSaved = onSaved;
        this.onChildAdded = onChildAdded;
        this.villages = store.villages().stream().map(Village::name).toList();
        this.model = new CaseFormModel(services.today().get(), existing, store.allChildren(), villages, store.userName(),
                year -> store.read(tx -> tx.nextAbuseCaseCode(year)));
        this.root = Views.load("CaseFormView.fxml", this);
        caseTitle.setText(existing == null ? "Tiếp nhận vụ việc mới" : "Vụ việc " + existing.getCode());
        bindIntake();
        bindVictims();
        bindPerpetrators();
        for (Map.Entry<CaseFormModel.Section, Tab> e : Map.of(CaseFormModel.Section.INTAKE, intakeTab,
                CaseFormModel.Section.VICTIMS, victimsTab, CaseFormModel.Section.PERPETRATORS, perpetratorsTab,
                CaseFormModel.Section.PROCEDURE, procedureTab).entrySet()) {
            markTab(e.getValue(), e.getKey());
        }
        procedurePane = new CaseProcedurePane(services);
        procedurePane.setReadOnly(!store.currentAccount().role().canEdit());
        loadProcedure();
        procedureTab.setContent(procedurePane.root());
        procedureTab.setOnSelectionChanged(e -> {
            if (procedureTab.isSelected() && !victimIds().equals(victimsInProcedurePane)) {
                loadProcedure(); // the reviews are per victim
            }
        });
        printMenu.setVisible(store.currentAccount().role().canExport());
        caseMessage.managedProperty().bind(caseMessage.textProperty().isNotEmpty());
        model.hasErrorsProperty().addListener((o, was, now) -> {
            if (!now && caseMessage.getStyleClass().contains("msg-error")) {
                caseMessage.setText(""); // "còn mục ghi chữ đỏ" is no longer true
            }
        });
    }

    private List<Long> victimIds() {
        return model.workingCopy().getVictims().stream().map(v -> v.childId()).toList();
    }

    private void loadProcedure() {
        Map<Long, Child> victims = new java.util.HashMap<>();
        victimIds().forEach(id -> store.child(id).ifPresent(child -> victims.put(id, child)));
        victimsInProcedurePane = victimIds();
        procedurePane.edit(model.workingCopy(), victims, model.today(), store.workingDays());
    }

    void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.isNew() ? "Tiếp nhận vụ việc xâm hại" : "Hồ sơ vụ việc xâm hại");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        new CaseDocuments(services, store).attach(printMenu, stage, model::workingCopy);
        stage.setMaxHeight(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        stage.show();
        // A new case starts at the hour (code and day are filled in); an opened one selects nothing to overwrite.
        (model.isNew() ? receivedTimeField : caseTabs).requestFocus();
    }

    /** The case the form edits, for the procedure pane (it changes steps, separation, plan and reviews in place). */
    AbuseCase workingCopy() {
        return model.workingCopy();
    }

    /** The tab where the procedure pane goes. */
    Tab procedureTab() {
        return procedureTab;
    }

    // ---- intake

    private void bindIntake() {
        codeField.textProperty().bindBidirectional(model.codeProperty());
        message(codeMessage, AbuseCaseRules.CODE);
        DatePickers.bind(receivedDatePicker, model.receivedDateProperty());
        message(receivedMessage, AbuseCaseRules.RECEIVED);
        receivedTimeField.textProperty().bindBidirectional(model.receivedTimeProperty());
        message(receivedTimeMessage, AbuseCaseRules.RECEIVED_TIME);
        channelBox.getItems().setAll(IntakeChannel.values());
        channelBox.valueProperty().bindBidirectional(model.channelProperty());
        bodyBox.getItems().setAll(ReceivingBody.values());
        bodyBox.valueProperty().bindBidirectional(model.receivingBodyProperty());
        officerField.textProperty().bindBidirectional(model.officerProperty());
        DatePickers.bind(occurredDatePicker, model.occurredDateProperty());
        message(occurredMessage, AbuseCaseRules.OCCURRED);
        placeBox.getItems().setAll(model.placeChoices());
        placeBox.valueProperty().bindBidirectional(model.placeProperty());
        message(placeMessage, CaseFormModel.PLACE);
        placeDetailField.textProperty().bindBidirectional(model.placeDetailProperty());
        settingBox.getItems().setAll(AbuseSetting.values());
        settingBox.valueProperty().bindBidirectional(model.settingProperty());
        message(settingMessage, AbuseCaseRules.SETTING);
        emergencyBox.selectedProperty().bindBidirectional(model.emergencyProperty());
        childStateArea.textProperty().bindBidirectional(model.childStateProperty());
        consequencesArea.textProperty().bindBidirectional(model.fearedConsequencesProperty());
        familyArea.textProperty().bindBidirectional(model.familySituationProperty());
        actionsArea.textProperty().bindBidirectional(model.actionsTakenProperty());
        reporterNameField.textProperty().bindBidirectional(model.reporterNameProperty());
        reporterPhoneField.textProperty().bindBidirectional(model.reporterPhoneProperty());
        reporterAddressField.textProperty().bindBidirectional(model.reporterAddressProperty());
        caseNoteArea.textProperty().bindBidirectional(model.noteProperty());
    }

    private void message(Label label, String key) {
        FieldMessages.bind(label, model.message(key));
    }

    /** A section's list of messages, shown only when there is one, red or amber. */
    private void sectionMessage(Label label, CaseFormModel.Section section) {
        label.getStyleClass().add("field-message");
        label.textProperty().bind(model.sectionMessage(section));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        model.sectionSeverity(section).addListener((o, was, now) -> FieldMessages.severity(label, now));
        FieldMessages.severity(label, model.sectionSeverity(section).get());
    }

    /** A tab whose part holds a shown error is red, a shown warning amber. */
    private void markTab(Tab tab, CaseFormModel.Section section) {
        Runnable apply = () -> {
            tab.getStyleClass().removeAll("tab-error", "tab-warning");
            Severity s = model.sectionSeverity(section).get();
            if (s != null) {
                tab.getStyleClass().add(s == Severity.ERROR ? "tab-error" : "tab-warning");
            }
        };
        model.sectionSeverity(section).addListener((o, was, now) -> apply.run());
        apply.run();
    }

    /** A text column; text too long for a narrow column can be read in its tooltip. */
    private static <T> void col(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> {
            String value = text.apply(c.getValue());
            return new ReadOnlyStringWrapper(value == null ? "" : value);
        });
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 16 ? null : new javafx.scene.control.Tooltip(item));
            }
        });
    }

    // ---- victims

    private void bindVictims() {
        ChildSearch.bind(victimSearchField, resultTable, model.searchProperty(), model.searchResults(), this::addVictim);
        resultTable.setPlaceholder(new Label("Không có trẻ nào khớp trong sổ. Nếu trẻ chưa có trong sổ, bấm \"Thêm trẻ chưa có trong sổ…\"."));
        addVictimButton.disableProperty().bind(Bindings.isEmpty(model.searchResults()));

        col(victimCodeColumn, v -> v.child().getCode());
        col(victimNameColumn, v -> v.child().getFullName());
        col(victimBirthColumn, v -> DateText.format(v.child().getBirthDate()));
        col(victimFormsColumn, CaseFormModel.Victim::formsText);
        col(victimSupportedColumn, v -> v.supportedProperty().get() ? "Có" : "Chưa");
        victimTable.setItems(model.victims());
        // A ticked form changes the row's text; the table does not redraw rows on updates by itself.
        model.victims().addListener((javafx.collections.ListChangeListener<CaseFormModel.Victim>) c -> victimTable.refresh());
        victimTable.setPlaceholder(new Label("Chưa có trẻ nào. Tìm trẻ trong sổ ở ô phía trên."));
        victimTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showVictim(now));
        removeVictimButton.disableProperty().bind(victimTable.getSelectionModel().selectedItemProperty().isNull());
        showVictim(null);
        if (!model.victims().isEmpty()) {
            victimTable.getSelectionModel().selectFirst();
        }
        sectionMessage(victimsMessage, CaseFormModel.Section.VICTIMS);
    }

    @FXML
    private void addSelectedResult() {
        Child chosen = resultTable.getSelectionModel().getSelectedItem();
        if (chosen == null && !model.searchResults().isEmpty()) {
            chosen = model.searchResults().get(0);
        }
        if (chosen != null) {
            addVictim(chosen);
        }
    }

    private void addVictim(Child child) {
        CaseFormModel.Victim v = model.addVictim(child);
        victimTable.getSelectionModel().select(v);
        victimTable.scrollTo(v);
    }

    /** The register's child form; the child saved there becomes a victim of this case. */
    @FXML
    private void addNewChild() {
        new ChildFormView(services, new vn.sotreem.ui.child.ChildFormModel(store), null, villages, saved -> {
            addVictim(saved);
            onChildAdded.run();
        }, existing -> {
            // The officer chose the child already in the register over a duplicate: link that one.
            addVictim(existing);
            caseMessage.getStyleClass().removeAll("msg-error", "msg-warning");
            caseMessage.setText("Đã gắn trẻ có sẵn trong sổ: " + CaseFormModel.victimLabel(existing) + ".");
        }).show(stage);
    }

    @FXML
    private void removeVictim() {
        CaseFormModel.Victim v = victimTable.getSelectionModel().getSelectedItem();
        if (v == null) {
            return;
        }
        long linked = model.perpetratorsOf(v);
        String question = "Bỏ " + CaseFormModel.victimLabel(v.child()) + " khỏi vụ việc này? Hồ sơ của trẻ trong sổ không bị xoá."
                + (linked == 0 ? "" : " " + linked + " đối tượng xâm hại đang ghi liên quan đến trẻ sẽ chuyển thành liên quan đến cả vụ việc.");
        if (services.dialogs().confirm(stage, question, "Bỏ khỏi vụ việc")) {
            model.removeVictim(v);
        }
    }

    /** The forms (with the decree's sub-forms for exploitation and sexual abuse), support and outcome of one victim. */
    private void showVictim(CaseFormModel.Victim v) {
        victimDetail.getChildren().clear();
        if (v == null) {
            Label hint = new Label("Chọn một trẻ trong danh sách để ghi hình thức xâm hại, việc hỗ trợ và kết quả.");
            hint.getStyleClass().add("muted");
            hint.setWrapText(true);
            victimDetail.getChildren().add(hint);
            return;
        }
        Label title = new Label(v.child().getFullName());
        title.setId("victimDetailTitle");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label formsLabel = new Label("Hình thức xâm hại * (có thể chọn nhiều)");
        formsLabel.getStyleClass().add("field-label");
        victimDetail.getChildren().addAll(title, formsLabel);
        for (AbuseForm form : AbuseForm.values()) {
            CheckBox box = new CheckBox(form.label());
            box.setId("form_" + form.name());
            box.selectedProperty().bindBidirectional(v.form(form));
            victimDetail.getChildren().add(box);
            if (!form.subForms().isEmpty()) {
                VBox subs = new VBox(4);
                subs.setId("subForms_" + form.name());
                subs.setPadding(new Insets(0, 0, 4, 26));
                Label subLabel = new Label("Hình thức cụ thể (NĐ 56/2017):");
                subLabel.getStyleClass().add("muted");
                subs.getChildren().add(subLabel);
                for (HcdbSubCase sub : form.subForms()) {
                    CheckBox subBox = new CheckBox(sub.code() + ". " + sub.label());
                    subBox.setId("sub_" + sub.code().replace('.', '_'));
                    subBox.setWrapText(true);
                    subBox.selectedProperty().bindBidirectional(v.subForm(sub));
                    subs.getChildren().add(subBox);
                }
                subs.visibleProperty().bind(v.form(form));
                subs.managedProperty().bind(v.form(form));
                victimDetail.getChildren().add(subs);
            }
        }
        CheckBox supported = new CheckBox("Trẻ đã được hỗ trợ, can thiệp");
        supported.setId("supportedBox");
        supported.selectedProperty().bindBidirectional(v.supportedProperty());
        Label outcomeLabel = new Label("Kết quả đối với trẻ");
        outcomeLabel.getStyleClass().add("field-label");
        TextArea outcome = new TextArea();
        outcome.setId("outcomeArea");
        outcome.setPrefRowCount(2);
        outcome.setWrapText(true);
        outcome.textProperty().bindBidirectional(v.outcomeProperty());
        victimDetail.getChildren().addAll(new Separator(), supported, outcomeLabel, outcome);
        victimDetailScroll.setVvalue(0);
    }

    // ---- perpetrators

    private void bindPerpetrators() {
        col(perpTargetColumn, model::targetText);
        col(perpSexColumn, p -> p.sex() == null ? "" : p.sex().label());
        col(perpAgeColumn, p -> p.ageGroup() == null ? "" : p.ageGroup().label());
        col(perpRelationColumn, p -> p.relation() == null ? "" : p.relation().label());
        col(perpHandlingColumn, p -> p.handling() == null ? "" : p.handling().label());
        col(perpSanctionColumn, p -> PerpetratorFormModel.sanctionText(p.sanction()));
        col(perpNoteColumn, Perpetrator::note);
        perpetratorTable.setItems(model.perpetrators());
        perpetratorTable.setPlaceholder(new Label("Chưa ghi đối tượng xâm hại nào."));
        perpetratorTable.setRowFactory(t -> {
            TableRow<Perpetrator> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editPerpetrator();
                }
            });
            return row;
        });
        var none = perpetratorTable.getSelectionModel().selectedItemProperty().isNull();
        editPerpetratorButton.disableProperty().bind(none);
        removePerpetratorButton.disableProperty().bind(none);
        sectionMessage(perpetratorsMessage, CaseFormModel.Section.PERPETRATORS);
    }

    @FXML
    private void addPerpetrator() {
        new PerpetratorDialog(stage, model.today(), model.perpetratorTargets(), null, p -> {
            model.perpetrators().add(p);
            perpetratorTable.getSelectionModel().select(p);
        }).show();
    }

    @FXML
    private void editPerpetrator() {
        int index = perpetratorTable.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        new PerpetratorDialog(stage, model.today(), model.perpetratorTargets(), model.perpetrators().get(index), p -> {
            model.perpetrators().set(index, p);
            perpetratorTable.getSelectionModel().select(index);
        }).show();
    }

    @FXML
    private void removePerpetrator() {
        int index = perpetratorTable.getSelectionModel().getSelectedIndex();
        if (index >= 0 && services.dialogs().confirm(stage, "Xoá đối tượng xâm hại này khỏi vụ việc?", "Xoá")) {
            model.perpetrators().remove(index);
        }
    }

    // ---- saving

    @FXML
    private void save() {
        if (caseSaveButton.isDisabled()) {
            return;
        }
        List<String> procedureErrors = procedurePane.problems();
        if (!procedureErrors.isEmpty()) {
            showFormMessage("Chưa lưu: " + String.join(" ", procedureErrors), Severity.ERROR);
            showSection(CaseFormModel.Section.PROCEDURE);
            return;
        }
        CaseFormModel.SaveCheck check = model.check();
        String procedure = model.sectionMessage(CaseFormModel.Section.PROCEDURE).get();
        switch (check) {
            case ERRORS -> {
                showFormMessage("Chưa lưu: còn mục ghi chữ đỏ cần sửa." + (procedure.isEmpty() ? "" : "\nQuy trình xử lý: " + procedure),
                        Severity.ERROR);
                model.firstErrorSection().ifPresent(this::showSection);
                model.firstErrorField().map(this::inputOf).ifPresent(Node::requestFocus);
            }
            case WARNINGS_SHOWN -> {
                showFormMessage("Có cảnh báo (chữ vàng): xem lại rồi bấm Lưu lần nữa để lưu."
                        + (procedure.isEmpty() ? "" : "\nQuy trình xử lý: " + procedure), Severity.WARNING);
            }
            case READY -> saveInBackground();
        }
    }

    private void showFormMessage(String text, Severity s) {
        FieldMessages.show(caseMessage, text, s);
    }

    private void showSection(CaseFormModel.Section s) {
        caseTabs.getSelectionModel().select(switch (s) {
            case INTAKE -> intakeTab;
            case VICTIMS -> victimsTab;
            case PERPETRATORS -> perpetratorsTab;
            case PROCEDURE -> procedureTab;
        });
    }

    private Node inputOf(String key) {
        return switch (key) {
            case AbuseCaseRules.CODE -> codeField;
            case AbuseCaseRules.RECEIVED -> receivedDatePicker.getEditor();
            case AbuseCaseRules.RECEIVED_TIME -> receivedTimeField;
            case AbuseCaseRules.OCCURRED -> occurredDatePicker.getEditor();
            case AbuseCaseRules.SETTING -> settingBox;
            default -> placeBox;
        };
    }

    /** Saves a copy (the form stays untouched meanwhile) off the JavaFX thread; the window closes when it is kept. */
    private void saveInBackground() {
        AbuseCase toSave = model.workingCopy().copy();
        LocalDate today = model.today();
        Task<AbuseCase> task = new Task<>() {
            @Override
            protected AbuseCase call() {
                return store.saveAbuseCase(toSave, today);
            }
        };
        caseSaveButton.setDisable(true);
        caseTabs.setDisable(true);
        showFormMessage("Đang lưu…", null);
        task.setOnSucceeded(e -> {
            stage.close();
            onSaved.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            caseSaveButton.setDisable(false);
            caseTabs.setDisable(false);
            showFormMessage("Chưa lưu. " + ErrorMessages.describe(task.getException()), Severity.ERROR);
        });
        services.runner().start(task);
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
