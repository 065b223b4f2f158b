package vn.sotreem.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import javafx.stage.Stage;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.Dialogs;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.common.LoadingPane;

/** Shared steps of the UI tests. */
public final class UiTestSupport {

    public static final String PASSWORD = "mat-khau-dai-1";
    public static final RegisterInfo INFO = new RegisterInfo("00004", "Phường Ba Đình", "01", "Thành phố Hà Nội", "Nguyễn Thị Lan");

    private UiTestSupport() {
    }

    /** A register with two villages and the given children, closed again. */
    public static void createRegister(DataFolder folder, List<Child> children) {
        try (RegisterStore store = RegisterStore.create(folder, INFO, PASSWORD.toCharArray(), List.of("Thôn Đông", "Thôn Tây"))) {
            children.forEach(store::saveChild);
        }
    }

    /**
     * The services for one pane mounted alone on a real register: the given dialogs and files, the
     * work of every {@link vn.sotreem.ui.common.BackgroundTask} done at once on the calling thread
     * (its handlers too), and {@code today} as the date.
     */
    public static UiServices sameThread(Dialogs dialogs, FilePicker files, LocalDate today) {
        return new UiServices(dialogs, files, BackgroundRunner.SAME_THREAD, () -> today);
    }

    /** Shows {@code pane} alone in the test's stage, with the application's theme. */
    public static void mount(FxRobot robot, Stage stage, Parent pane) {
        robot.interact(() -> {
            Theme.apply();
            stage.setScene(Theme.scene(pane, 1000, 700));
            stage.show();
        });
    }

    /** A file picker that opens {@code file} (null: the officer cancelled) and saves nothing. */
    public static FilePicker opening(Supplier<java.nio.file.Path> file) {
        return new FilePicker() {
            @Override
            public java.util.Optional<java.nio.file.Path> workbookToOpen(javafx.stage.Window owner) {
                return java.util.Optional.ofNullable(file.get());
            }

            @Override
            public java.util.Optional<java.nio.file.Path> workbookToSave(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.empty();
            }
        };
    }

    public static Child child(String name, LocalDate birth, Sex sex, String village) {
        Child c = new Child();
        c.setFullName(name);
        c.setBirthDate(birth);
        c.setSex(sex);
        c.setVillage(village);
        return c;
    }

    public static void waitUntil(Supplier<Boolean> condition) {
        waitUntil(condition, () -> "");
    }

    /** {@link #waitUntil(Supplier)}, saying what was there instead when the time is up. */
    public static void waitUntil(Supplier<Boolean> condition, Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s " + state.get(), e);
        }
    }

    /** Waits until the node shows and no page still says "Đang tải…" (pages read the register in the background). */
    public static void waitFor(FxRobot robot, String query) {
        waitUntil(() -> shown(robot, query) && !shown(robot, "." + LoadingPane.STYLE_CLASS));
    }

    /** True when the node and all its parents are visible, in a window that is showing. */
    public static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(UiTestSupport::shown).orElse(false);
    }

    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    /**
     * Scrolls the nearest scroll pane around the node so that the node is in view (TestFX clicks
     * where the node is on screen, and a form can be taller than its window).
     */
    public static void reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, (at.getMinY() - 60) / hidden)));
            }
        });
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Chooses the user on the login screen, types the password and presses Enter. */
    public static void login(FxRobot robot, String user, String password) {
        waitFor(robot, "#passwordField");
        robot.interact(() -> robot.lookup("#userPicker").queryComboBox().getSelectionModel().select(user));
        login(robot, password);
    }

    /** The Today page shows after login: this goes on to the children list. */
    public static void openChildren(FxRobot robot) {
        waitFor(robot, "#navChildren");
        WaitForAsyncUtils.waitForFxEvents(); // the main window is resized and centred after the login screen
        robot.clickOn("#navChildren");
        waitFor(robot, "#childTable");
    }

    /** Picks a village in the child form's village box. */
    public static void chooseVillage(FxRobot robot, String village) {
        robot.clickOn("#villageBox");
        robot.clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(village)).queryLabeled());
    }

    /** Types the password on the login screen (for the preselected user) and presses Enter. */
    public static void login(FxRobot robot, String password) {
        waitFor(robot, "#passwordField");
        robot.interact(() -> robot.lookup("#passwordField").queryTextInputControl().setText(password));
        robot.clickOn("#passwordField");
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }

    /** The font families of every text in the tree. */
    public static Set<String> fontFamilies(Parent root) {
        Set<String> families = new TreeSet<>();
        collectFontFamilies(root, families);
        return families;
    }

    private static void collectFontFamilies(Node node, Set<String> families) {
        Font font = null;
        if (node instanceof Labeled labeled) {
            font = labeled.getFont();
        } else if (node instanceof TextInputControl input) {
            font = input.getFont();
        } else if (node instanceof Text text) {
            font = text.getFont();
        }
        if (font != null) {
            families.add(font.getFamily());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectFontFamilies(child, families));
        }
    }

    /** Saves a snapshot as a PNG, making the folder if needed. */
    public static void writePng(WritableImage image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
