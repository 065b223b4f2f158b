package vn.sotreem.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
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
import vn.sotreem.domain.calendar.AnnouncedDay;
import vn.sotreem.domain.calendar.AnnouncedDayKind;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.ManualIdleTimer;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Settings, "Lịch ngày làm việc": the year's holidays, and an announced day off that stays after reopening. */
@ExtendWith(ApplicationExtension.class)
class WorkingCalendarUiTest {

    static final String ADMIN = UiTestSupport.INFO.officerName();
    static final String VIEWER = "Người Xem";
    static final String VIEWER_PASSWORD = "mat-khau-xem-1";
    static final String NOTE = "Nghỉ liền kề Quốc khánh theo thông báo của Chính phủ";

    @TempDir
    Path dir;
    private Stage stage;
    private DataFolder folder;
    private UiServices services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of());
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            store.accounts().add(VIEWER, Role.VIEWER, VIEWER_PASSWORD.toCharArray());
        }
        UiServices standard = UiServices.standard();
        services = new UiServices(new RecordingDialogs(), standard.files(), standard.runner(), () -> LocalDate.of(2026, 3, 1))
                .withIdleTimers(ManualIdleTimer::new);
        new AppWindow(stage, folder, services).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static void openCalendar(FxRobot robot) {
        robot.clickOn("#navSettings");
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> t.getText().equals("Lịch ngày làm việc")).findFirst().orElseThrow());
        });
        UiTestSupport.waitFor(robot, "#holidayTable");
    }

    @SuppressWarnings("unchecked")
    private static List<AnnouncedDay> announced(FxRobot robot) {
        return List.copyOf(robot.lookup("#announcedTable").queryAs(TableView.class).getItems());
    }

    @Test
    void anAdministratorAddsADayOffThatEveryoneSeesAfterReopening(FxRobot robot) {
        UiTestSupport.login(robot, ADMIN, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        openCalendar(robot);
        assertEquals(2026, robot.lookup("#yearSpinner").queryAs(Spinner.class).getValue(), "today's year");
        @SuppressWarnings("unchecked")
        TableView<WorkingDays.Holiday> holidays = robot.lookup("#holidayTable").queryAs(TableView.class);
        assertEquals(WorkingDays.namedHolidays(2026), holidays.getItems());
        assertTrue(holidays.getItems().stream().anyMatch(h -> h.name().equals("Tết Nguyên đán (mùng 1)")
                && h.date().equals(LocalDate.of(2026, 2, 17))));
        assertEquals(List.of(), announced(robot));

        robot.clickOn(robot.lookup("#announcedDatePicker").queryAs(DatePicker.class).getEditor()).write("01/09/2026");
        robot.clickOn("#announcedNoteField").write(NOTE);
        robot.clickOn("#addAnnouncedButton");
        assertEquals("Đã thêm ngày nghỉ 01/09/2026.", UiTestSupport.text(robot, "#calendarMessage"));
        AnnouncedDay bridge = new AnnouncedDay(LocalDate.of(2026, 9, 1), AnnouncedDayKind.DAY_OFF, NOTE);
        assertEquals(List.of(bridge), announced(robot));

        // Another year shows its own holidays and nothing announced.
        robot.interact(() -> robot.lookup("#yearSpinner").queryAs(Spinner.class).increment());
        assertEquals(WorkingDays.namedHolidays(2027), holidays.getItems());
        assertEquals(List.of(), announced(robot));

        robot.interact(() -> {
            stage.close();
            new AppWindow(stage, folder, services).start();
        });
        UiTestSupport.login(robot, VIEWER, VIEWER_PASSWORD);
        UiTestSupport.openChildren(robot);
        openCalendar(robot);
        assertEquals(List.of(bridge), announced(robot));
        assertFalse(UiTestSupport.shown(robot, "#announcedEditor"), "a viewer only reads");
        assertTrue(UiTestSupport.shown(robot, "#readOnlyNote"));
    }
}
