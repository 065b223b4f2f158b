package vn.sotreem.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.UiServices;

/**
 * The Today page alone with its model on a real register (the seed of {@link TodayUiTest}), its
 * reads done at once: the figures, and the clock's ticks, which read only the deadlines within
 * the day and everything again past midnight.
 */
@ExtendWith(ApplicationExtension.class)
class TodayPaneUiTest {

    @TempDir
    Path dir;
    private final AtomicReference<LocalDateTime> clock = new AtomicReference<>(TodayUiTest.NOW);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Long> opened = new ArrayList<>();
    private RegisterStore store;
    private TodayView today;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        TodayUiTest.seed(folder);
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        UiServices services = UiTestSupport.sameThread(dialogs, UiTestSupport.opening(() -> null), clock.get().toLocalDate())
                .withClock(clock::get);
        today = new TodayView(services, new TodayModel(store, clock::get), opened::add, (child, onClosed) -> { });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    private static String countdown(FxRobot robot) {
        return robot.lookup(".emergency-countdown").queryAs(Labeled.class).getText();
    }

    @Test
    void theFiguresShowAtOnceAndTheClockReadsTheDeadlinesAgain(FxRobot robot) {
        UiTestSupport.mount(robot, stage, today.root());
        assertTrue(today.loading(), "Đang tải… until the first read");
        robot.interact(today::refresh);
        assertFalse(today.loading());
        assertEquals("2", UiTestSupport.text(robot, "#month_abuse"));
        assertEquals("1", UiTestSupport.text(robot, "#month_injuries"));
        assertTrue(UiTestSupport.shown(robot, "#recoveryKeyWarning"), "no recovery key yet: the administrator is told");
        assertEquals("XH-2026-001 — còn 10 giờ 0 phút để can thiệp khẩn cấp", countdown(robot));
        TableView<TodayModel.Task> tasks = robot.lookup("#taskTable").queryAs(TableView.class);
        assertEquals(2, tasks.getItems().size());

        clock.set(TodayUiTest.NOW.plusMinutes(30));
        robot.interact(today::tick);
        assertEquals("XH-2026-001 — còn 9 giờ 30 phút để can thiệp khẩn cấp", countdown(robot), "the deadlines at the new time");

        robot.interact(() -> store.accounts().regenerateRecoveryKey());
        clock.set(TodayUiTest.NOW.plusMinutes(60));
        robot.interact(today::tick);
        assertTrue(UiTestSupport.shown(robot, "#recoveryKeyWarning"), "within the day only the deadlines are read again");

        clock.set(TodayUiTest.NOW.toLocalDate().plusDays(1).atTime(0, 1));
        robot.interact(today::tick);
        assertFalse(UiTestSupport.shown(robot, "#recoveryKeyWarning"), "past midnight everything is read again");
        assertTrue(UiTestSupport.text(robot, "#dateLabel").endsWith("24/11/2026"), UiTestSupport.text(robot, "#dateLabel"));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        robot.interact(() -> tasks.getSelectionModel().select(0));
        robot.interact(() -> tasks.requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(tasks.getItems().get(0).caseId()), opened, "Enter opens the selected case");
    }
}
