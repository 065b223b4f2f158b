package vn.sotreem.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.settings.RecoveryKeyView;
import vn.sotreem.ui.UiTestSupport;

/**
 * Not a test: the child process of {@link NoSystemFontsTest}. Opens the first-start window and the
 * recovery-key screen, prints each one's font families ("setup: [Noto Sans]"), saves a snapshot
 * of each in the folder given second (for a person to look at) and exits; a JavaFX failure exits
 * with 1.
 */
final class NoSystemFontsWindows {

    private NoSystemFontsWindows() {
    }

    public static void main(String[] args) {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        Path shots = Path.of(args[1]);
        CompletableFuture<List<String>> lines = new CompletableFuture<>();
        try {
            Platform.startup(() -> {
                try {
                    lines.complete(showWindows(folder, shots));
                } catch (Throwable e) {
                    lines.completeExceptionally(e);
                }
            });
            lines.get(60, TimeUnit.SECONDS).forEach(System.out::println);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static List<String> showWindows(DataFolder folder, Path shots) {
        List<String> lines = new ArrayList<>();
        Stage main = new Stage();
        new AppWindow(main, folder, UiServices.standard()).start();
        lines.add("setup: " + families(main.getScene().getRoot()));
        UiTestSupport.writePng(main.getScene().snapshot(null), shots.resolve("setup.png"));

        RecoveryKeyView key = new RecoveryKeyView("ABCDE-FGHJK-MNPQR-TUVWX-Y3467", "Phường Ba Đình",
                LocalDate.of(2026, 1, 2), () -> { });
        Stage keyWindow = new Stage();
        keyWindow.setScene(Theme.scene(key.root()));
        keyWindow.show();
        lines.add("recovery key: " + families(key.root()));
        UiTestSupport.writePng(keyWindow.getScene().snapshot(null), shots.resolve("recovery-key.png"));
        return lines;
    }

    private static String families(Parent root) {
        root.applyCss();
        return UiTestSupport.fontFamilies(root).toString();
    }
}
