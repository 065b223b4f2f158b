package vn.sotreem.ui.abuse;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.DatePickers;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.Views;

/** The case window's "Tiếp nhận (Mẫu 01)" tab, bound to the form's {@link CaseIntakeModel}. */
final class CaseIntakeTab {

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

    private final Parent root;

    CaseIntakeTab(CaseFormModel form) {
        this.root = Views.load("CaseIntakeTab.fxml", this);
        CaseIntakeModel model = form.intake();
        codeField.textProperty().bindBidirectional(model.codeProperty());
        FieldMessages.bind(codeMessage, form.message(AbuseCaseRules.CODE));
        DatePickers.bind(receivedDatePicker, model.receivedDateProperty());
        FieldMessages.bind(receivedMessage, form.message(AbuseCaseRules.RECEIVED));
        receivedTimeField.textProperty().bindBidirectional(model.receivedTimeProperty());
        FieldMessages.bind(receivedTimeMessage, form.message(AbuseCaseRules.RECEIVED_TIME));
        channelBox.getItems().setAll(IntakeChannel.values());
        channelBox.valueProperty().bindBidirectional(model.channelProperty());
        bodyBox.getItems().setAll(ReceivingBody.values());
        bodyBox.valueProperty().bindBidirectional(model.receivingBodyProperty());
        officerField.textProperty().bindBidirectional(model.officerProperty());
        DatePickers.bind(occurredDatePicker, model.occurredDateProperty());
        FieldMessages.bind(occurredMessage, form.message(AbuseCaseRules.OCCURRED));
        placeBox.getItems().setAll(model.placeChoices());
        placeBox.valueProperty().bindBidirectional(model.placeProperty());
        FieldMessages.bind(placeMessage, form.message(CaseIntakeModel.PLACE));
        placeDetailField.textProperty().bindBidirectional(model.placeDetailProperty());
        settingBox.getItems().setAll(AbuseSetting.values());
        settingBox.valueProperty().bindBidirectional(model.settingProperty());
        FieldMessages.bind(settingMessage, form.message(AbuseCaseRules.SETTING));
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

    Parent root() {
        return root;
    }

    /** A new case starts at the hour: the code and day are filled in. */
    Node firstInput() {
        return receivedTimeField;
    }

    /** The input of an intake field, for the focus after a refused save. */
    Node inputOf(String key) {
        return switch (key) {
            case AbuseCaseRules.CODE -> codeField;
            case AbuseCaseRules.RECEIVED -> receivedDatePicker.getEditor();
            case AbuseCaseRules.RECEIVED_TIME -> receivedTimeField;
            case AbuseCaseRules.OCCURRED -> occurredDatePicker.getEditor();
            case AbuseCaseRules.SETTING -> settingBox;
            default -> placeBox;
        };
    }
}
