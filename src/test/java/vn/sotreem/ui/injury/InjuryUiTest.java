package vn.sotreem.ui.injury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
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
import org.testfx.matcher.control.LabeledMatchers;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** The TNTT page and the injury form on a real register: an officer records and corrects; a viewer only looks. */
@ExtendWith(ApplicationExtension.class)
class InjuryUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String VIEWER = "Người Xem";
    static final String VIEWER_PASSWORD = "mat-khau-xem-1";

    @TempDir
    Path dir;
    private AppWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        seed(folder);
        UiServices standard = UiServices.standard();
        window = new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), () -> TODAY));
        window.start();
    }

    /** Mây fell at home on 10/03/2026 and was left disabled; Núi and Hạnh have no injury; a viewer account. */
    static void seed(DataFolder folder) {
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lò Văn Núi", LocalDate.of(2016, 2, 29), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Vũ Thị Hạnh", LocalDate.of(2010, 12, 3), Sex.FEMALE, "Thôn Tây")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            long mây = store.read(tx -> tx.childByCode("TE000001").orElseThrow().getId());
            store.saveInjuries(List.of(Injuries.of(mây, LocalDate.of(2026, 3, 10)).type(InjuryType.FALL)
                    .place(InjuryPlace.HOME).disabled().treatedAt("Bệnh viện huyện")
                    .note("Gãy tay").build()), java.util.Set.of(), TODAY);
            store.accounts().add(VIEWER, Role.VIEWER, VIEWER_PASSWORD.toCharArray());
        }
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static List<InjuryListModel.Row> rows(FxRobot robot) {
        return InjuryUiTest.<InjuryListModel.Row>table(robot, "#injuryTable").getItems();
    }

    private void openInjuryPage(FxRobot robot, String user, String password) {
        UiTestSupport.login(robot, user, password);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#navInjury");
        UiTestSupport.waitFor(robot, "#injuryTable");
        UiTestSupport.waitUntil(() -> !rows(robot).isEmpty()); // the page is read off the JavaFX thread
    }

    private static void typeDate(FxRobot robot, String date) {
        DatePicker picker = robot.lookup("#datePicker").queryAs(DatePicker.class);
        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn(picker.getEditor()).write(date);
    }

    /** The count of the chart's bar for a type in a month, 0 when there is none. */
    @SuppressWarnings("unchecked")
    private static int bar(FxRobot robot, String type, String month) {
        String[] monthYear = month.split("/");
        String label = InjuryListModel.monthLabel(java.time.YearMonth.of(Integer.parseInt(monthYear[1]), Integer.parseInt(monthYear[0])));
        StackedBarChart<String, Number> chart = robot.lookup("#injuryChart").queryAs(StackedBarChart.class);
        return chart.getData().stream().filter(s -> s.getName().equals(type)).flatMap(s -> s.getData().stream())
                .filter(d -> d.getXValue().equals(label)).mapToInt(d -> d.getYValue().intValue()).sum();
    }

    @Test
    void aDeathIsAskedAboutAndNotRecordedWhenTheOfficerSaysNoThenTheInjuryIsCorrected(FxRobot robot) {
        openInjuryPage(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        assertEquals("1 trường hợp, 1 trẻ, 0 tử vong", UiTestSupport.text(robot, "#countLabel"));
        assertEquals(1, bar(robot, "01 Ngã", "03/2026"));

        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#childSearchField");
        robot.clickOn("#childSearchField").write("nui");
        robot.type(KeyCode.ENTER);
        assertEquals("Lò Văn Núi (TE000002) · sinh 29/02/2016 · Thôn Tây", UiTestSupport.text(robot, "#childLabel"));
        typeDate(robot, "02/11/2026");
        assertEquals("Lúc xảy ra trẻ 10 tuổi (nhóm 10 - 13 tuổi).", UiTestSupport.text(robot, "#ageLabel"));
        robot.interact(() -> robot.lookup("#typeBox").query().requestFocus());
        robot.write("8");
        assertEquals(InjuryType.DROWNING, robot.lookup("#typeBox").queryAs(ComboBox.class).getValue());
        robot.clickOn("#place_cong_dong");
        robot.clickOn("#diedBox");
        assertEquals("Trẻ tử vong do tai nạn nhưng trong sổ trẻ chưa được ghi là đã mất.", UiTestSupport.text(robot, "#diedMessage"));
        robot.clickOn("#treatedAtField").write("Trạm y tế xã");

        dialogs.answer = false;
        robot.clickOn("#injurySaveButton");
        UiTestSupport.waitUntil(() -> rows(robot).size() == 2);
        assertEquals(List.of("Ghi nhận trẻ Lò Văn Núi (TE000002) đã mất ngày 02/11/2026 trong sổ trẻ em?\n"
                + InjuryDialog.KEEP_CHILD), dialogs.questions);
        assertFalse(robot.lookup("#childSearchField").tryQuery().isPresent(), "the form closed");
        assertEquals("2 trường hợp, 2 trẻ, 1 tử vong", UiTestSupport.text(robot, "#countLabel"));
        assertEquals(1, bar(robot, "08 Đuối nước", "11/2026"));
        Injury saved = rows(robot).get(0).injury();
        assertEquals(Injuries.of(saved.childId(), LocalDate.of(2026, 11, 2)).id(saved.id()).type(InjuryType.DROWNING)
                .place(InjuryPlace.COMMUNITY).died().treatedAt("Trạm y tế xã").build(), saved);
        UiTestSupport.waitUntil(() -> robot.lookup("#injuryTable .table-cell").match(LabeledMatchers.hasText("08 Đuối nước"))
                .tryQuery().isPresent());

        // Opened again, the form reads the register: Núi is still alive there, the warning says so.
        robot.doubleClickOn(robot.lookup("#injuryTable .table-cell").match(LabeledMatchers.hasText("Lò Văn Núi")).queryLabeled());
        UiTestSupport.waitFor(robot, "#injuryTitle");
        assertEquals("Sửa tai nạn, thương tích", UiTestSupport.text(robot, "#injuryTitle"));
        assertEquals("Trẻ tử vong do tai nạn nhưng trong sổ trẻ chưa được ghi là đã mất.", UiTestSupport.text(robot, "#diedMessage"));
        typeDate(robot, "01/11/2026");
        robot.interact(() -> robot.lookup("#typeBox").query().requestFocus());
        robot.write("1").write("0");
        assertEquals(InjuryType.ELECTRIC_SHOCK, robot.lookup("#typeBox").queryAs(ComboBox.class).getValue());
        robot.clickOn("#diedBox");
        robot.clickOn("#disabledBox");
        robot.clickOn("#injurySaveButton");
        UiTestSupport.waitUntil(() -> rows(robot).get(0).injury().type() == InjuryType.ELECTRIC_SHOCK);
        assertEquals(1, dialogs.questions.size(), "no death, no question");
        assertEquals(2, rows(robot).size());
        Injury corrected = rows(robot).get(0).injury();
        assertEquals(saved.id(), corrected.id());
        assertEquals(LocalDate.of(2026, 11, 1), corrected.date());
        assertFalse(corrected.died());
        assertTrue(corrected.disabled());
        assertEquals("2 trường hợp, 2 trẻ, 0 tử vong", UiTestSupport.text(robot, "#countLabel"));
        assertEquals(0, bar(robot, "08 Đuối nước", "11/2026"));
        assertEquals(1, bar(robot, "10 Điện giật", "11/2026"));

        // The filters narrow the list and the chart together.
        robot.interact(() -> window.main().injury().model().outcomeProperty().set(InjuryListModel.Outcome.DISABLED));
        robot.interact(() -> window.main().injury().model().villageProperty().set("Thôn Tây"));
        assertEquals("1 trường hợp, 1 trẻ, 0 tử vong (trong số 2 trường hợp đã ghi)", UiTestSupport.text(robot, "#countLabel"));
        assertEquals(0, bar(robot, "01 Ngã", "03/2026"));

        // Deleting asks first.
        robot.clickOn(robot.lookup("#injuryTable .table-cell").match(LabeledMatchers.hasText("Lò Văn Núi")).queryLabeled());
        dialogs.answer = true;
        robot.clickOn("#deleteButton");
        UiTestSupport.waitUntil(() -> window.main().injury().model().all().size() == 1);
        assertTrue(dialogs.questions.get(1).startsWith("Xóa tai nạn, thương tích ngày 01/11/2026 (10 Điện giật) của trẻ Lò Văn Núi (TE000002)?"),
                dialogs.questions.get(1));
    }

    @Test
    void theChildsRecordCountsItsInjuriesAndRecordsADeathWhenTheOfficerSaysYes(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        openChildRecord(robot, "Lò Thị Mây");
        assertEquals("Tai nạn, thương tích: 1 lần, gần nhất ngày 10/03/2026 (01 Ngã).", UiTestSupport.text(robot, "#injuriesLabel"));
        robot.clickOn("#addInjuryLink");
        UiTestSupport.waitFor(robot, "#injuryTitle");
        assertFalse(UiTestSupport.shown(robot, "#childSearchField"), "the child is the record's");
        assertEquals("Lò Thị Mây (TE000001) · sinh 01/06/2014 · Thôn Đông", UiTestSupport.text(robot, "#childLabel"));
        typeDate(robot, "15/11/2026");
        robot.interact(() -> robot.lookup("#typeBox").query().requestFocus());
        robot.write("3");
        robot.clickOn("#place_cong_dong");
        robot.clickOn("#diedBox");
        dialogs.answer = true;
        robot.clickOn("#injurySaveButton");
        // The record closes and opens again as the register now has it.
        UiTestSupport.waitUntil(() -> robot.lookup("#statusBox").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() == ChildStatus.DIED).orElse(false));
        assertEquals(List.of("Ghi nhận trẻ Lò Thị Mây (TE000001) đã mất ngày 15/11/2026 trong sổ trẻ em?\n"
                + InjuryDialog.KEEP_CHILD), dialogs.questions);
        assertEquals("15/11/2026", robot.lookup("#statusDateField").queryTextInputControl().getText());
        waitForInjuryCount(robot);
        assertEquals("Tai nạn, thương tích: 2 lần, gần nhất ngày 15/11/2026 (03 Tai nạn giao thông).",
                UiTestSupport.text(robot, "#injuriesLabel"));
        assertEquals(ChildStatus.DIED, window.main().children().model().all().stream()
                .filter(c -> c.getFullName().equals("Lò Thị Mây")).findFirst().orElseThrow().getStatus(), "the list too");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#navInjury");
        UiTestSupport.waitUntil(() -> rows(robot).size() == 2);
        assertEquals(1, bar(robot, "03 Tai nạn giao thông", "11/2026"));
    }

    @Test
    void theQuickEntryButtonOpensTheGridForAnOfficer(FxRobot robot) {
        openInjuryPage(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        robot.clickOn("#quickEntryButton");
        UiTestSupport.waitFor(robot, "#grid");
        assertTrue(robot.lookup("#grid").queryAs(javafx.scene.control.TableView.class).getItems().size() >= 10,
                "the grid starts with empty rows to type into");
    }

    @Test
    void aViewerSeesTheInjuriesButCannotAddChangeOrDelete(FxRobot robot) {
        openInjuryPage(robot, VIEWER, VIEWER_PASSWORD);
        assertEquals(1, rows(robot).size());
        assertTrue(UiTestSupport.shown(robot, "#viewerNote"));
        for (String button : List.of("#addButton", "#quickEntryButton", "#deleteButton")) {
            assertFalse(UiTestSupport.shown(robot, button), button);
        }
        robot.push(KeyCode.CONTROL, KeyCode.N);
        assertFalse(robot.lookup("#injuryTitle").tryQuery().isPresent());
        assertFalse(robot.lookup("#fullNameField").tryQuery().isPresent());

        robot.doubleClickOn(robot.lookup("#injuryTable .table-cell").match(LabeledMatchers.hasText("Lò Thị Mây")).queryLabeled());
        UiTestSupport.waitFor(robot, "#injuryTitle");
        assertEquals("Xem tai nạn, thương tích", UiTestSupport.text(robot, "#injuryTitle"));
        assertFalse(UiTestSupport.shown(robot, "#injurySaveButton"));
        assertTrue(robot.lookup("#diedBox").query().isDisabled());
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#navChildren");
        openChildRecord(robot, "Lò Thị Mây");
        assertEquals("Tai nạn, thương tích: 1 lần, gần nhất ngày 10/03/2026 (01 Ngã).", UiTestSupport.text(robot, "#injuriesLabel"));
        assertFalse(robot.lookup("#addInjuryLink").tryQuery().isPresent());
    }

    /** The child's record reads its injury count off the JavaFX thread. */
    private static void waitForInjuryCount(FxRobot robot) {
        UiTestSupport.waitUntil(() -> robot.lookup("#injuriesLabel").tryQuery()
                .map(n -> !((javafx.scene.control.Label) n).getText().isEmpty()).orElse(false));
    }

    private static void openChildRecord(FxRobot robot, String name) {
        UiTestSupport.waitUntil(() -> robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText(name))
                .tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText(name)).queryLabeled());
        UiTestSupport.waitFor(robot, "#injuriesLabel");
        waitForInjuryCount(robot);
    }
}
