package vn.sotreem.ui.shell;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.common.UiServices;

/**
 * The JavaFX application. The launcher calls {@link #launchWith(DataFolder, String...)}; without
 * it the folder comes from the system property {@value #DATA_FOLDER_PROPERTY}, else the default
 * per-user location.
 */
public class SoTreEmApp extends Application {

    public static final String DATA_FOLDER_PROPERTY = "sotreem.dataFolder";

    private static volatile DataFolder dataFolder;

    private AppWindow window;

    /** Remembers the data folder and starts JavaFX; returns when the last window closes. */
    public static void launchWith(DataFolder folder, String... args) {
        setDataFolder(folder);
        Application.launch(SoTreEmApp.class, args);
    }

    public static void setDataFolder(DataFolder folder) {
        dataFolder = folder;
    }

    static DataFolder dataFolder() {
        if (dataFolder != null) {
            return dataFolder;
        }
        String property = System.getProperty(DATA_FOLDER_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new DataFolder(Path.of(property));
        }
        return DataFolder.defaultLocation();
    }

    @Override
    public void start(Stage stage) {
        window = new AppWindow(stage, dataFolder(), UiServices.standard());
        window.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
