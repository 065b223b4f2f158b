package vn.sotreem.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Chooses workbook files; tests supply paths without a native file dialog. */
public interface FilePicker {

    Optional<Path> workbookToOpen(Window owner);

    Optional<Path> workbookToSave(Window owner, String suggestedName);
}
