package vn.sotreem.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.domain.report.ReportTemplateFile;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.report.ProvinceTemplate;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * Settings "Báo cáo": what every indicator report states (recipient, preparer, chairman, the
 * confidentiality mark) and how its periods are cut — administrators change them, others read
 * them — and the province's own template, which administrators and officers load and remove.
 */
final class ReportSettingsView {

    @FXML
    private TextField recipientField;
    @FXML
    private TextField preparerField;
    @FXML
    private TextField chairmanField;
    @FXML
    private TextArea markField;
    @FXML
    private ToggleGroup ruleGroup;
    @FXML
    private RadioButton ruleCalendar;
    @FXML
    private RadioButton ruleNd09;
    @FXML
    private javafx.scene.control.CheckBox countOpenCasesBox;
    @FXML
    private HBox saveRow;
    @FXML
    private Label settingsReadOnlyNote;
    @FXML
    private Label settingsMessage;
    @FXML
    private Label templateLabel;
    @FXML
    private HBox templateButtons;
    @FXML
    private javafx.scene.control.Button removeTemplateButton;
    @FXML
    private Label templateMessage;

    private final UiServices services;
    private final ReportSettingsModel model;
    private final Parent root;

    ReportSettingsView(UiServices services, ReportSettingsModel model) {
        this.services = services;
        this.model = model;
        this.root = Views.load("ReportSettingsView.fxml", this);
        ruleCalendar.setText(PeriodRule.CALENDAR.label());
        ruleCalendar.setUserData(PeriodRule.CALENDAR);
        ruleNd09.setText(PeriodRule.ND09.label());
        ruleNd09.setUserData(PeriodRule.ND09);
        Role role = model.role();
        boolean admin = role.canManageAccounts();
        for (Node field : List.<Node>of(recipientField, preparerField, chairmanField, markField)) {
            ((javafx.scene.control.TextInputControl) field).setEditable(admin);
        }
        ruleCalendar.setDisable(!admin);
        ruleNd09.setDisable(!admin);
        countOpenCasesBox.setDisable(!admin);
        show(saveRow, admin);
        show(settingsReadOnlyNote, !admin);
        show(templateButtons, role.canEdit());
        settingsMessage.managedProperty().bind(settingsMessage.textProperty().isNotEmpty());
        templateMessage.managedProperty().bind(templateMessage.textProperty().isNotEmpty());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    Parent root() {
        return root;
    }

    /** Shows the settings and the template as the register has them (also "Hoàn tác"). */
    @FXML
    void refresh() {
        refresh(() -> { });
    }

    /** Reads in the background, shows, then {@code then}. */
    private void refresh(Runnable then) {
        BackgroundTask.of(model::read).onSuccess(state -> {
            show(state);
            then.run();
        }).onFailure(e -> FieldMessages.show(settingsMessage, ErrorMessages.describe(e), Severity.ERROR))
                .run(services.runner());
    }

    private void show(ReportSettingsModel.State state) {
        ReportSettings settings = state.settings();
        recipientField.setText(settings.recipient());
        preparerField.setText(settings.preparer());
        chairmanField.setText(settings.chairman());
        markField.setText(settings.confidentialityMark());
        ruleGroup.selectToggle(settings.periodRule() == PeriodRule.ND09 ? ruleNd09 : ruleCalendar);
        countOpenCasesBox.setSelected(settings.countOpenAbuseCases());
        FieldMessages.show(settingsMessage, "", null);
        showTemplate(state.template());
    }

    private void showTemplate(Optional<ReportTemplateFile> template) {
        templateLabel.setText(ReportSettingsModel.templateText(template));
        removeTemplateButton.setDisable(template.isEmpty());
    }

    @FXML
    private void save() {
        PeriodRule rule = ruleGroup.getSelectedToggle() == null ? PeriodRule.CALENDAR
                : (PeriodRule) ruleGroup.getSelectedToggle().getUserData();
        ReportSettings settings = new ReportSettings(recipientField.getText(), preparerField.getText(),
                chairmanField.getText(), markField.getText(), rule, countOpenCasesBox.isSelected());
        BackgroundTask.of(() -> model.save(settings)).onSuccess(state -> {
            show(state);
            FieldMessages.show(settingsMessage, "Đã lưu. Các báo cáo xuất từ nay ghi theo thông tin này.", null);
        }).onFailure(e -> FieldMessages.show(settingsMessage, ErrorMessages.describe(e), Severity.ERROR))
                .run(services.runner());
    }

    @FXML
    private void loadTemplate() {
        Window owner = window();
        Path file = services.files().workbookToOpen(owner).orElse(null);
        if (file == null) {
            return;
        }
        FieldMessages.show(templateMessage, "", null);
        ProgressWindow.run(services, owner, "Đang kiểm tra mẫu " + file.getFileName() + "…",
                progress -> model.loadTemplate(file, services.now().get()),
                template -> refresh(() -> FieldMessages.show(templateMessage, "Đã nạp mẫu “" + file.getFileName() + "” ("
                        + template.placeholderCount() + " ô sẽ được điền).", null)));
    }

    @FXML
    private void saveExampleTemplate() {
        Path file = services.files().workbookToSave(window(), ProvinceTemplate.EXAMPLE_FILE_NAME).orElse(null);
        if (file == null) {
            return;
        }
        BackgroundTask.ofAction(() -> ReportSettingsModel.saveExampleTemplate(file))
                .onSuccess(nothing -> FieldMessages.show(templateMessage, "Đã lưu mẫu ví dụ vào " + file
                        + ". Sửa mẫu theo yêu cầu của tỉnh (giữ các ô {{…}}) rồi nạp lại bằng “Nạp mẫu của tỉnh…”.", null))
                .onFailure(e -> FieldMessages.show(templateMessage, ErrorMessages.describe(e), Severity.ERROR))
                .run(services.runner());
    }

    @FXML
    private void removeTemplate() {
        BackgroundTask.of(model::templateFile)
                .onSuccess(this::askToRemove)
                .onFailure(e -> FieldMessages.show(templateMessage, ErrorMessages.describe(e), Severity.ERROR))
                .run(services.runner());
    }

    private void askToRemove(Optional<ReportTemplateFile> template) {
        if (template.isEmpty() || !services.dialogs().confirm(window(),
                ReportSettingsModel.removeQuestion(template.get()), "Bỏ mẫu")) {
            return;
        }
        BackgroundTask.of(model::removeTemplate).onSuccess(now -> {
            showTemplate(now);
            FieldMessages.show(templateMessage, "Đã bỏ mẫu của tỉnh.", null);
        }).onFailure(e -> FieldMessages.show(templateMessage, ErrorMessages.describe(e), Severity.ERROR))
                .run(services.runner());
    }

    private Window window() {
        return Views.windowOf(root);
    }
}
