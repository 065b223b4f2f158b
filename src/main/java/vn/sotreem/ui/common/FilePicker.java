package vn.sotreem.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Chooses files and folders; tests supply paths without a native file dialog. */
public interface FilePicker {

    Optional<Path> workbookToOpen(Window owner);

    Optional<Path> workbookToSave(Window owner, String suggestedName);

    /** An officer's own list to import: Excel (.xlsx, .xls) or CSV; tests' pickers answer as for a workbook. */
    default Optional<Path> listToOpen(Window owner) {
        return workbookToOpen(owner);
    }

    /** Where to save a Word document (a printed form), .docx. */
    default Optional<Path> documentToSave(Window owner, String suggestedName) {
        return Optional.empty();
    }

    /** A folder, e.g. a USB stick for the second copy of the backups. */
    default Optional<Path> folder(Window owner, String title) {
        return Optional.empty();
    }

    /** A backup file to restore from, outside the list of the register's own backups. */
    default Optional<Path> backupToOpen(Window owner) {
        return Optional.empty();
    }
}
