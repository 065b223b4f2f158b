package vn.sotreem.ui.injury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.testfx.matcher.control.LabeledMatchers;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.shell.AppWindow;

/**
 * An injury that recorded a child's death, deleted from the list or corrected in its window: the
 * officer is asked whether the child's "Đã mất" status goes back, and the register does as told.
 */
@ExtendWith(ApplicationExtension.class)
class InjuryDeathUndoUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    private AppWindow window;
    private DataFolder folder;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Văn Núi", LocalDate.of(2016, 2, 29), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Vũ Thị Hạnh", LocalDate.of(2010, 12, 3), Sex.FEMALE, "Thôn Tây")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            for (String code : List.of("TE000001", "TE000002")) {
                long id = store.read(tx -> tx.childByCode(code).orElseThrow().getId());
                Injury drowned = Injuries.of(id, LocalDate.of(2026, 11, 2)).type(InjuryType.DROWNING)
                        .place(InjuryPlace.COMMUNITY).died().build();
                store.saveInjuries(List.of(drowned), Set.of(drowned), TODAY);
            }
        }
        UiServices standard = UiServices.standard();
        window = new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), () -> TODAY));
        window.start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static List<InjuryListModel.Row> rows(FxRobot robot) {
        return ((TableView<InjuryListModel.Row>) robot.lookup("#injuryTable").queryAs(TableView.class)).getItems();
    }

    private void openInjuryPage(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#navInjury");
        UiTestSupport.waitFor(robot, "#injuryTable");
        UiTestSupport.waitUntil(() -> rows(robot).size() == 2);
    }

    private ChildStatus statusInList(String name) {
        return window.main().children().model().all().stream().filter(c -> c.getFullName().equals(name))
                .findFirst().orElseThrow().getStatus();
    }

    @Test
    void deletingTheInjuryThatRecordedADeathGivesTheStatusBackWhenTheOfficerSaysYes(FxRobot robot) {
        openInjuryPage(robot);
        assertEquals(ChildStatus.DIED, statusInList("Lò Văn Núi"));
        robot.clickOn(robot.lookup("#injuryTable .table-cell").match(LabeledMatchers.hasText("Lò Văn Núi")).queryLabeled());
        dialogs.answer = true;
        robot.clickOn("#deleteButton");
        UiTestSupport.waitUntil(() -> rows(robot).size() == 1);
        assertEquals(2, dialogs.questions.size(), dialogs.questions.toString());
        assertTrue(dialogs.questions.get(0).startsWith("Xóa tai nạn, thương tích ngày 02/11/2026 (08 Đuối nước) của trẻ Lò Văn Núi"),
                dialogs.questions.get(0));
        assertEquals("Tai nạn này đã ghi trẻ Lò Văn Núi là \"Đã mất\" từ ngày 02/11/2026. Bỏ tình trạng \"Đã mất\" và trả lại"
                + " tình trạng trước đó (Đang sinh sống tại xã)?", dialogs.questions.get(1));
        UiTestSupport.waitUntil(() -> statusInList("Lò Văn Núi") == ChildStatus.LIVING_HERE);
        assertEquals(ChildStatus.DIED, statusInList("Vũ Thị Hạnh"), "the other child is untouched");
    }

    @Test
    void correctingTheInjuryAsksAndKeepsTheStatusWhenTheOfficerSaysNo(FxRobot robot) {
        openInjuryPage(robot);
        robot.doubleClickOn(robot.lookup("#injuryTable .table-cell").match(LabeledMatchers.hasText("Vũ Thị Hạnh")).queryLabeled());
        UiTestSupport.waitFor(robot, "#injuryTitle");
        robot.clickOn("#diedBox"); // not died after all
        dialogs.answer = false;
        robot.clickOn("#injurySaveButton");
        UiTestSupport.waitUntil(() -> rows(robot).stream().noneMatch(r -> r.injury().died() && r.child().getFullName().equals("Vũ Thị Hạnh")));
        assertEquals(List.of("Tai nạn này đã ghi trẻ Vũ Thị Hạnh là \"Đã mất\" từ ngày 02/11/2026. Bỏ tình trạng \"Đã mất\" và"
                + " trả lại tình trạng trước đó (Đang sinh sống tại xã)?\n" + InjuryDialog.KEEP_STATUS), dialogs.questions);
        assertEquals(ChildStatus.DIED, statusInList("Vũ Thị Hạnh"), "no: the status stays");

        // Corrected again, now with yes: the status goes back.
        robot.doubleClickOn(robot.lookup("#injuryTable .table-cell").match(LabeledMatchers.hasText("Lò Văn Núi")).queryLabeled());
        UiTestSupport.waitFor(robot, "#injuryTitle");
        robot.clickOn("#diedBox");
        dialogs.answer = true;
        robot.clickOn("#injurySaveButton");
        UiTestSupport.waitUntil(() -> statusInList("Lò Văn Núi") == ChildStatus.LIVING_HERE);
        assertEquals(2, dialogs.questions.size());
    }
}
