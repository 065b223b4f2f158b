package vn.sotreem.ui.shell;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import vn.sotreem.domain.place.AdminUnits;
import vn.sotreem.domain.place.CommuneMatch;
import vn.sotreem.domain.place.Province;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/** First-start setup: one form; "Tạo sổ" creates the register off the FX thread. */
final class SetupView {

    @FXML
    private ComboBox<Province> provinceBox;
    @FXML
    private TextField communeSearch;
    @FXML
    private ListView<CommuneMatch> communeList;
    @FXML
    private Label communeMessage;
    @FXML
    private TextField officerField;
    @FXML
    private Label officerMessage;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label passwordMessage;
    @FXML
    private PasswordField passwordRepeatField;
    @FXML
    private Label repeatMessage;
    @FXML
    private TextField villageField;
    @FXML
    private ListView<String> villageList;
    @FXML
    private Button removeVillageButton;
    @FXML
    private Label villagesMessage;
    @FXML
    private Label createMessage;
    @FXML
    private ProgressIndicator createProgress;
    @FXML
    private Button createButton;

    private final UiServices services;
    private final DataFolder folder;
    private final BiConsumer<OpenedRegister, String> onCreated;
    private final SetupViewModel model = new SetupViewModel(AdminUnits.get());
    private final Parent root;

    /** {@code onCreated} gets the open register and its first recovery key (null if making it failed). */
    SetupView(UiServices services, DataFolder folder, BiConsumer<OpenedRegister, String> onCreated) {
        this.services = services;
        this.folder = folder;
        this.onCreated = onCreated;
        this.root = Views.load("SetupView.fxml", this);
        bind();
    }

    Parent root() {
        return root;
    }

    private void bind() {
        provinceBox.setItems(model.provinces());
        model.provinceProperty().bind(provinceBox.valueProperty());
        communeSearch.textProperty().bindBidirectional(model.communeQueryProperty());
        communeSearch.disableProperty().bind(provinceBox.valueProperty().isNull());
        communeList.disableProperty().bind(provinceBox.valueProperty().isNull());
        communeList.setItems(model.communeMatches());
        communeList.setPlaceholder(new Label("Chọn tỉnh trước, rồi gõ tên xã/phường."));
        communeList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || !model.communeMatches().contains(model.communeProperty().get())) {
                model.communeProperty().set(now);
            }
        });
        communeSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !communeList.getItems().isEmpty()) {
                communeList.requestFocus();
                communeList.getSelectionModel().selectFirst();
            }
        });
        officerField.textProperty().bindBidirectional(model.officerNameProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        passwordRepeatField.textProperty().bindBidirectional(model.passwordRepeatProperty());
        villageField.textProperty().bindBidirectional(model.newVillageProperty());
        villageList.setItems(model.villages());
        villageList.setPlaceholder(new Label("Chưa có thôn nào."));
        removeVillageButton.disableProperty().bind(villageList.getSelectionModel().selectedItemProperty().isNull());
        communeMessage.textProperty().bind(model.communeMessageProperty());
        officerMessage.textProperty().bind(model.officerMessageProperty());
        passwordMessage.textProperty().bind(model.passwordMessageProperty());
        repeatMessage.textProperty().bind(model.repeatMessageProperty());
        villagesMessage.textProperty().bind(model.villagesMessageProperty());
        for (Label l : List.of(communeMessage, officerMessage, passwordMessage, repeatMessage, villagesMessage,
                createMessage)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
    }

    @FXML
    private void addVillage() {
        model.addVillage();
        villageField.requestFocus();
    }

    @FXML
    private void removeVillage() {
        String selected = villageList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.removeVillage(selected);
        }
    }

    @FXML
    private void create() {
        createMessage.setText("");
        RegisterInfo info = model.validate().orElse(null);
        if (info == null) {
            createMessage.setText("Còn mục chưa đúng, xem các dòng chữ đỏ ở trên.");
            return;
        }
        char[] password = model.passwordChars();
        List<String> villages = model.villageNames();
        setBusy(true);
        BackgroundTask.of(() -> SetupViewModel.create(folder, info, password, villages))
                .onSuccess(created -> onCreated.accept(created.opened(), created.recoveryKey()))
                .onFailure(error -> {
                    setBusy(false);
                    createMessage.setText(ErrorMessages.describe(error));
                }).run(services.runner());
    }

    private void setBusy(boolean busy) {
        createButton.setDisable(busy);
        createProgress.setVisible(busy);
        ((javafx.scene.layout.BorderPane) root).getCenter().setDisable(busy);
    }
}
