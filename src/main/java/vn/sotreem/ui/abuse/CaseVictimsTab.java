package vn.sotreem.ui.abuse;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.ui.common.ChildSearch;
import vn.sotreem.ui.common.Dialogs;
import vn.sotreem.ui.common.Views;

/**
 * The case window's "Trẻ bị xâm hại" tab: the register searched for the victims (or a child added
 * to it on the spot), and the forms of abuse, support and outcome of the victim chosen.
 */
final class CaseVictimsTab {

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
    private Label victimHint;
    @FXML
    private VBox victimForm;
    @FXML
    private Label victimDetailTitle;
    @FXML
    private VBox formsBox;
    @FXML
    private CheckBox supportedBox;
    @FXML
    private TextArea outcomeArea;
    @FXML
    private Label victimsMessage;

    private final CaseFormModel model;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final Parent root;
    private CaseFormModel.Victim shown;
    private Runnable onNewChild = () -> { };

    /** {@code owner}: the case window, once shown. */
    CaseVictimsTab(CaseFormModel model, Dialogs dialogs, Supplier<Window> owner) {
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
        this.root = Views.load("CaseVictimsTab.fxml", this);
        ChildSearch.bind(victimSearchField, resultTable, model.searchProperty(), model.searchResults(), this::addVictim);
        resultTable.setPlaceholder(new Label("Không có trẻ nào khớp trong sổ. Nếu trẻ chưa có trong sổ, bấm \"Thêm trẻ chưa có trong sổ…\"."));
        addVictimButton.disableProperty().bind(Bindings.isEmpty(model.searchResults()));

        CaseTables.col(victimCodeColumn, v -> v.child().getCode());
        CaseTables.col(victimNameColumn, v -> v.child().getFullName());
        CaseTables.col(victimBirthColumn, v -> DateText.format(v.child().getBirthDate()));
        CaseTables.col(victimFormsColumn, CaseFormModel.Victim::formsText);
        CaseTables.col(victimSupportedColumn, v -> v.supportedProperty().get() ? "Có" : "Chưa");
        victimTable.setItems(model.victims());
        // A ticked form changes the row's text; the table does not redraw rows on updates by itself.
        model.victims().addListener((ListChangeListener<CaseFormModel.Victim>) c -> victimTable.refresh());
        victimTable.setPlaceholder(new Label("Chưa có trẻ nào. Tìm trẻ trong sổ ở ô phía trên."));
        victimTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showVictim(now));
        removeVictimButton.disableProperty().bind(victimTable.getSelectionModel().selectedItemProperty().isNull());
        showVictim(null);
        if (!model.victims().isEmpty()) {
            victimTable.getSelectionModel().selectFirst();
        }
        CaseTables.sectionMessage(victimsMessage, model, CaseFormModel.Section.VICTIMS);
    }

    Parent root() {
        return root;
    }

    /** Links {@code child} as a victim and shows it. */
    void addVictim(Child child) {
        CaseFormModel.Victim v = model.addVictim(child);
        victimTable.getSelectionModel().select(v);
        victimTable.scrollTo(v);
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

    /** What "Thêm trẻ chưa có trong sổ…" does (the case window opens the children's form). */
    void setOnNewChild(Runnable action) {
        this.onNewChild = action;
    }

    @FXML
    private void addNewChild() {
        onNewChild.run();
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
        if (dialogs.confirm(owner.get(), question, "Bỏ khỏi vụ việc")) {
            model.removeVictim(v);
        }
    }

    /** The forms (with the decree's sub-forms for exploitation and sexual abuse), support and outcome of one victim. */
    private void showVictim(CaseFormModel.Victim v) {
        if (shown != null) {
            supportedBox.selectedProperty().unbindBidirectional(shown.supportedProperty());
            outcomeArea.textProperty().unbindBidirectional(shown.outcomeProperty());
        }
        shown = v;
        victimHint.setVisible(v == null);
        victimHint.setManaged(v == null);
        victimForm.setVisible(v != null);
        victimForm.setManaged(v != null);
        formsBox.getChildren().clear();
        if (v == null) {
            return;
        }
        victimDetailTitle.setText(v.child().getFullName());
        for (AbuseForm form : AbuseForm.values()) {
            CheckBox box = new CheckBox(form.label());
            box.setId("form_" + form.name());
            box.selectedProperty().bindBidirectional(v.form(form));
            formsBox.getChildren().add(box);
            if (!form.subForms().isEmpty()) {
                formsBox.getChildren().add(subForms(v, form));
            }
        }
        supportedBox.selectedProperty().bindBidirectional(v.supportedProperty());
        outcomeArea.textProperty().bindBidirectional(v.outcomeProperty());
        victimDetailScroll.setVvalue(0);
    }

    /** The sub-forms of {@code form}, shown while it is ticked. */
    private static VBox subForms(CaseFormModel.Victim v, AbuseForm form) {
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
        return subs;
    }

    /** The victims now linked, by child id (the procedure pane reloads its reviews when they change). */
    List<Long> victimIds() {
        return model.workingCopy().getVictims().stream().map(v -> v.childId()).toList();
    }
}
