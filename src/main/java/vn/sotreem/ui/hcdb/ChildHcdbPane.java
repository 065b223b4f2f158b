package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FormDialog;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/** On the child's record: the history of its special-circumstance groups and the supports it received. */
public final class ChildHcdbPane {

    @FXML
    private Button addMembershipButton;
    @FXML
    private Button endMembershipButton;
    @FXML
    private Button editMembershipButton;
    @FXML
    private Button voidMembershipButton;
    @FXML
    private Button addSupportButton;
    @FXML
    private Button editSupportButton;
    @FXML
    private Button voidSupportButton;
    @FXML
    private TableView<Membership> membershipTable;
    @FXML
    private TableColumn<Membership, String> groupColumn;
    @FXML
    private TableColumn<Membership, String> subCaseColumn;
    @FXML
    private TableColumn<Membership, String> fromColumn;
    @FXML
    private TableColumn<Membership, String> toColumn;
    @FXML
    private TableColumn<Membership, String> basisColumn;
    @FXML
    private TableColumn<Membership, String> reasonColumn;
    @FXML
    private TableView<Support> supportTable;
    @FXML
    private TableColumn<Support, String> supportDateColumn;
    @FXML
    private TableColumn<Support, String> supportTypeColumn;
    @FXML
    private TableColumn<Support, String> providerColumn;
    @FXML
    private TableColumn<Support, String> amountColumn;
    @FXML
    private TableColumn<Support, String> supportNoteColumn;
    @FXML
    private Label paneMessage;

    private final UiServices services;
    private final ChildHcdbModel model;
    private final Child child;
    private final Parent root;
    private final Runnable onChange;

    /**
     * The tab of {@code child} showing {@code history} (read with {@link ChildHcdbModel#history}
     * before the record opened); {@code onChange} runs after each write.
     */
    public ChildHcdbPane(UiServices services, ChildHcdbModel model, Child child, ChildHcdbModel.History history,
                         boolean readOnly, Runnable onChange) {
        this.services = services;
        this.model = model;
        this.child = child;
        this.onChange = onChange;
        this.root = Views.load("ChildHcdbPane.fxml", this);
        col(groupColumn, m -> m.group().code() + ". " + m.group().label());
        col(subCaseColumn, m -> m.subCase() == null ? "" : m.subCase().code());
        col(fromColumn, m -> DateText.format(m.fromDate()));
        col(toColumn, m -> m.toDate() == null ? "chưa kết thúc" : DateText.format(m.toDate()));
        col(basisColumn, m -> nz(m.basis()) + (m.certificateDate() == null ? ""
                : (m.basis() == null ? "" : "; ") + "giấy xác nhận ngày " + DateText.format(m.certificateDate())));
        col(reasonColumn, m -> nz(m.closeReason()));
        col(supportDateColumn, s -> DateText.format(s.date()));
        col(supportTypeColumn, s -> s.type().label());
        col(providerColumn, s -> nz(s.provider()));
        col(amountColumn, s -> SupportFormModel.formatAmount(s.amount()));
        amountColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        col(supportNoteColumn, s -> (s.carerName() == null ? "" : s.carerName()
                + (s.careForm() == null ? "" : " (" + s.careForm().label() + ")") + (s.note() == null ? "" : "; "))
                + nz(s.note()));
        membershipTable.setPlaceholder(new Label("Trẻ chưa thuộc nhóm hoàn cảnh đặc biệt nào."));
        supportTable.setPlaceholder(new Label("Chưa ghi trợ giúp nào."));
        membershipTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                endMembershipButton.setDisable(now == null || now.toDate() != null));
        endMembershipButton.setDisable(true);
        editMembershipButton.disableProperty().bind(membershipTable.getSelectionModel().selectedItemProperty().isNull());
        voidMembershipButton.disableProperty().bind(membershipTable.getSelectionModel().selectedItemProperty().isNull());
        editSupportButton.disableProperty().bind(supportTable.getSelectionModel().selectedItemProperty().isNull());
        voidSupportButton.disableProperty().bind(supportTable.getSelectionModel().selectedItemProperty().isNull());
        paneMessage.managedProperty().bind(paneMessage.textProperty().isNotEmpty());
        for (Button b : new Button[] {addMembershipButton, endMembershipButton, editMembershipButton, voidMembershipButton,
                addSupportButton, editSupportButton, voidSupportButton}) {
            b.setVisible(!readOnly);
            b.setManaged(!readOnly);
        }
        show(history);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> void col(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
    }

    public Parent root() {
        return root;
    }

    private LocalDate today() {
        return services.today().get();
    }

    /** Reads the child's memberships and supports again, in the background. */
    void reload() {
        BackgroundTask.of(() -> model.history(child))
                .onSuccess(this::show)
                .onFailure(e -> paneMessage.setText(ErrorMessages.describe(e)))
                .run(services.runner());
    }

    private void show(ChildHcdbModel.History history) {
        membershipTable.getItems().setAll(history.memberships());
        supportTable.getItems().setAll(history.supports());
        paneMessage.setText("");
    }

    private Window window() {
        return Views.windowOf(root);
    }

    /** A write succeeded and {@code history} was read after it: shown before the dialog closes. */
    private void changed(ChildHcdbModel.History history) {
        show(history);
        onChange.run();
    }

    @FXML
    private void addMembership() {
        new MembershipDialog(window(), child, List.copyOf(membershipTable.getItems()), today(),
                (m, dialog) -> save(dialog, () -> model.saveMembership(child, m, today()), "")).show();
    }

    /** Runs a write of the tab in the background; the dialog closes once the tab shows the result. */
    private void save(FormDialog dialog, java.util.concurrent.Callable<ChildHcdbModel.History> write, String failurePrefix) {
        dialog.saveButton.setDisable(true);
        BackgroundTask.of(write)
                .onSuccess(history -> {
                    changed(history);
                    dialog.close();
                })
                .onFailure(e -> dialog.formMessage.setText(failurePrefix + ErrorMessages.describe(e)))
                .onFinished(() -> dialog.saveButton.setDisable(false))
                .run(services.runner());
    }

    @FXML
    private void endMembership() {
        Membership open = membershipTable.getSelectionModel().getSelectedItem();
        if (open == null || open.toDate() != null) {
            return;
        }
        new EndMembershipDialog(window(), child, open, List.copyOf(membershipTable.getItems()), today(),
                (closed, dialog) -> save(dialog, () -> model.saveMembership(child, closed, today()), "")).show();
    }

    /** "Sửa…": the membership chosen, filled in, checked against the child's other memberships (not itself). */
    @FXML
    private void editMembership() {
        Membership chosen = membershipTable.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        new MembershipDialog(window(), child, List.copyOf(membershipTable.getItems()), chosen, today(),
                (m, dialog) -> save(dialog, () -> model.saveMembership(child, m, today()), "")).show();
    }

    @FXML
    private void voidMembership() {
        Membership chosen = membershipTable.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        new VoidDialog(window(), "Hủy diện HCĐB nhập nhầm", "Nhóm " + chosen.group().code() + ". " + chosen.group().label()
                + " từ " + DateText.format(chosen.fromDate()) + " của " + child.getFullName() + ".",
                (reason, dialog) -> save(dialog, () -> model.voidMembership(child, chosen.id(), reason), "")).show();
    }

    @FXML
    private void editSupport() {
        Support chosen = supportTable.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        new SupportDialog(window(), "Sửa trợ giúp", "Sửa trợ giúp: " + child.getFullName(), child, chosen, today(),
                (s, dialog) -> save(dialog, () -> model.addSupport(child, s, today()), "")).show();
    }

    @FXML
    private void voidSupport() {
        Support chosen = supportTable.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        new VoidDialog(window(), "Hủy lần trợ giúp nhập nhầm", chosen.type().label() + " ngày "
                + DateText.format(chosen.date()) + " của " + child.getFullName() + ".",
                (reason, dialog) -> save(dialog, () -> model.voidSupport(child, chosen.id(), reason), "")).show();
    }

    @FXML
    private void addSupport() {
        new SupportDialog(window(), "Thêm trợ giúp: " + child.getFullName(), child, today(),
                (s, dialog) -> save(dialog, () -> model.addSupport(child, s, today()), "")).show();
    }
}
