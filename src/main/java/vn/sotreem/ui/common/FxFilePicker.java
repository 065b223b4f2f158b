package vn.sotreem.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.sotreem.storage.Backups;

/** Native file and folder choosers (workbooks restricted to .xlsx; officers' own lists also .xls and .csv). */
final class FxFilePicker implements FilePicker {

    private File lastFolder;

    @Override
    public Optional<Path> workbookToOpen(Window owner) {
        FileChooser chooser = chooser("Chọn tệp Excel để nhập");
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> listToOpen(Window owner) {
        FileChooser chooser = chooser("Chọn danh sách trẻ em để nhập");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Excel hoặc CSV (*.xlsx, *.xls, *.csv)", "*.xlsx", "*.xls", "*.csv"),
                new FileChooser.ExtensionFilter("Mọi tệp", "*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> workbookToSave(Window owner, String suggestedName) {
        return saveAs(owner, chooser("Lưu tệp Excel"), suggestedName, ".xlsx");
    }

    @Override
    public Optional<Path> documentToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Lưu biểu mẫu để in");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Tài liệu Word (*.docx)", "*.docx"));
        return saveAs(owner, chooser, suggestedName, ".docx");
    }

    /** The chosen file, with {@code extension} added when the officer typed a name without it. */
    private Optional<Path> saveAs(Window owner, FileChooser chooser, String suggestedName, String extension) {
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        if (file != null && !file.getName().toLowerCase().endsWith(extension)) {
            file = new File(file.getParentFile(), file.getName() + extension);
        }
        return remember(file);
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder;
        return Optional.of(folder.toPath());
    }

    @Override
    public Optional<Path> backupToOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Chọn tệp sao lưu để khôi phục");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Bản sao lưu Sổ Trẻ Em (*" + Backups.EXTENSION + ")", "*" + Backups.EXTENSION),
                new FileChooser.ExtensionFilter("Mọi tệp", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showOpenDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Tệp Excel (*.xlsx)", "*.xlsx"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
