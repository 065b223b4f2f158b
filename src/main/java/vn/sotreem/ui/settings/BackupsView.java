package vn.sotreem.ui.settings;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.ui.common.BackgroundTask;
import vn.sotreem.ui.common.ErrorMessages;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.Views;

/**
 * The backups: the list with date, reason, size and record counts; "back up now"; and, for
 * administrators, restore (from the list or another file) after a preview and an automatic backup
 * of the current state, then back to the login screen.
 */
public final class BackupsView {

    @FXML
    private Button backupNowButton;
    @FXML
    private Button restoreButton;
    @FXML
    private Button restoreFileButton;
    @FXML
    private Label backupMessage;
    @FXML
    private TableView<BackupInfo> backupTable;
    @FXML
    private TableColumn<BackupInfo, String> backupAtColumn;
    @FXML
    private TableColumn<BackupInfo, String> backupReasonColumn;
    @FXML
    private TableColumn<BackupInfo, String> backupSizeColumn;
    @FXML
    private TableColumn<BackupInfo, String> backupCountsColumn;

    private final UiServices services;
    private final BackupsModel model;
    private final Runnable afterRestore;
    private final Parent root;

    public BackupsView(UiServices services, BackupsModel model, Runnable afterRestore) {
        this.services = services;
        this.model = model;
        this.afterRestore = afterRestore;
        this.root = Views.load("BackupsView.fxml", this);
        backupAtColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(BackupText.BACKUP_TIME.format(c.getValue().createdAt())));
        backupReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(BackupText.reason(c.getValue().reason())));
        backupSizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(BackupText.size(c.getValue().sizeBytes())));
        backupCountsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(BackupText.counts(c.getValue())));
        backupTable.setPlaceholder(new Label("Chưa có bản sao lưu nào. Bấm “Sao lưu ngay” để tạo bản đầu tiên."));
        boolean canRestore = model.canRestore();
        restoreButton.setVisible(canRestore);
        restoreButton.setManaged(canRestore);
        restoreFileButton.setVisible(canRestore);
        restoreFileButton.setManaged(canRestore);
        restoreButton.disableProperty().bind(backupTable.getSelectionModel().selectedItemProperty().isNull());
        backupMessage.managedProperty().bind(backupMessage.textProperty().isNotEmpty());
    }

    public Parent root() {
        return root;
    }

    /** Reads the list of backups in the background. */
    public void refresh() {
        BackgroundTask.of(model::backups)
                .onSuccess(backups -> backupTable.getItems().setAll(backups))
                .onFailure(e -> message(ErrorMessages.describe(e), true))
                .run(services.runner());
    }

    @FXML
    private void backupNow() {
        ProgressWindow.run(services, window(), "Đang sao lưu sổ…", model::backUpNow,
                info -> {
                    message("Đã sao lưu lúc " + BackupText.BACKUP_TIME.format(info.createdAt()) + ": "
                            + BackupText.counts(info) + ".", false);
                    refresh();
                });
    }

    @FXML
    private void restoreSelected() {
        BackupInfo selected = backupTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            restore(selected.file());
        }
    }

    @FXML
    private void restoreFromFile() {
        services.files().backupToOpen(window()).ifPresent(this::restore);
    }

    /** Verify → preview and password → back up the current state → close → restore → login. */
    private void restore(Path backup) {
        if (!model.canRestore()) {
            return;
        }
        Window owner = window();
        BackgroundTask.of(() -> model.verify(backup))
                .onSuccess(info -> RestoreDialog.ask(owner, info).ifPresent(password -> replace(owner, info, password)))
                .onFailure(e -> services.dialogs().showError(owner, ErrorMessages.describe(e)))
                .run(services.runner());
    }

    private void replace(Window owner, BackupInfo info, char[] password) {
        ProgressWindow.run(services, owner, "Đang khôi phục bản sao lưu ngày " + BackupText.BACKUP_TIME.format(info.createdAt()) + "…",
                progress -> model.restore(info, password, progress),
                done -> {
                    services.dialogs().showInfo(owner, "Đã khôi phục sổ về bản sao lưu ngày "
                            + BackupText.BACKUP_TIME.format(done.createdAt()) + ". Sổ trước khi khôi phục đã được sao lưu. "
                            + "Hãy mở sổ lại.");
                    afterRestore.run();
                },
                () -> {
                    if (model.registerClosed()) {
                        afterRestore.run(); // the register was closed: open it again from the login screen
                    }
                });
    }

    private void message(String text, boolean error) {
        FieldMessages.show(backupMessage, text, error ? Severity.ERROR : null);
    }

    private Window window() {
        return Views.windowOf(root);
    }
}
