package vn.sotreem.ui.hcdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
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
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;

/**
 * The HCĐB tab of one child's record and the HCĐB page, each mounted alone with its model on the
 * register of {@link HcdbUiTest} (no login, no main window); reads and writes run at once on the
 * FX thread through the same-thread runner.
 */
@ExtendWith(ApplicationExtension.class)
class HcdbPanesTest {

    @TempDir
    Path dir;
    private RegisterStore store;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private UiServices services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        HcdbUiTest.seed(folder);
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        services = new UiServices(dialogs, UiTestSupport.opening(() -> null), BackgroundRunner.SAME_THREAD,
                () -> HcdbUiTest.TODAY);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    private void mount(FxRobot robot, Parent root) {
        robot.interact(() -> {
            stage.setScene(Theme.scene(root));
            stage.show();
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void theChildsTabShowsItsMembershipAndASupportAddedThereIsWrittenAndShown(FxRobot robot) {
        Child hòa = store.read(tx -> tx.childByCode("TE000002").orElseThrow());
        ChildHcdbModel model = new ChildHcdbModel(store);
        ChildHcdbPane pane = onFx(() -> new ChildHcdbPane(services, model, hòa, model.history(hòa), false, () -> { }));
        mount(robot, pane.root());
        TableView<Membership> memberships = table(robot, "#membershipTable");
        assertEquals(1, memberships.getItems().size());
        assertEquals(HcdbGroup.ORPHAN, memberships.getItems().get(0).group());
        assertEquals(List.of(), table(robot, "#supportTable").getItems());

        robot.clickOn("#addSupportButton");
        UiTestSupport.waitFor(robot, "#supportTypeBox");
        robot.interact(() -> {
            robot.lookup("#supportDateField").queryTextInputControl().setText("10/03/2025");
            HcdbPanesTest.<SupportType>combo(robot, "#supportTypeBox").setValue(SupportType.SOCIAL_ALLOWANCE);
            robot.lookup("#amountField").queryTextInputControl().setText("1.500.000");
        });
        robot.clickOn("#dialogSave");
        assertTrue(robot.lookup("#supportTypeBox").tryQuery().isEmpty(), "the dialog closed once the tab showed the support");
        TableView<Support> supports = table(robot, "#supportTable");
        assertEquals(1, supports.getItems().size());
        assertEquals(1_500_000L, supports.getItems().get(0).amount());
        assertEquals(List.of(1_500_000L), store.read(tx -> tx.supports(hòa.getId())).stream().map(Support::amount).toList());
    }

    @Test
    void thePageListsTheChildrenInAGroupOnItsDateWithTheCountsPerGroup(FxRobot robot) {
        HcdbView page = onFx(() -> new HcdbView(services, new HcdbModel(store), (child, closed) -> { }));
        mount(robot, page.root());
        robot.interact(page::refresh);
        List<String> names = this.<HcdbListModel.Row>table(robot, "#hcdbTable").getItems().stream()
                .map(r -> r.child().getFullName()).toList();
        assertEquals(List.of("Phạm Văn Bình", "Nguyễn Văn Đức", "Lê Văn Hòa"), names);
        assertEquals("a: 2", UiTestSupport.text(robot, "#count_ORPHAN"));
        assertEquals("d: 0", UiTestSupport.text(robot, "#count_DISABLED"));
        assertEquals(List.of(), dialogs.errors);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> make) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(make).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
