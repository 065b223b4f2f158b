package vn.sotreem.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/**
 * The one main window through its life: first-start setup or login, then the register. Tests
 * create it on TestFX's stage to drive the real screens.
 */
public final class AppWindow {

    static final String TITLE = "Sổ Trẻ Em";

    private final Stage stage;
    private final DataFolder folder;
    private final UiServices services;
    private RegisterStore store;
    private MainView main;

    public AppWindow(Stage stage, DataFolder folder, UiServices services) {
        this.stage = stage;
        this.folder = folder;
        this.services = services;
    }

    /** Shows setup when the folder has no register yet, else the login screen. */
    public void start() {
        Theme.apply();
        stage.setOnHidden(e -> shutdown());
        if (folder.hasRegister()) {
            showLogin();
        } else {
            showSetup();
        }
        stage.show();
    }

    void showSetup() {
        SetupView view = new SetupView(services, folder, this::showMain);
        show(view.root(), "Thiết lập sổ");
        stage.setResizable(true);
    }

    void showLogin() {
        LoginView view = new LoginView(services, folder, this::showMain);
        show(view.root(), "Mở sổ");
        view.focus();
    }

    private void show(Parent root, String subtitle) {
        stage.setTitle(TITLE + " — " + subtitle);
        stage.setScene(Theme.scene(root));
        stage.sizeToScene();
        stage.centerOnScreen();
    }

    void showMain(OpenedRegister opened) {
        this.store = opened.store();
        main = new MainView(services, opened);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth());
        double height = Math.min(720, screen.getHeight());
        Scene scene = Theme.scene(main.root(), width, height);
        stage.setTitle(TITLE + " — " + opened.info().communeName());
        stage.setScene(scene);
        stage.setMinWidth(Math.min(960, width));
        stage.setMinHeight(Math.min(600, height));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.centerOnScreen();
        main.installShortcuts(scene);
        main.focusSearch();
    }

    /** Closes the register; safe to call more than once. */
    public void shutdown() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    MainView main() {
        return main;
    }
}
