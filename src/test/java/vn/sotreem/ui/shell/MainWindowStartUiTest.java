package vn.sotreem.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.child.ChildrenModel;
import vn.sotreem.ui.common.LoadingPane;
import vn.sotreem.ui.common.ProgressTask;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.today.TodayView;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/**
 * The main window's first frame waits for nothing but the Today page: the register's children and
 * the day's figures are read in the background behind "Đang tải…", the other pages are built on
 * their first visit.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowStartUiTest {

    @TempDir
    Path dir;
    private final HoldingRunner runner = new HoldingRunner();
    private AppWindow window;

    /** Runs tasks on their own thread, except the main window's start read (by its name), held until {@link #release}. */
    static final class HoldingRunner implements BackgroundRunner {
        private final List<Task<?>> held = new ArrayList<>();
        private final List<String> started = new ArrayList<>();

        @Override
        public synchronized void start(Task<?> task) {
            String name = task instanceof ProgressTask<?> work ? work.name() : null;
            started.add(name);
            if (MainModel.START_READ.equals(name)) {
                held.add(task);
            } else {
                run(task);
            }
        }

        synchronized boolean holding() {
            return !held.isEmpty();
        }

        synchronized boolean started(String taskName) {
            return started.contains(taskName);
        }

        synchronized void release() {
            held.forEach(HoldingRunner::run);
            held.clear();
        }

        private static void run(Task<?> task) {
            Thread thread = new Thread(task, "test-work");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mây", LocalDate.of(2015, 3, 2), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Vàng A Páo", LocalDate.of(2016, 7, 9), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Nguyễn Văn An", LocalDate.of(2019, 1, 20), Sex.MALE, "Thôn Đông")));
        UiServices standard = UiServices.standard();
        window = new AppWindow(stage, folder, new UiServices(new RecordingDialogs(), standard.files(), runner, standard.today()));
        window.start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowShowsAtOnceAndFillsItsPagesFromOneBackgroundRead(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.waitUntil(() -> UiTestSupport.shown(robot, "#navToday") && runner.holding());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(UiTestSupport.shown(robot, "." + LoadingPane.STYLE_CLASS), "Đang tải… while the register is read");
        assertEquals(LoadingPane.TEXT, UiTestSupport.text(robot, "." + LoadingPane.STYLE_CLASS));
        assertFalse(UiTestSupport.shown(robot, "#taskTable"), "no empty figures pretending to be the day's");
        assertTrue(robot.lookup("#month_abuse").tryQuery().isEmpty());
        assertEquals(1, window.main().pagesBuilt(), "only Today; the other pages are built on their first visit");
        assertTrue(robot.lookup("#lockOverlay").tryQuery().isEmpty(), "the idle lock's overlay is built when it first closes");

        runner.release();
        UiTestSupport.waitFor(robot, "#taskTable");
        assertEquals("0", UiTestSupport.text(robot, "#month_abuse"));
        assertTrue(UiTestSupport.text(robot, "#dateLabel").endsWith(DateText.format(LocalDate.now())), "the day's figures shown");
        assertFalse(UiTestSupport.shown(robot, "." + LoadingPane.STYLE_CLASS));
        javafx.scene.Node tasks = robot.lookup("#taskTable").query();
        UiTestSupport.waitUntil(() -> tasks.getScene().getFocusOwner() == tasks);
        assertEquals(tasks, tasks.getScene().getFocusOwner(), "Enter opens a case at once, as the page was asked to at login");

        robot.clickOn("#navChildren");
        UiTestSupport.waitFor(robot, "#childTable");
        TableView<?> table = robot.lookup("#childTable").queryTableView();
        assertEquals(3, table.getItems().size(), "the children read at start, shared with the list");
        assertTrue(runner.started(MainModel.START_READ));
        assertFalse(runner.started(ChildrenModel.READ_ALL), "no second read of the children for the list");
        assertEquals(2, window.main().pagesBuilt());

        robot.clickOn("#navReports");
        UiTestSupport.waitFor(robot, "#kindBox");
        assertEquals(3, window.main().pagesBuilt());
    }

    @Test
    void aPageStillLoadingIsNotInTheSceneUntilAttachedOrFilled(FxRobot robot) {
        Label content = new Label("nội dung");
        LoadingPane pane = onFx(() -> new LoadingPane(content));
        assertEquals(null, content.getParent(), "nothing of the page is styled before the first frame");
        assertTrue(pane.isLoading());

        robot.interact(pane::attach);
        assertEquals(pane.root(), content.getParent());
        assertFalse(content.isVisible(), "attached while loading: styled, still hidden");
        assertTrue(pane.isLoading());

        LoadingPane filledAtOnce = onFx(() -> new LoadingPane(new Label("khác")));
        robot.interact(() -> filledAtOnce.setLoading(false));
        assertFalse(filledAtOnce.isLoading());
        assertEquals(2, filledAtOnce.root().getChildrenUnmodifiable().size(), "the page joins when filled");
        assertTrue(filledAtOnce.root().getChildrenUnmodifiable().get(0).isVisible());
    }

    @Test
    void ctrlFWhileTheListIsStillReadPutsTheKeyboardInItsSearchOnceFilled(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.waitUntil(() -> UiTestSupport.shown(robot, "#navToday") && runner.holding());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#navChildren").queryAs(ToggleButton.class).isSelected());
        assertTrue(UiTestSupport.shown(robot, "." + LoadingPane.STYLE_CLASS), "the list is still being read");

        // The field joins the window in the same event that focuses it: it must be able to take keys
        // at once (have its skin), or a key typed before the next frame is lost (seen: "ao" for "pao").
        List<Boolean> readyWhenFocused = new ArrayList<>();
        Scene scene = robot.lookup("#navToday").query().getScene();
        robot.interact(() -> scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now instanceof TextField field && "searchField".equals(field.getId())) {
                readyWhenFocused.add(field.getSkin() != null);
            }
        }));
        runner.release();
        UiTestSupport.waitFor(robot, "#childTable");
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        UiTestSupport.waitUntil(() -> search.getScene().getFocusOwner() == search);
        assertEquals(List.of(true), readyWhenFocused, "the search field had its skin when it got the keyboard");
        robot.write("pao");
        UiTestSupport.waitUntil(() -> robot.lookup("#childTable").queryTableView().getItems().size() == 1,
                () -> "(search \"" + search.getText() + "\", focus " + search.getScene().getFocusOwner()
                        + ", window focused " + search.getScene().getWindow().isFocused() + ", "
                        + robot.lookup("#childTable").queryTableView().getItems().size() + " rows)");
        assertEquals(1, robot.lookup("#childTable").queryTableView().getItems().size(), "typed into the search");
    }

    @Test
    void aFailedFirstReadSaysSoInsteadOfShowingAnEmptyPage(FxRobot robot) {
        Label content = new Label("trang");
        LoadingPane pane = onFx(() -> new LoadingPane(content));
        robot.interact(pane::attach); // the Today page joins, hidden, when the start read begins
        robot.interact(() -> pane.showFailure(TodayView.READ_FAILED));
        assertEquals(TodayView.READ_FAILED, ((Label) pane.root().lookup("." + LoadingPane.STYLE_CLASS)).getText());
        assertTrue(pane.failed());
        assertFalse(content.isVisible(), "no empty page under the message");

        robot.interact(() -> pane.setLoading(true)); // read again
        assertEquals(LoadingPane.TEXT, ((Label) pane.root().lookup("." + LoadingPane.STYLE_CLASS)).getText());
        assertFalse(pane.failed());
        robot.interact(() -> pane.setLoading(false));
        assertTrue(content.isVisible());
    }

    @Test
    void aPageBuiltOnDemandIsBuiltOnceWhenItJoinsTheWindow(FxRobot robot) {
        int[] builds = new int[1];
        LoadingPane pane = onFx(() -> new LoadingPane(() -> {
            builds[0]++;
            return new Label("trang");
        }));
        robot.interact(() -> pane.setLoading(true));
        assertEquals(0, builds[0], "the Today page is not built before the window's first frame");

        robot.interact(pane::attach);
        assertEquals(1, builds[0]);
        assertFalse(pane.root().getChildrenUnmodifiable().get(0).isVisible(), "built while loading: hidden");
        robot.interact(() -> pane.setLoading(false));
        assertEquals(1, builds[0], "built once");
        assertTrue(pane.root().getChildrenUnmodifiable().get(0).isVisible());
    }

    @Test
    void theMainWindowsFrameIsBuiltOffScreenWithTheStandInController(FxRobot robot) {
        // MainView.fxml must stay loadable without its controller (no handlers): the login screen's warm-up loads it so.
        javafx.scene.Parent frame = onFx(UiWarmUp::buildFrameOffScreen);
        assertTrue(frame.lookup("#navToday") != null && frame.lookup("." + LoadingPane.STYLE_CLASS) != null);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
