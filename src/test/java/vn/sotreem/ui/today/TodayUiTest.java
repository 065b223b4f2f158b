package vn.sotreem.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.ManualIdleTimer;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** The Today page, the first after login, on a real register at a set time. */
@ExtendWith(ApplicationExtension.class)
class TodayUiTest {

    /** Monday 23/11/2026, 10:00. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final String VIEWER = "Người Xem";
    static final String VIEWER_PASSWORD = "mat-khau-xem-1";

    @TempDir
    Path dir;
    private AppWindow window;
    private final ManualIdleTimer timer = new ManualIdleTimer();

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        seed(folder);
        UiServices standard = UiServices.standard();
        UiServices services = new UiServices(new RecordingDialogs(), standard.files(), standard.runner(), standard.today())
                .withClock(() -> NOW).withIdleTimers(() -> timer);
        window = new AppWindow(stage, folder, services);
        window.start();
    }

    /**
     * XH-2026-001 received two hours ago, marked an emergency; XH-2026-002 received on Tuesday
     * 17/11, its plan due in 5 working days: tomorrow; Vũ Thị Hạnh turns 16 in 10 days, in group a.
     */
    static void seed(DataFolder folder) {
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lò Văn Núi", LocalDate.of(2016, 2, 29), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Vũ Thị Hạnh", NOW.toLocalDate().plusDays(10).minusYears(16), Sex.FEMALE, "Thôn Tây")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            LocalDate today = NOW.toLocalDate();
            store.write(tx -> {
                AbuseCase emergency = AbuseCases.simple("XH-2026-001", tx.childByCode("TE000001").orElseThrow().getId(),
                        today, NOW.minusHours(2).toLocalTime());
                emergency.setMarkedEmergency(true);
                tx.saveAbuseCase(emergency, today);
                tx.saveAbuseCase(AbuseCases.simple("XH-2026-002", tx.childByCode("TE000002").orElseThrow().getId(),
                        LocalDate.of(2026, 11, 17), java.time.LocalTime.of(9, 0)), today);
                tx.saveMembership(Memberships.of(tx.childByCode("TE000003").orElseThrow().getId(), HcdbGroup.ORPHAN, LocalDate.of(2020, 1, 1))
                        .basis("Quyết định của UBND xã").build(), today);
                tx.saveInjury(Injuries.of(tx.childByCode("TE000002").orElseThrow().getId(), LocalDate.of(2026, 11, 2))
                        .type(InjuryType.FALL).place(InjuryPlace.SCHOOL).build(), false, today);
                return null;
            });
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

    private static List<String> taskRows(FxRobot robot) {
        return TodayUiTest.<TodayModel.Task>table(robot, "#taskTable").getItems().stream()
                .map(t -> String.join(" | ", t.caseCode(), t.children(), t.dueText(), t.stateText(), t.remaining()))
                .toList();
    }

    /** Logs in and waits until the main window is in place (it is resized and centred after the login screen). */
    private void logIn(FxRobot robot, String user, String password) {
        UiTestSupport.login(robot, user, password);
        UiTestSupport.waitFor(robot, "#taskTable");
        UiTestSupport.waitUntil(() -> window.main() != null && window.main().today().clockRunning());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** A table cell on screen with the text, once the table has laid its rows out (not the hidden measuring cell). */
    private static Labeled cell(FxRobot robot, String table, String text) {
        org.hamcrest.Matcher<javafx.scene.Node> onScreen = new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(javafx.scene.Node node) {
                return UiTestSupport.shown(node) && text.equals(((Labeled) node).getText());
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a shown cell with text " + text);
            }
        };
        UiTestSupport.waitUntil(() -> robot.lookup(table + " .table-cell").match(onScreen).tryQuery().isPresent());
        return robot.lookup(table + " .table-cell").match(onScreen).queryLabeled();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void afterLoginTheTodayPageShowsWhatIsDueTheEmergencyClockAndWhoTurnsSixteen(FxRobot robot) {
        logIn(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        assertTrue(robot.lookup("#navToday").queryAs(ToggleButton.class).isSelected(), "Hôm nay is the first page");
        assertTrue(UiTestSupport.shown(robot, "#recoveryKeyWarning"), "this register has no recovery key: the administrator is told");

        assertEquals(List.of(
                "XH-2026-001 | Lò Thị Mây | 23/11/2026 20:00 | Sắp đến hạn | còn 10 giờ 0 phút",
                "XH-2026-002 | Lò Văn Núi | 24/11/2026 | Sắp đến hạn | còn 1 ngày 13 giờ"), taskRows(robot));
        assertTrue(cell(robot, "#taskTable", "Sắp đến hạn").getStyleClass().contains("state-due-soon"), "in amber");
        Labeled countdown = robot.lookup(".emergency-countdown").queryAs(Labeled.class);
        assertEquals("XH-2026-001 — còn 10 giờ 0 phút để can thiệp khẩn cấp", countdown.getText());
        assertTrue(UiTestSupport.shown(countdown));

        List<TodayModel.TurningSixteen> turning = TodayUiTest.<TodayModel.TurningSixteen>table(robot, "#turningTable").getItems();
        assertEquals(1, turning.size());
        assertEquals("Vũ Thị Hạnh", turning.get(0).child().getFullName());
        assertEquals(LocalDate.of(2026, 12, 3), turning.get(0).sixteenth());
        assertEquals(1, turning.get(0).openMemberships());
        cell(robot, "#turningTable", "03/12/2026");

        assertEquals("Trong tháng 11/2026", text(robot, "#monthTitle"));
        assertEquals("2", text(robot, "#month_abuse"));
        assertEquals("0", text(robot, "#month_memberships"), "group a since 2020");
        assertEquals("1", text(robot, "#month_injuries"));

        // A row opens its case on the Xâm hại page: by double-click, or Enter.
        robot.doubleClickOn(cell(robot, "#taskTable", "XH-2026-002"));
        UiTestSupport.waitFor(robot, "#caseTitle");
        assertEquals("Vụ việc XH-2026-002", UiTestSupport.text(robot, "#caseTitle"));
        assertTrue(robot.lookup("#navAbuse").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.ESCAPE);
        UiTestSupport.waitUntil(() -> robot.lookup("#caseTitle").tryQuery().isEmpty());
        robot.clickOn("#navToday");
        UiTestSupport.waitFor(robot, "#taskTable");
        robot.clickOn(cell(robot, "#taskTable", "XH-2026-001"));
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitFor(robot, "#caseTitle");
        assertEquals("Vụ việc XH-2026-001", UiTestSupport.text(robot, "#caseTitle"));

        // A child turning 16 opens its record over the main window (which the idle lock hides with what it owns).
        robot.type(KeyCode.ESCAPE);
        UiTestSupport.waitUntil(() -> robot.lookup("#caseTitle").tryQuery().isEmpty());
        robot.clickOn("#navToday");
        robot.doubleClickOn(cell(robot, "#turningTable", "Vũ Thị Hạnh"));
        UiTestSupport.waitFor(robot, "#formTabs");
        javafx.stage.Window record = robot.lookup("#formTabs").query().getScene().getWindow();
        javafx.stage.Window main = robot.lookup("#navToday").query().getScene().getWindow();
        assertEquals(main, ((javafx.stage.Stage) record).getOwner(), "the record is owned by the main window");
    }

    @Test
    void theClockStopsWhileLockedAndRunsAgainAfterUnlocking(FxRobot robot) {
        logIn(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        TodayView today = window.main().today();
        robot.interact(timer::fire);
        UiTestSupport.waitFor(robot, "#unlockPasswordField");
        assertFalse(today.clockRunning(), "nothing is read from the register behind the lock");
        robot.interact(() -> robot.lookup("#unlockPasswordField").queryTextInputControl().setText(UiTestSupport.PASSWORD));
        robot.clickOn("#unlockButton");
        UiTestSupport.waitUntil(today::clockRunning);
        assertFalse(UiTestSupport.shown(robot, "#unlockPasswordField"));
    }

    @Test
    void aViewerFollowsTheDeadlinesWithoutNamesAndCannotOpenCases(FxRobot robot) {
        logIn(robot, VIEWER, VIEWER_PASSWORD);
        assertEquals(List.of(
                "XH-2026-001 | " + AbuseCaseSummary.MASK + " | 23/11/2026 20:00 | Sắp đến hạn | còn 10 giờ 0 phút",
                "XH-2026-002 | " + AbuseCaseSummary.MASK + " | 24/11/2026 | Sắp đến hạn | còn 1 ngày 13 giờ"), taskRows(robot));
        assertTrue(UiTestSupport.shown(robot, "#todayViewerNote"));
        assertFalse(robot.lookup(".emergency-card .button").tryQuery().isPresent(), "no way to open the case");
        assertTrue(UiTestSupport.shown(robot, ".emergency-countdown"), "the clock still shows");

        robot.doubleClickOn(cell(robot, "#taskTable", "XH-2026-002"));
        assertEquals(1, robot.lookup("#taskTable").queryTableView().getSelectionModel().getSelectedIndex(), "the row was hit");
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#navToday").queryAs(ToggleButton.class).isSelected(), "still on the Today page");
    }
}
