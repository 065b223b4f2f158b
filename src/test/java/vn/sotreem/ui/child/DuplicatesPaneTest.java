package vn.sotreem.ui.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.child.Child;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;

/**
 * The duplicates queue mounted alone with its model on the register of {@link DuplicatesUiTest}
 * (no login, no children list): the pair side by side, what is linked to each record, and the
 * officer's decisions written through the same-thread runner.
 */
@ExtendWith(ApplicationExtension.class)
class DuplicatesPaneTest {

    @TempDir
    Path dir;
    private RegisterStore store;
    private DuplicatesModel model;
    private int changes;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        DuplicatesUiTest.seed(folder);
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        model = new DuplicatesModel(store);
        UiServices services = new UiServices(dialogs, UiTestSupport.opening(() -> null), BackgroundRunner.SAME_THREAD,
                () -> DuplicatesUiTest.TODAY);
        DuplicatesView view = new DuplicatesView(services, model, () -> changes++);
        view.fill(model.waitingPairs(), 0);
        stage.setScene(Theme.scene(view.root()));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void thePairIsComparedFieldByFieldWithWhatIsLinkedToEachRecord(FxRobot robot) {
        assertEquals(1, robot.lookup("#pairList").queryListView().getItems().size());
        assertTrue(robot.lookup("#older_thon").queryAs(RadioButton.class).isSelected(), "the older record's value first");
        assertEquals("Thôn Tây", robot.lookup("#newer_thon").queryAs(RadioButton.class).getText());
        assertEquals(2, robot.lookup(".label").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("0 đợt HCĐB, 0 trợ giúp, 0 tai nạn, 0 vụ việc xâm hại"))
                .queryAll().size(), "both records, nothing linked yet");
        assertTrue(UiTestSupport.text(robot, "#message").startsWith("Nghi trùng vì "), UiTestSupport.text(robot, "#message"));
    }

    @Test
    void notADuplicateIsWrittenAndThePairLeavesTheQueue(FxRobot robot) {
        robot.clickOn("#notDuplicateButton");
        assertEquals(List.of(), robot.lookup("#pairList").queryListView().getItems());
        assertEquals(1, changes, "the children list is told");
        assertEquals(0, model.waitingCount());
        assertEquals(3, store.allChildren().size(), "both records kept");
        assertTrue(UiTestSupport.text(robot, "#message").startsWith("Đã ghi: TE000001 và TE000002 là hai trẻ khác nhau"),
                UiTestSupport.text(robot, "#message"));
    }

    @Test
    void mergingKeepsTheChosenValueInTheOlderRecord(FxRobot robot) {
        robot.clickOn("#newer_thon");
        robot.clickOn("#mergeButton");
        assertEquals(1, dialogs.questions.size(), "asked first");
        Child mây = store.read(tx -> tx.childByCode("TE000001").orElseThrow());
        assertEquals("Thôn Tây", mây.getVillage());
        assertEquals(2, store.allChildren().size());
        assertEquals(List.of(), robot.lookup("#pairList").queryListView().getItems());
    }
}
