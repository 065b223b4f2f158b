package vn.sotreem.ui.abuse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.ui.abuse.procedure.CaseProcedurePane;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The case window: a tab per part, each a fragment with its own FXML and controller — the Mẫu 01
 * intake ({@link CaseIntakeTab}), the victims ({@link CaseVictimsTab}), the alleged perpetrators
 * ({@link CasePerpetratorsTab}) and the procedure ({@link CaseProcedurePane}). Bound to a
 * {@link CaseFormModel}; saved as a whole through {@link AbuseModel} in the background.
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
    private Label caseMessage;
    @FXML
    private Button caseSaveButton;
    @FXML
    private Button voidCaseButton;

    private final UiServices services;
    private final AbuseModel abuse;
    private final AbuseModel.CaseFormData data;
    private final CaseFormModel model;
    private final Consumer<AbuseCase> onSaved;
    private final Parent root;
    private final CaseIntakeTab intake;
    private final CaseVictimsTab victims;
    private final CaseProcedurePane procedurePane;
    private List<Long> victimsInProcedurePane = List.of();
    private Stage stage;
    private Runnable onVoided = () -> { };

    /**
     * A window for the case in {@code data} (opened with {@link AbuseModel#caseForm}), or for a new
     * case when it has none. {@code onSaved} gets the saved case; {@code onChildAdded} runs when a
     * child was added to the register from here, through {@code childForm}.
     */
    CaseFormView(UiServices services, AbuseModel abuse, AbuseModel.CaseFormData data, NewChildForm childForm,
                 Consumer<AbuseCase> onSaved, Runnable onChildAdded) {
        this.services = services;
        this.abuse = abuse;
        this.data = data;
        this.onSaved = onSaved;
        LocalDate today = services.today().get();
        this.model = new CaseFormModel(today, data.existing(), data.children(), data.villages(), data.userName(),
                data.firstCode(), (year, answer) -> BackgroundTask.of(() -> abuse.nextCode(year)).onSuccess(answer)
                        .onFailure(error -> showFormMessage(ErrorMessages.describe(error), Severity.WARNING))
                        .run(services.runner()));
        this.root = Views.load("CaseFormView.fxml", this);
        caseTitle.setText(data.existing() == null ? "Tiếp nhận vụ việc mới" : "Vụ việc " + data.existing().getCode());
        intake = new CaseIntakeTab(model);
        victims = new CaseVictimsTab(model, services.dialogs(), () -> stage);
        victims.setOnNewChild(() -> childForm.open(stage, data.villages(), saved -> {
            victims.addVictim(saved);
            onChildAdded.run();
        }, existing -> {
            // The officer chose the child already in the register over a duplicate: link that one.
            victims.addVictim(existing);
            showFormMessage("Đã gắn trẻ có sẵn trong sổ: " + CaseFormModel.victimLabel(existing) + ".", null);
        }));
        intakeTab.setContent(intake.root());
        victimsTab.setContent(victims.root());
        perpetratorsTab.setContent(new CasePerpetratorsTab(model, services.dialogs(), () -> stage).root());
        for (Map.Entry<CaseFormModel.Section, Tab> e : Map.of(CaseFormModel.Section.INTAKE, intakeTab,
                CaseFormModel.Section.VICTIMS, victimsTab, CaseFormModel.Section.PERPETRATORS, perpetratorsTab,
                CaseFormModel.Section.PROCEDURE, procedureTab).entrySet()) {
            markTab(e.getValue(), e.getKey());
        }
        procedurePane = new CaseProcedurePane(services);
        procedurePane.setReadOnly(!abuse.canEdit());
        loadProcedure();
        procedureTab.setContent(procedurePane.root());
        procedureTab.setOnSelectionChanged(e -> {
            if (procedureTab.isSelected() && !victims.victimIds().equals(victimsInProcedurePane)) {
                loadProcedure(); // the reviews are per victim
            }
        });
        printMenu.setVisible(abuse.canExport());
        boolean canVoid = data.existing() != null && abuse.canEdit();
        voidCaseButton.setVisible(canVoid);
        voidCaseButton.setManaged(canVoid);
        caseMessage.managedProperty().bind(caseMessage.textProperty().isNotEmpty());
        model.hasErrorsProperty().addListener((o, was, now) -> {
            if (!now && caseMessage.getStyleClass().contains("msg-error")) {
                caseMessage.setText(""); // "còn mục ghi chữ đỏ" is no longer true
            }
        });
    }

    private void loadProcedure() {
        victimsInProcedurePane = victims.victimIds();
        procedurePane.edit(model.workingCopy(), model.victimChildren(), model.today(), data.calendar());
    }

    void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.isNew() ? "Tiếp nhận vụ việc xâm hại" : "Hồ sơ vụ việc xâm hại");
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        new CaseDocuments(services, abuse.documents()).attach(printMenu, stage, model::workingCopy, model::victimChildren);
        stage.setMaxHeight(Screen.getPrimary().getVisualBounds().getHeight());
        stage.show();
        // A new case starts at the hour (code and day are filled in); an opened one selects nothing to overwrite.
        (model.isNew() ? intake.firstInput() : caseTabs).requestFocus();
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
        String procedureLine = procedure.isEmpty() ? "" : "\nQuy trình xử lý: " + procedure;
        switch (check) {
            case ERRORS -> {
                showFormMessage("Chưa lưu: còn mục ghi chữ đỏ cần sửa." + procedureLine, Severity.ERROR);
                model.firstErrorSection().ifPresent(this::showSection);
                model.firstErrorField().map(intake::inputOf).ifPresent(Node::requestFocus);
            }
            case WARNINGS_SHOWN -> showFormMessage("Có cảnh báo (chữ vàng): xem lại rồi bấm Lưu lần nữa để lưu."
                    + procedureLine, Severity.WARNING);
            case READY -> saveInBackground();
        }
    }

    /**
     * Shows the tab holding a field and focuses it (a check of the report leads here): the intake's
     * dates, code, hour and setting, or the procedure for its steps ({@code AbuseCaseRules.STEPS}).
     */
    void focus(String fieldKey) {
        switch (fieldKey) {
            case AbuseCaseRules.CODE, AbuseCaseRules.RECEIVED, AbuseCaseRules.RECEIVED_TIME, AbuseCaseRules.OCCURRED,
                    AbuseCaseRules.SETTING -> {
                showSection(CaseFormModel.Section.INTAKE);
                intake.inputOf(fieldKey).requestFocus();
            }
            case AbuseCaseRules.STEPS -> showSection(CaseFormModel.Section.PROCEDURE);
            default -> { }
        }
    }

    /** Runs once the window is closed, saved or not. */
    void onClosed(Runnable action) {
        stage.setOnHidden(e -> action.run());
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

    /** Saves a copy (the form stays untouched meanwhile) off the JavaFX thread; the window closes when it is kept. */
    private void saveInBackground() {
        AbuseCase toSave = model.workingCopy().copy();
        LocalDate today = model.today();
        caseSaveButton.setDisable(true);
        caseTabs.setDisable(true);
        showFormMessage("Đang lưu…", null);
        BackgroundTask.of(() -> abuse.save(toSave, today))
                .onSuccess(saved -> {
                    stage.close();
                    onSaved.accept(saved);
                })
                .onFailure(error -> {
                    caseSaveButton.setDisable(false);
                    caseTabs.setDisable(false);
                    showFormMessage("Chưa lưu. " + ErrorMessages.describe(error), Severity.ERROR);
                })
                .run(services.runner());
    }

    /** Runs after the case was voided and its window closed (the list reads the cases again). */
    void setOnVoided(Runnable onVoided) {
        this.onVoided = onVoided;
    }

    /** "Hủy vụ việc nhập nhầm…": asks the reason, then voids the case off the JavaFX thread and closes the window. */
    @FXML
    private void voidCase() {
        AbuseCase existing = data.existing();
        if (existing == null || !abuse.canEdit()) {
            return;
        }
        new VoidCaseDialog(stage, existing.getCode(), reason -> {
            caseSaveButton.setDisable(true);
            voidCaseButton.setDisable(true);
            showFormMessage("Đang hủy vụ việc…", null);
            BackgroundTask.ofAction(() -> abuse.voidCase(existing.getId(), reason))
                    .onSuccess(done -> {
                        stage.close();
                        onVoided.run();
                    })
                    .onFailure(error -> {
                        caseSaveButton.setDisable(false);
                        voidCaseButton.setDisable(false);
                        showFormMessage("Chưa hủy. " + ErrorMessages.describe(error), Severity.ERROR);
                    })
                    .run(services.runner());
        }).show();
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
