package vn.sotreem.ui.child;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.child.EthnicGroup;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.ui.hcdb.ChildHcdbPane;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.injury.InjuryDialog;
import vn.sotreem.ui.injury.InjuryListModel;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/** The add/edit child window: fields bound to a {@link ChildFormViewModel}, messages beside them. */
public final class ChildFormView {

    @FXML
    private Label formTitle;
    @FXML
    private javafx.scene.control.TabPane formTabs;
    @FXML
    private javafx.scene.control.Tab recordTab;
    @FXML
    private javafx.scene.control.ScrollPane formScroll;
    @FXML
    private TextField fullNameField;
    @FXML
    private TextField birthDateField;
    @FXML
    private CheckBox ageEstimatedBox;
    @FXML
    private TextField estimatedAgeField;
    @FXML
    private Label estimatedAgeUnit;
    @FXML
    private javafx.scene.layout.VBox estimatedAgeRow;
    @FXML
    private javafx.scene.layout.VBox statusDateRow;
    @FXML
    private ToggleGroup sexGroup;
    @FXML
    private RadioButton sexMale;
    @FXML
    private RadioButton sexFemale;
    @FXML
    private RadioButton sexUnknown;
    @FXML
    private ComboBox<String> villageBox;
    @FXML
    private ComboBox<EthnicGroup> ethnicBox;
    @FXML
    private TextField personalIdField;
    @FXML
    private ComboBox<Choice<Poverty>> povertyBox;
    @FXML
    private TextField fatherField;
    @FXML
    private TextField motherField;
    @FXML
    private TextField caregiverField;
    @FXML
    private TextField phoneField;
    @FXML
    private ComboBox<ChildStatus> statusBox;
    @FXML
    private TextField statusDateField;
    @FXML
    private TextField entryDateField;
    @FXML
    private VBox originRow;
    @FXML
    private Label originLabel;
    @FXML
    private TextArea noteArea;
    @FXML
    private Label fullNameMessage;
    @FXML
    private Label birthDateMessage;
    @FXML
    private Label estimatedAgeMessage;
    @FXML
    private Label sexMessage;
    @FXML
    private Label villageMessage;
    @FXML
    private Label ethnicMessage;
    @FXML
    private Label personalIdMessage;
    @FXML
    private Label povertyMessage;
    @FXML
    private Label fatherMessage;
    @FXML
    private Label motherMessage;
    @FXML
    private Label caregiverMessage;
    @FXML
    private Label phoneMessage;
    @FXML
    private Label statusMessage;
    @FXML
    private Label statusDateMessage;
    @FXML
    private Label entryDateMessage;
    @FXML
    private Label noteMessage;
    @FXML
    private Label formMessage;
    @FXML
    private javafx.scene.layout.HBox abuseCasesRow;
    @FXML
    private javafx.scene.layout.HBox injuriesRow;
    @FXML
    private Button saveButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button voidButton;

    private final UiServices services;
    private final ChildFormModel register;
    private final ChildFormViewModel model;
    private final ChildFormModel.Details details;
    private final Consumer<Child> onSaved;
    private final Consumer<Child> openExisting;
    private final Parent root;
    private final Map<ChildField, Node> inputs = new EnumMap<>(ChildField.class);
    private Stage stage;
    private boolean readOnly;
    private boolean saving;
    private ChildHcdbPane hcdbPane;
    private Runnable onClosed = () -> { };
    private Consumer<Child> onVoided = child -> { };

    /** A form for a new child from another page (an abuse case's new victim), with the register's villages. */
    public ChildFormView(UiServices services, ChildFormModel register, Child existing, List<String> villages,
                         Consumer<Child> onSaved, Consumer<Child> openExisting) {
        this(services, register, existing, new ChildFormModel.Details(villages, List.of(), List.of(), null), onSaved,
                openExisting, false);
    }

    /**
     * The form of {@code existing} (null: a new child) with what {@link ChildFormModel#details} read
     * for it; with {@code readOnly} (the "xem" role) the record is shown without a way to change it.
     */
    public ChildFormView(UiServices services, ChildFormModel register, Child existing, ChildFormModel.Details details,
                         Consumer<Child> onSaved, Consumer<Child> openExisting, boolean readOnly) {
        this.services = services;
        this.register = register;
        this.details = details;
        this.onSaved = onSaved;
        this.openExisting = openExisting;
        this.model = new ChildFormViewModel(services.today().get(), existing);
        this.root = Views.load("ChildFormView.fxml", this);
        formTitle.setText(existing == null ? "Thêm trẻ" : "Sửa hồ sơ: " + existing.getFullName()
                + (existing.getCode() == null ? "" : " (" + existing.getCode() + ")"));
        List<String> villageItems = new ArrayList<>(details.villages());
        if (existing != null && existing.getVillage() != null && !villageItems.contains(existing.getVillage())) {
            villageItems.add(existing.getVillage());
        }
        villageBox.getItems().setAll(villageItems);
        bind();
        this.readOnly = readOnly;
        if (readOnly && existing != null) {
            formTitle.setText("Xem hồ sơ: " + existing.getFullName()
                    + (existing.getCode() == null ? "" : " (" + existing.getCode() + ")"));
            saveButton.setVisible(false);
            saveButton.setManaged(false);
            cancelButton.setText("Đóng (Esc)");
            formScroll.getContent().setDisable(true);
        }
        voidButton.setVisible(!readOnly && existing != null && existing.getId() != null);
        voidButton.setManaged(voidButton.isVisible());
        if (existing != null && existing.getId() != null && details.hcdb() != null) {
            this.hcdbPane = new ChildHcdbPane(services, register.hcdb(), existing, details.hcdb(), readOnly, () -> { });
            javafx.scene.control.Tab tab = new javafx.scene.control.Tab("Diện HCĐB và trợ giúp", hcdbPane.root());
            tab.setId("hcdbTab");
            formTabs.getTabs().add(tab);
        } else {
            recordTab.setContent(null);
            ((javafx.scene.layout.BorderPane) root).setCenter(formScroll); // a new child: no tabs
        }
    }

    /** The window's content (a test mounts it in a stage of its own). */
    Parent root() {
        return root;
    }

    public void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.isNew() ? "Thêm trẻ" : readOnly ? "Xem hồ sơ trẻ" : "Sửa hồ sơ trẻ");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMaxHeight(screen.getHeight());
        stage.setOnHidden(e -> onClosed.run());
        stage.show();
        fullNameField.requestFocus();
    }

    /**
     * For accounts that may see abuse details: the abuse cases in which the child is a victim, as
     * links; a link closes this window and opens the case with {@code openCase}.
     */
    void showAbuseCases(java.util.function.LongConsumer openCase) {
        if (model.isNew() || model.original().getId() == null || !register.canSeeAbuseDetails()) {
            return;
        }
        List<vn.sotreem.domain.abuse.AbuseCase> cases = details.abuseCases();
        if (cases.isEmpty()) {
            return;
        }
        Label label = new Label("Trẻ bị xâm hại trong " + cases.size() + " vụ việc:");
        label.setId("abuseCasesLabel");
        abuseCasesRow.getChildren().add(label);
        for (vn.sotreem.domain.abuse.AbuseCase c : cases) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(c.getCode());
            link.setId("abuseCase_" + c.getId());
            link.setOnAction(e -> {
                stage.close();
                openCase.accept(c.getId());
            });
            abuseCasesRow.getChildren().add(link);
        }
        abuseCasesRow.setVisible(true);
        abuseCasesRow.setManaged(true);
    }

    /**
     * The child's injuries (how many, the latest) and, for accounts that may edit, a link opening
     * the injury form for this child. When the officer records the child's death there, this
     * window closes and {@code reopen} gets the child as the register now has it.
     */
    void showInjuries(Consumer<Child> reopen) {
        if (model.isNew() || model.original().getId() == null) {
            return;
        }
        long childId = model.original().getId();
        Label count = new Label();
        count.setId("injuriesLabel");
        injuriesRow.getChildren().add(count);
        if (!readOnly) {
            javafx.scene.control.Hyperlink add = new javafx.scene.control.Hyperlink("Thêm tai nạn, thương tích");
            add.setId("addInjuryLink");
            add.setOnAction(e -> BackgroundTask.of(() -> register.child(childId).orElse(model.original()))
                    .onSuccess(current -> InjuryDialog.open(services, register.injuries(), null, current, false, saved -> {
                        if (saved.deathRecorded()) {
                            // the record shown here no longer says what the register says: open it as it is now
                            BackgroundTask.of(() -> register.child(childId))
                                    .onSuccess(now -> {
                                        stage.close();
                                        now.ifPresent(reopen);
                                    })
                                    .onFailure(error -> formMessage.setText(ErrorMessages.describe(error)))
                                    .run(services.runner());
                        } else {
                            BackgroundTask.of(() -> register.injuries().injuriesOf(childId))
                                    .onSuccess(injuries -> count.setText(InjuryListModel.countText(injuries)))
                                    .onFailure(error -> count.setText(ErrorMessages.describe(error)))
                                    .run(services.runner());
                        }
                    }, stage))
                    .onFailure(error -> formMessage.setText(ErrorMessages.describe(error)))
                    .run(services.runner()));
            injuriesRow.getChildren().add(add);
        }
        count.setText(InjuryListModel.countText(details.injuries()));
        injuriesRow.setVisible(true);
        injuriesRow.setManaged(true);
    }

    /** Runs when the window closes, saved or not (the HCĐB view reloads then). */
    void setOnClosed(Runnable onClosed) {
        this.onClosed = onClosed;
    }

    /** Runs once the child has been voided from this record (the window is closed by then). */
    void setOnVoided(Consumer<Child> onVoided) {
        this.onVoided = onVoided;
    }

    @FXML
    private void voidRecord() {
        if (readOnly || model.isNew()) {
            return;
        }
        new ChildVoidDialog(services, register, model.original(), voided -> {
            stage.close();
            onVoided.accept(voided);
        }).show(stage);
    }

    /** Shows the HCĐB tab (existing children only). */
    void showHcdbTab() {
        if (formTabs.getTabs().size() > 1) {
            formTabs.getSelectionModel().select(1);
        }
    }

    private void bind() {
        text(fullNameField, model.fullNameProperty(), ChildField.FULL_NAME, fullNameMessage);
        text(birthDateField, model.birthDateProperty(), ChildField.BIRTH_DATE, birthDateMessage);
        text(estimatedAgeField, model.estimatedAgeProperty(), ChildField.ESTIMATED_AGE, estimatedAgeMessage);
        ageEstimatedBox.selectedProperty().bindBidirectional(model.ageEstimatedProperty());
        birthDateField.disableProperty().bind(model.ageEstimatedProperty());
        estimatedAgeRow.visibleProperty().bind(model.ageEstimatedProperty());
        estimatedAgeRow.managedProperty().bind(model.ageEstimatedProperty());
        ageEstimatedBox.selectedProperty().addListener((o, was, now) ->
                (now ? estimatedAgeField : birthDateField).requestFocus());

        sexMale.setUserData(Sex.MALE);
        sexFemale.setUserData(Sex.FEMALE);
        sexUnknown.setUserData(Sex.UNKNOWN);
        selectSex(model.sexProperty().get());
        sexGroup.selectedToggleProperty().addListener((o, was, now) ->
                model.sexProperty().set(now == null ? null : (Sex) now.getUserData()));
        model.sexProperty().addListener((o, was, now) -> selectSex(now));
        message(ChildField.SEX, sexMessage, sexMale);

        combo(villageBox, model.villageProperty(), ChildField.VILLAGE, villageMessage);
        ethnicBox.getItems().setAll(EthnicGroup.all());
        combo(ethnicBox, model.ethnicGroupProperty(), ChildField.ETHNICITY, ethnicMessage);
        text(personalIdField, model.personalIdProperty(), ChildField.PERSONAL_ID, personalIdMessage);

        List<Choice<Poverty>> poverty = new ArrayList<>();
        poverty.add(new Choice<>(null, "Không"));
        for (Poverty p : Poverty.values()) {
            poverty.add(new Choice<>(p, p.label()));
        }
        povertyBox.getItems().setAll(poverty);
        povertyBox.getSelectionModel().select(poverty.stream()
                .filter(c -> c.value() == model.povertyProperty().get()).findFirst().orElse(poverty.get(0)));
        povertyBox.valueProperty().addListener((o, was, now) -> model.povertyProperty().set(now == null ? null : now.value()));
        message(ChildField.POVERTY, povertyMessage, povertyBox);

        text(fatherField, model.fatherNameProperty(), ChildField.FATHER_NAME, fatherMessage);
        text(motherField, model.motherNameProperty(), ChildField.MOTHER_NAME, motherMessage);
        text(caregiverField, model.caregiverNameProperty(), ChildField.CAREGIVER_NAME, caregiverMessage);
        text(phoneField, model.phoneProperty(), ChildField.PHONE, phoneMessage);
        statusBox.getItems().setAll(ChildStatus.values());
        combo(statusBox, model.statusProperty(), ChildField.STATUS, statusMessage);
        text(statusDateField, model.statusDateProperty(), ChildField.STATUS_DATE, statusDateMessage);
        statusDateRow.visibleProperty().bind(model.statusDateNeededProperty());
        statusDateRow.managedProperty().bind(model.statusDateNeededProperty());
        text(entryDateField, model.entryDateProperty(), ChildField.ENTRY_DATE, entryDateMessage);
        originLabel.textProperty().bind(model.originProperty());
        originRow.visibleProperty().bind(model.originProperty().isNotEmpty());
        originRow.managedProperty().bind(originRow.visibleProperty());
        noteArea.textProperty().bindBidirectional(model.noteProperty());
        inputs.put(ChildField.NOTE, noteArea);
        message(ChildField.NOTE, noteMessage, noteArea);
        formMessage.managedProperty().bind(formMessage.textProperty().isNotEmpty());
        model.hasErrorsProperty().addListener((o, was, now) -> {
            if (!now) {
                formMessage.setText("");
            }
        });
    }

    private void selectSex(Sex sex) {
        for (Toggle t : sexGroup.getToggles()) {
            if (t.getUserData() == sex) {
                sexGroup.selectToggle(t);
                return;
            }
        }
        sexGroup.selectToggle(null);
    }

    private void text(TextField field, javafx.beans.property.StringProperty property, ChildField key, Label message) {
        field.textProperty().bindBidirectional(property);
        message(key, message, field);
    }

    private <T> void combo(ComboBox<T> box, ObjectProperty<T> property, ChildField key, Label message) {
        box.valueProperty().bindBidirectional(property);
        message(key, message, box);
    }

    private void message(ChildField key, Label label, Node input) {
        inputs.put(key, input);
        ChildFormViewModel.FieldState state = model.state(key);
        label.textProperty().bind(state.messageProperty());
        label.managedProperty().bind(state.messageProperty().isNotEmpty());
        label.visibleProperty().bind(state.messageProperty().isNotEmpty());
        state.severityProperty().addListener((o, was, now) -> FieldMessages.severity(label, now));
        FieldMessages.severity(label, state.severity());
    }

    @FXML
    private void save() {
        if (readOnly || saving) {
            return;
        }
        Child child = model.childToSave().orElse(null);
        if (child == null) {
            formMessage.setText("Chưa lưu: còn mục ghi chữ đỏ cần sửa.");
            model.firstErrorField().map(inputs::get).ifPresent(Node::requestFocus);
            return;
        }
        saving = true;
        java.time.LocalDate today = services.today().get();
        BackgroundTask.of(() -> register.checksBeforeSaving(child, today))
                .onSuccess(checks -> {
                    List<String> broken = checks.brokenEvents();
                    if (!broken.isEmpty() && !services.dialogs().confirm(stage, ChildFormModel.invalidEventsQuestion(broken), "Vẫn lưu")) {
                        saving = false;
                        formMessage.setText("Chưa lưu: các ngày vừa sửa làm " + broken.size() + " hồ sơ của trẻ không còn hợp lệ.");
                        return;
                    }
                    saveUnlessDuplicate(child, checks.duplicates());
                })
                .onFailure(this::saveFailed)
                .run(services.runner());
    }

    /** The officer decides about possible duplicates first: open the one in the register, save anyway, or go back. */
    private void saveUnlessDuplicate(Child child, List<Child> duplicates) {
        if (!duplicates.isEmpty()) {
            DuplicateDialog.Choice choice = DuplicateDialog.ask(stage, child, duplicates);
            if (choice.openExisting() != null) {
                saving = false;
                stage.close();
                openExisting.accept(choice.openExisting());
                return;
            }
            if (!choice.saveAnyway()) {
                saving = false;
                return;
            }
        }
        BackgroundTask.of(() -> duplicates.isEmpty() ? register.save(child) : register.saveKeepingDuplicates(child, duplicates))
                .onSuccess(saved -> {
                    saving = false;
                    stage.close();
                    onSaved.accept(saved);
                })
                .onFailure(this::saveFailed)
                .run(services.runner());
    }

    private void saveFailed(Throwable error) {
        saving = false;
        formMessage.setText(ErrorMessages.describe(error));
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
