package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.injury.RecordedDeath;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ChildSearch;
import vn.sotreem.ui.common.DatePickers;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.LockedWindows;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The injury window, from the injury list or the child's record: the child (found by typing, or
 * fixed on the child's record), date, type, place, outcome, where treated, note. A death asks
 * whether to record the child as died on that day — never done silently. Saved off the JavaFX
 * thread; the window closes once the injury is kept.
 */
public final class InjuryDialog {

    /** What was saved, and whether the child's record changed with it (a death recorded or undone). */
    public record Saved(Injury injury, boolean deathRecorded) {
    }

    static final String KEEP_STATUS = "Chọn \"Không\" để giữ tình trạng \"Đã mất\" trong hồ sơ của trẻ.";
    static final String KEEP_CHILD = "Chọn \"Không\" để chỉ lưu tai nạn, thương tích; hồ sơ của trẻ giữ nguyên.";

    @FXML
    private Label injuryTitle;
    @FXML
    private ScrollPane injuryScroll;
    @FXML
    private Label childLabel;
    @FXML
    private TextField childSearchField;
    @FXML
    private TableView<Child> childResultTable;
    @FXML
    private Label childMessage;
    @FXML
    private DatePicker datePicker;
    @FXML
    private Label ageLabel;
    @FXML
    private Label dateMessage;
    @FXML
    private ComboBox<InjuryType> typeBox;
    @FXML
    private Label typeMessage;
    @FXML
    private ToggleGroup placeGroup;
    @FXML
    private HBox placeRow;
    @FXML
    private Label placeMessage;
    @FXML
    private CheckBox diedBox;
    @FXML
    private CheckBox disabledBox;
    @FXML
    private Label diedMessage;
    @FXML
    private VBox injuryFields;
    @FXML
    private Label injuryMessage;
    @FXML
    private Button injurySaveButton;
    @FXML
    private Button injuryCancelButton;

    private final UiServices services;
    private final InjuryRegisterModel register;
    private final InjuryFormModel model;
    private final boolean readOnly;
    private final boolean childFixed;
    private final Consumer<Saved> onSaved;
    private final Parent root;
    private Stage stage;
    private String typeKeys = "";
    private final Map<InjuryField, TextInputControl> texts = new EnumMap<>(InjuryField.class);

    /**
     * Opens a window over {@code owner} for {@code existing}, or for a new injury when it is null:
     * of {@code child} when given (the child's record; the child cannot be changed), else of a
     * child found in the register, whose children are read first off the JavaFX thread. With
     * {@code readOnly} (the "xem" role) nothing can be changed.
     */
    public static void open(UiServices services, InjuryRegisterModel register, Injury existing, Child child,
                            boolean readOnly, Consumer<Saved> onSaved, Window owner) {
        LocalDate today = services.today().get();
        if (child != null && existing == null) {
            new InjuryDialog(services, register, new InjuryFormModel(today, null, List.of(child), child), readOnly, true,
                    onSaved).show(owner);
            return;
        }
        BackgroundTask.of(register::children)
                .onSuccess(children -> new InjuryDialog(services, register,
                        new InjuryFormModel(today, existing, children, child), readOnly, false, onSaved).show(owner))
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    /** What the window to fix an injury reads first. */
    private record ToFix(Injury injury, List<Child> children) {
    }

    /**
     * Opens the injury a check of the report names, with the faulty field ({@code fieldKey}, an
     * {@link InjuryField#key()}) focused, so that the officer fixes it there; {@code onClosed} runs
     * when the window is closed, saved or not. The injury and the children are read off the JavaFX thread.
     */
    public static void openToFix(UiServices services, InjuryRegisterModel register, long injuryId, String fieldKey,
                                 Runnable onClosed, Window owner) {
        LocalDate today = services.today().get();
        BackgroundTask.of(() -> new ToFix(register.injury(injuryId).orElse(null), register.children()))
                .onSuccess(read -> {
                    if (read.injury() == null) {
                        services.dialogs().showInfo(owner, "Không tìm thấy tai nạn, thương tích này trong sổ: có thể vừa bị xóa.");
                        onClosed.run();
                        return;
                    }
                    boolean readOnly = !register.canEdit();
                    InjuryDialog dialog = new InjuryDialog(services, register, new InjuryFormModel(today, read.injury(),
                            read.children(), null), readOnly, false, saved -> { });
                    dialog.show(owner);
                    dialog.stage.setOnHidden(e -> onClosed.run());
                    dialog.inputOf(fieldKey == null ? InjuryField.DATE.key() : fieldKey).requestFocus();
                })
                .onFailure(error -> services.dialogs().showError(owner, ErrorMessages.describe(error)))
                .run(services.runner());
    }

    /** A window bound to {@code model}; {@code childFixed}: a new injury of the child's record. */
    InjuryDialog(UiServices services, InjuryRegisterModel register, InjuryFormModel model, boolean readOnly,
                 boolean childFixed, Consumer<Saved> onSaved) {
        this.services = services;
        this.register = register;
        this.readOnly = readOnly;
        this.onSaved = onSaved;
        this.childFixed = childFixed;
        this.model = model;
        this.root = Views.load("InjuryDialog.fxml", this);
        injuryTitle.setText(readOnly ? "Xem tai nạn, thương tích" : model.isNew() ? "Thêm tai nạn, thương tích"
                : "Sửa tai nạn, thương tích");
        bind();
        if (readOnly) {
            injuryScroll.getContent().setDisable(true);
            injurySaveButton.setVisible(false);
            injurySaveButton.setManaged(false);
            injuryCancelButton.setText("Đóng (Esc)");
        }
    }

    private void bind() {
        childLabel.textProperty().bind(model.childTextProperty());
        childLabel.visibleProperty().bind(model.childTextProperty().isNotEmpty());
        childLabel.managedProperty().bind(childLabel.visibleProperty());
        ChildSearch.bind(childSearchField, childResultTable, model.searchProperty(), model.searchResults(), model::pick);
        childResultTable.setPlaceholder(new Label("Không có trẻ nào khớp trong sổ."));
        boolean searching = !childFixed && !readOnly;
        childSearchField.setVisible(searching);
        childSearchField.setManaged(searching);
        // Room for the search's matches, or for the messages under the fields when there is no search.
        ((javafx.scene.layout.Region) root).setPrefHeight(searching ? 720 : 620);
        String prompt = childSearchField.getPromptText();
        childSearchField.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.childProperty().isNull())
                .then(prompt).otherwise("Gõ tên để chọn trẻ khác"));
        FieldMessages.bind(childMessage, model.message(InjuryField.CHILD.key()));

        DatePickers.bind(datePicker, model.dateProperty());
        FieldMessages.bind(dateMessage, model.message(InjuryField.DATE.key()));
        ageLabel.textProperty().bind(model.ageTextProperty());

        typeBox.getItems().setAll(InjuryType.values());
        typeBox.valueProperty().bindBidirectional(model.typeProperty());
        FieldMessages.bind(typeMessage, model.message(InjuryField.TYPE.key()));
        // Typing the code picks the type: "8" is 08 Đuối nước, "1" then "0" is 10 Điện giật.
        PauseTransition typingPause = new PauseTransition(Duration.seconds(1));
        typingPause.setOnFinished(e -> typeKeys = "");
        typeBox.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (typed == null || !typed.matches("\\d")) {
                return;
            }
            typeKeys = InjuryFormModel.nextTypeKeys(typeKeys, typed);
            InjuryType.lookup(typeKeys).ifPresent(typeBox::setValue);
            typingPause.playFromStart();
            e.consume();
        });

        for (InjuryPlace p : InjuryPlace.values()) {
            RadioButton button = new RadioButton(p.label());
            button.setId("place_" + p.code());
            button.setUserData(p);
            button.setToggleGroup(placeGroup);
            placeRow.getChildren().add(button);
        }
        selectPlace(model.placeProperty().get());
        placeGroup.selectedToggleProperty().addListener((o, was, now) ->
                model.placeProperty().set(now == null ? null : (InjuryPlace) now.getUserData()));
        model.placeProperty().addListener((o, was, now) -> selectPlace(now));
        FieldMessages.bind(placeMessage, model.message(InjuryField.PLACE.key()));

        diedBox.selectedProperty().bindBidirectional(model.diedProperty());
        disabledBox.selectedProperty().bindBidirectional(model.disabledProperty());
        FieldMessages.bind(diedMessage, model.message(InjuryField.DIED.key()));
        bindTexts();

        injuryMessage.managedProperty().bind(injuryMessage.textProperty().isNotEmpty());
        model.hasErrorsProperty().addListener((o, was, now) -> {
            if (!now && injuryMessage.getStyleClass().contains("msg-error")) {
                showMessage("", null); // "còn mục ghi chữ đỏ" is no longer true
            }
        });
    }

    /**
     * Each free-text field of the catalogue has a box in the FXML marked with its key
     * ({@code userData="noi_dieu_tri"}): its label (the catalogue's), its input and its message.
     */
    private void bindTexts() {
        for (InjuryField field : InjuryField.values()) {
            if (!field.isFreeText()) {
                continue;
            }
            VBox box = (VBox) injuryFields.getChildren().stream().filter(n -> field.key().equals(n.getUserData()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No box for " + field.key() + " in the form"));
            ((Label) box.getChildren().get(0)).setText(field.label());
            TextInputControl input = (TextInputControl) box.getChildren().get(1);
            input.textProperty().bindBidirectional(model.text(field));
            FieldMessages.bind((Label) box.getChildren().get(2), model.message(field.key()));
            texts.put(field, input);
        }
    }

    private void selectPlace(InjuryPlace place) {
        for (Toggle t : placeGroup.getToggles()) {
            if (t.getUserData() == place) {
                placeGroup.selectToggle(t);
                return;
            }
        }
        placeGroup.selectToggle(null);
    }

    public void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(injuryTitle.getText());
        LockedWindows.showAgainAfterUnlock(stage);
        stage.setScene(Theme.scene(root));
        stage.setMaxHeight(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        stage.show();
        (model.child() == null ? childSearchField : datePicker.getEditor()).requestFocus();
    }

    private Node inputOf(String key) {
        InjuryField field = Arrays.stream(InjuryField.values()).filter(f -> f.key().equals(key)).findFirst()
                .orElse(InjuryField.DIED);
        return switch (field) {
            case CHILD -> childSearchField;
            case DATE -> datePicker.getEditor();
            case TYPE -> typeBox;
            case PLACE -> placeRow.getChildren().get(0);
            case DIED, DISABLED -> diedBox;
            default -> texts.get(field);
        };
    }

    private void showMessage(String text, Severity severity) {
        FieldMessages.show(injuryMessage, text, severity);
    }

    @FXML
    private void save() {
        if (readOnly) {
            return;
        }
        Injury injury = model.injuryToSave().orElse(null);
        if (injury == null) {
            showMessage("Chưa lưu: còn mục ghi chữ đỏ cần sửa.", Severity.ERROR);
            model.firstErrorField().map(this::inputOf).ifPresent(Node::requestFocus);
            return;
        }
        injurySaveButton.setDisable(true);
        if (!model.correctionMayUndoDeath(injury)) {
            askAndSave(injury, null);
            return;
        }
        BackgroundTask.of(() -> register.recordedDeath(injury.id()))
                .onSuccess(death -> askAndSave(injury, death.orElse(null)))
                .onFailure(error -> failed(error))
                .run(services.runner());
    }

    /**
     * Asks what the officer wants done to the child's record, then saves: undo the death this
     * injury recorded ({@code death}, when the correction takes away what it was based on), and
     * record a death the injury now says — each only when the officer says so.
     */
    private void askAndSave(Injury injury, RecordedDeath death) {
        boolean undoDeath = death != null && services.dialogs().confirm(stage, death.undoQuestion(model.child()) + "\n"
                + KEEP_STATUS, InjuryView.UNDO_DEATH);
        boolean recordDeath = (model.offersDeath(injury) || (undoDeath && injury.died()))
                && services.dialogs().confirm(stage, model.deathQuestion(injury) + "\n" + KEEP_CHILD, "Ghi nhận đã mất");
        Set<Injury> deaths = recordDeath ? Set.of(injury) : Set.of();
        LocalDate today = model.today();
        injuryScroll.setDisable(true);
        showMessage("Đang lưu…", null);
        BackgroundTask.of(() -> undoDeath ? register.save(injury, recordDeath, true, today)
                        : register.save(List.of(injury), deaths, today).get(0))
                .onSuccess(saved -> {
                    stage.close();
                    onSaved.accept(new Saved(saved, recordDeath || undoDeath));
                })
                .onFailure(this::failed)
                .run(services.runner());
    }

    private void failed(Throwable error) {
        injurySaveButton.setDisable(false);
        injuryScroll.setDisable(false);
        showMessage("Chưa lưu. " + ErrorMessages.describe(error), Severity.ERROR);
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
