package vn.sotreem.ui.settings;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/** Administrators: the audit log, newest first, filtered by user, action, dates and text; export to Excel. */
final class AuditView {

    /** At most this many entries on screen; the export has them all. */
    static final int SHOWN = 1000;
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @FXML
    private ComboBox<Choice<String>> auditUserFilter;
    @FXML
    private ComboBox<Choice<AuditAction>> auditActionFilter;
    @FXML
    private TextField auditFrom;
    @FXML
    private TextField auditTo;
    @FXML
    private TextField auditText;
    @FXML
    private Label auditMessage;
    @FXML
    private TableView<AuditEntry> auditTable;
    @FXML
    private TableColumn<AuditEntry, String> auditAtColumn;
    @FXML
    private TableColumn<AuditEntry, String> auditUserColumn;
    @FXML
    private TableColumn<AuditEntry, String> auditActionColumn;
    @FXML
    private TableColumn<AuditEntry, String> auditEntityColumn;
    @FXML
    private TableColumn<AuditEntry, String> auditIdColumn;
    @FXML
    private TableColumn<AuditEntry, String> auditDetailsColumn;
    @FXML
    private Label auditCount;

    private final UiServices services;
    private final AuditModel model;
    private final Parent root;
    private AuditFilter current = AuditFilter.all();
    /** Counts the reads of the entries, so that only the latest one is shown. */
    private int loads;

    AuditView(UiServices services, AuditModel model) {
        this.services = services;
        this.model = model;
        this.root = Views.load("AuditView.fxml", this);
        auditAtColumn.setCellValueFactory(c -> text(AT.format(c.getValue().at())));
        auditUserColumn.setCellValueFactory(c -> text(c.getValue().userName()));
        auditActionColumn.setCellValueFactory(c -> text(c.getValue().action().label()));
        auditEntityColumn.setCellValueFactory(c -> text(c.getValue().entityLabel()));
        auditIdColumn.setCellValueFactory(c -> text(c.getValue().entityId()));
        auditDetailsColumn.setCellValueFactory(c -> text(c.getValue().details()));
        auditTable.setPlaceholder(new Label("Không có dòng nào khớp với bộ lọc."));
        auditTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<AuditEntry> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((o, was, now) ->
                    row.setTooltip(now == null || now.details() == null ? null : new Tooltip(now.details())));
            return row;
        });
        List<Choice<AuditAction>> actions = new ArrayList<>();
        actions.add(new Choice<>(null, "Mọi thao tác"));
        for (AuditAction a : AuditAction.values()) {
            actions.add(new Choice<>(a, a.label()));
        }
        auditActionFilter.getItems().setAll(actions);
        auditActionFilter.getSelectionModel().selectFirst();
        auditMessage.managedProperty().bind(auditMessage.textProperty().isNotEmpty());
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }

    Parent root() {
        return root;
    }

    /** Reloads the user list and the entries with the current filter. */
    void refresh() {
        BackgroundTask.of(model::userNames).onSuccess(this::showUsers).onFailure(e -> {
            showUsers(List.of());
            auditMessage.setText(ErrorMessages.describe(e));
        }).run(services.runner());
        load();
    }

    private void showUsers(List<String> names) {
        String selected = auditUserFilter.getValue() == null ? null : auditUserFilter.getValue().value();
        List<Choice<String>> users = new ArrayList<>();
        users.add(new Choice<>(null, "Mọi người dùng"));
        for (String name : names) {
            users.add(new Choice<>(name, name));
        }
        auditUserFilter.getItems().setAll(users);
        auditUserFilter.getSelectionModel().select(users.stream()
                .filter(c -> java.util.Objects.equals(c.value(), selected)).findFirst().orElse(users.get(0)));
    }

    @FXML
    private void applyFilter() {
        AuditFilterModel.Result result = AuditFilterModel.build(
                auditUserFilter.getValue() == null ? null : auditUserFilter.getValue().value(),
                auditActionFilter.getValue() == null ? null : auditActionFilter.getValue().value(),
                auditFrom.getText(), auditTo.getText(), auditText.getText());
        if (!result.ok()) {
            auditMessage.setText(result.message());
            return;
        }
        auditMessage.setText("");
        current = result.filter();
        load();
    }

    @FXML
    private void clearFilter() {
        auditUserFilter.getSelectionModel().selectFirst();
        auditActionFilter.getSelectionModel().selectFirst();
        auditFrom.clear();
        auditTo.clear();
        auditText.clear();
        auditMessage.setText("");
        current = AuditFilter.all();
        load();
    }

    private void load() {
        int load = ++loads;
        AuditFilter filter = current;
        BackgroundTask.of(() -> model.entries(filter, SHOWN + 1)).onSuccess(entries -> {
            if (load != loads) {
                return; // a newer filter is being read
            }
            boolean more = entries.size() > SHOWN;
            auditTable.getItems().setAll(more ? entries.subList(0, SHOWN) : entries);
            auditCount.setText(more ? "Đang hiện " + SHOWN + " dòng mới nhất; hãy lọc để tìm dòng cũ hơn, hoặc xuất ra Excel để có đủ."
                    : "Đang hiện " + entries.size() + " dòng.");
        }).onFailure(e -> auditMessage.setText(ErrorMessages.describe(e))).run(services.runner());
    }

    /** Exports what the filter selects (all of it, not only the rows on screen). */
    @FXML
    private void exportAudit() {
        AuditFilter filter = current;
        String suggested = "nhat-ky-hoat-dong-" + services.today().get().format(DateTimeFormatter.ofPattern("yyyy-MM-dd")) + ".xlsx";
        Path file = services.files().workbookToSave(window(), suggested).orElse(null);
        if (file == null) {
            return;
        }
        Window owner = window();
        ProgressWindow.run(services, owner, "Đang xuất nhật ký ra tệp " + file.getFileName() + "…",
                progress -> model.export(file, filter, progress),
                count -> {
                    load();
                    services.dialogs().showInfo(owner, "Đã xuất " + count + " dòng nhật ký ra tệp:\n" + file.toAbsolutePath());
                });
    }

    private Window window() {
        return Views.windowOf(root);
    }
}
