package vn.sotreem.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import vn.sotreem.cli.SoTreEmCommand;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.SoTreEmApp;

/**
 * The jar's main class. Without a sub-command it opens the window (optionally on {@code --data
 * DIR}); with one it runs the command line without starting JavaFX. Not a subclass of
 * {@code Application}, so the JavaFX jars can sit on the plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<DataFolder> window = windowFolder(args);
        if (window.isPresent()) {
            SoTreEmApp.launchWith(window.get());
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(SoTreEmCommand.run(args, System.getenv(), Clock.systemDefaultZone(), out, err));
    }

    /** The folder to open in the window, or empty when the arguments ask for the command line. */
    static Optional<DataFolder> windowFolder(String[] args) {
        if (args.length == 0) {
            return Optional.of(DataFolder.defaultLocation());
        }
        if (args.length == 2 && args[0].equals("--data")) {
            return Optional.of(new DataFolder(Path.of(args[1])));
        }
        if (args.length == 1 && args[0].startsWith("--data=")) {
            return Optional.of(new DataFolder(Path.of(args[0].substring("--data=".length()))));
        }
        return Optional.empty();
    }
}
