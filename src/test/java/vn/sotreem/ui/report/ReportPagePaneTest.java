package vn.sotreem.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;

/**
 * The report page mounted alone with its model on the register of {@link ReportUiTest} (no login,
 * no main window): the register is read and the month computed at once on the FX thread through
 * the same-thread runner.
 */
@ExtendWith(ApplicationExtension.class)
class ReportPagePaneTest {

    @TempDir
    Path dir;
    private RegisterStore store;
    private ReportView page;
    private final List<Child> opened = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        ReportUiTest.seed(folder);
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        UiServices services = new UiServices(dialogs, UiTestSupport.opening(() -> null), BackgroundRunner.SAME_THREAD,
                ReportUiTest.NOW::toLocalDate).withClock(() -> ReportUiTest.NOW);
        page = new ReportView(services, new ReportPageModel(store, services.now()),
                (owner, child, onClosed) -> opened.add(child), id -> { });
        stage.setScene(Theme.scene(page.root()));
        stage.show();
        page.refresh();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void lastMonthIsComputedBesideTheMonthBeforeWithItsChecks(FxRobot robot) {
        assertFalse(page.computing(), "computed at once");
        assertEquals(ReportUiTest.OCTOBER, page.period(), "last month by default");
        assertEquals(ReportUiTest.OCTOBER, page.shown().period());
        assertEquals("Tháng 10/2026 (01/10/2026 – 31/10/2026)", UiTestSupport.text(robot, "#periodDates"));
        ReportPreviewModel.Line injured = page.previewShown().stream()
                .filter(i -> i.line().indicatorId().equals("tntt.so_tre")).findFirst().orElseThrow().line();
        assertEquals(List.of("2", "0", "+2"), List.of(injured.currentText(), injured.previousText(), injured.changeText()));
        assertTrue(UiTestSupport.text(robot, "#checksSummary").startsWith("1 lỗi"));
        assertTrue(robot.lookup("#exportButton").queryButton().isDisabled(), "the error blocks the export");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void anotherPeriodIsComputedAndTheErrorsLinkOpensTheChild(FxRobot robot) {
        ReportPeriod september = ReportPeriod.month(2026, 9, PeriodRule.CALENDAR);
        robot.interact(() -> page.choose(september));
        assertEquals(september, page.shown().period());
        assertEquals("Tháng 9/2026 (01/09/2026 – 30/09/2026)", UiTestSupport.text(robot, "#periodDates"));

        robot.interact(() -> page.choose(ReportUiTest.OCTOBER));
        robot.clickOn(robot.lookup(".check-link")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Mở hồ sơ trẻ")).queryLabeled());
        assertEquals(List.of("Giàng A Páo"), opened.stream().map(Child::getFullName).toList(),
                "read from the register and handed to the record's opener");
    }
}
