package vn.sotreem.ui.today;

import java.nio.file.Path;
import vn.sotreem.domain.hcdb.Memberships;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Not a test: PNGs of the Today page in /tmp/ui-shots (run like {@link ScreenshotTour}). */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class TodayScreenshotTour {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        TodayUiTest.seed(folder);
        // More to show: an old emergency past both limits, and a second child near 16.
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            LocalDate today = TodayUiTest.NOW.toLocalDate();
            Long id = store.saveChild(UiTestSupport.child("Hoàng Văn Phúc", today.plusDays(24).minusYears(16), Sex.MALE,
                    "Thôn Đông")).getId();
            store.write(tx -> {
                tx.saveMembership(Memberships.of(id, HcdbGroup.DISABLED, LocalDate.of(2019, 3, 1))
                        .subCase(vn.sotreem.domain.hcdb.HcdbSubCase.byCode("d.2")
                        .orElse(null)).basis("Giấy xác nhận khuyết tật").certificateDate(LocalDate.of(2019, 2, 1)).build(), today);
                AbuseCase old = AbuseCases.simple("XH-2026-003", id, LocalDate.of(2026, 11, 9), LocalTime.of(8, 15));
                old.setMarkedEmergency(true);
                tx.saveAbuseCase(old, today);
                return null;
            });
        }
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(new RecordingDialogs(), standard.files(), standard.runner(),
                standard.today()).withClock(() -> TodayUiTest.NOW)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void todayPage(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        robot.sleep(500);
        ScreenshotTour.shoot(robot, stage, "today-1-officer");
        robot.interact(() -> robot.lookup("#taskTable").queryTableView().getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#taskTable").queryTableView().requestFocus());
        ScreenshotTour.shoot(robot, stage, "today-2-selected");
    }

    @Test
    void todayPageOfAViewer(FxRobot robot) {
        UiTestSupport.login(robot, TodayUiTest.VIEWER, TodayUiTest.VIEWER_PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        robot.sleep(500);
        ScreenshotTour.shoot(robot, stage, "today-3-viewer");
    }
}
