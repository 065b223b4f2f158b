package vn.sotreem.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.common.AppIcons;
import vn.sotreem.ui.common.Frames;
import vn.sotreem.ui.common.ProgressWindow;
import vn.sotreem.ui.settings.RecoveryKeyView;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;

/**
 * The one main window through its life: first-start setup (then the recovery key) or login, then
 * the register; back to login after a restore. Closing the window takes a backup first. Tests
 * create it on TestFX's stage to drive the real screens.
 */
public final class AppWindow {

    static final String TITLE = "Sổ Trẻ Em";

    private final Stage stage;
    private final DataFolder folder;
    private final UiServices services;
    private final AppModel model = new AppModel();
    private MainView main;
    private LoginView login;
    private boolean closing;

    public AppWindow(Stage stage, DataFolder folder, UiServices services) {
        this.stage = stage;
        this.folder = folder;
        this.services = services;
    }

    /** Shows setup when the folder has no register yet, else the login screen. */
    public void start() {
        prepareStage();
        if (folder.hasRegister()) {
            showLogin();
        } else {
            showSetup();
        }
        stage.show();
    }

    /**
     * Straight to the main window of a register already opened (the start-time probe of the
     * benchmark, which opens it as the login screen does and warms up as the login screen does);
     * the same window, icons and close handling as after a login.
     */
    public void startOpened(OpenedRegister opened) {
        prepareStage();
        showMain(opened);
        stage.show();
    }

    private void prepareStage() {
        Theme.apply();
        // Decoding and scaling the six icons took a tenth of the window's first frame: set one frame later.
        Frames.afterNext(() -> AppIcons.addTo(stage));
        stage.setOnHidden(e -> shutdown());
        stage.setOnCloseRequest(e -> {
            if (model.isOpen()) {
                e.consume();
                closeWithBackup();
            }
        });
    }

    void showSetup() {
        SetupView view = new SetupView(services, folder, this::showRecoveryKey);
        show(view.root(), "Thiết lập sổ");
        stage.setResizable(true);
    }

    /** After setup: the recovery key, shown once, before the register opens. */
    private void showRecoveryKey(OpenedRegister opened, String key) {
        model.opened(opened);
        if (key == null) {
            showMain(opened);
            services.dialogs().showError(stage, "Sổ đã được tạo nhưng chưa tạo được mã khôi phục. "
                    + "Hãy vào Cài đặt → Bảo mật → Tạo mã khôi phục mới.");
            return;
        }
        RecoveryKeyView view = new RecoveryKeyView(key, opened.info().communeName(), services.today().get(),
                () -> showMain(opened));
        show(view.root(), "Mã khôi phục");
        view.focus();
    }

    void showLogin() {
        login = new LoginView(services, new LoginModel(folder), this::showMain);
        show(login.root(), "Mở sổ");
        login.focus();
        // While the password is typed: the main window's first build, off-screen, once per run.
        Frames.afterNext(UiWarmUp::run);
    }

    private void show(Parent root, String subtitle) {
        stage.setTitle(TITLE + " — " + subtitle);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(Theme.scene(root));
        stage.sizeToScene();
        stage.centerOnScreen();
    }

    void showMain(OpenedRegister opened) {
        this.login = null;
        main = new MainView(services, model.main(opened, services.runner()), this::afterRestore);
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
        main.startTimers(stage);
        main.focusPage();
        // The read competes for the processor with the first frame, which waits for nothing read.
        MainView shown = main;
        Frames.afterNext(() -> {
            if (main == shown) {
                shown.readAtStart();
            }
        });
    }

    /** The register was replaced by a backup (and is closed): log in again. */
    private void afterRestore() {
        if (main != null) {
            main.stopTimers();
            main = null;
        }
        model.restored();
        showLogin();
    }

    /** Backs up (reason "on close") with a small progress window, then closes whatever happened. */
    private void closeWithBackup() {
        if (closing) {
            return;
        }
        closing = true;
        if (main != null) {
            main.stopTimers();
        }
        ProgressWindow.run(services, stage, "Đang sao lưu sổ trước khi đóng…", model::backUpOnClose,
                info -> stage.close(), stage::close);
    }

    /** Closes the register; safe to call more than once. */
    public void shutdown() {
        if (main != null) {
            main.stopTimers();
        }
        if (login != null) {
            login.dispose();
        }
        model.close();
    }

    public MainView main() {
        return main;
    }
}
