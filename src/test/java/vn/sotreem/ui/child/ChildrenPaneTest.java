package vn.sotreem.ui.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
import vn.sotreem.domain.child.Child;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;

/**
 * The children list mounted alone with its model on the register of {@link DuplicatesUiTest}
 * (three children, one waiting pair), read through the same-thread runner.
 */
@ExtendWith(ApplicationExtension.class)
class ChildrenPaneTest {

    @TempDir
    Path dir;
    private RegisterStore store;
    private ChildrenView list;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        DuplicatesUiTest.seed(folder);
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        UiServices services = new UiServices(dialogs, UiTestSupport.opening(() -> null), BackgroundRunner.SAME_THREAD,
                () -> DuplicatesUiTest.TODAY);
        list = new ChildrenView(services, new ChildrenModel(store));
        stage.setScene(Theme.scene(list.root()));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownNames(FxRobot robot) {
        return ((TableView<Child>) robot.lookup("#childTable").queryAs(TableView.class)).getItems().stream()
                .map(Child::getFullName).toList();
    }

    @Test
    void theRegistersChildrenAreListedInNameOrderWithTheWaitingPairs(FxRobot robot) {
        assertTrue(list.loading(), "Đang tải… until read");
        robot.interact(() -> list.loadInBackground());
        assertFalse(list.loading());
        assertEquals(List.of("Nguyễn Văn Đức", "Lo Thi May", "Lò Thị Mây"), shownNames(robot), "by given name first");
        assertEquals("Có thể trùng (1)", UiTestSupport.text(robot, "#duplicatesButton"));
        assertTrue(UiTestSupport.shown(robot, "#duplicatesButton"));
        robot.interact(() -> robot.lookup("#searchField").queryTextInputControl().setText("duc"));
        assertEquals(List.of("Nguyễn Văn Đức"), shownNames(robot));
    }

    @Test
    void childrenReadAtStartAreShownWithoutReadingThemAgain(FxRobot robot) {
        Child đức = store.read(tx -> tx.childByCode("TE000003").orElseThrow());
        robot.interact(() -> list.show(List.of(đức)));
        assertFalse(list.loading());
        assertEquals(List.of("Nguyễn Văn Đức"), shownNames(robot), "what the start read gave, not the register's three");
        assertEquals("Có thể trùng (1)", UiTestSupport.text(robot, "#duplicatesButton"), "the waiting pairs are read");
        assertEquals(List.of(), dialogs.errors);
    }
}
