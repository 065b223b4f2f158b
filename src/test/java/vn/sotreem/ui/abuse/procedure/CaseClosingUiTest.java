package vn.sotreem.ui.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
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
import vn.sotreem.domain.abuse.CaseConclusion;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.report.IndicatorReports;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;

/**
 * The procedure pane on a case just received in a real register: closing it asks for the
 * conclusion, and a case closed as "not confirmed" leaves the abuse indicators once saved.
 */
@ExtendWith(ApplicationExtension.class)
class CaseClosingUiTest {

    static final ReportPeriod OCTOBER = ReportPeriod.month(2026, 10, PeriodRule.CALENDAR);

    @TempDir
    Path dir;
    private ProcedureRegister register;
    private CaseProcedurePane pane;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        register = ProcedureRegister.create(dir, c -> { });
        pane = new CaseProcedurePane(dialogs, () -> ProcedureRegister.TODAY.atTime(12, 0));
        pane.edit(register.workingCopy, register.victims(), ProcedureRegister.TODAY, register.store.workingDays());
        ProcedureRegister.mount(stage, (Parent) pane.root());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        register.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private String victims() {
        return new IndicatorReports(register.store).compute(OCTOBER, LocalDateTime.of(2026, 10, 5, 12, 0))
                .value("xam_hai.so_tre", "").orElseThrow().toPlainString();
    }

    @Test
    void closingAsksTheConclusionAndANotConfirmedCaseIsNoLongerCounted(FxRobot robot) {
        assertEquals("1", victims(), "an open case counts by default");
        assertFalse(UiTestSupport.shown(robot, "#conclusionRow"), "no conclusion for the initial assessment");

        robot.interact(() -> combo(robot, "#stepBox").setValue(CaseStep.CLOSED));
        assertTrue(UiTestSupport.shown(robot, "#conclusionRow"));
        assertEquals(CaseConclusion.values().length, combo(robot, "#conclusionBox").getItems().size());
        robot.clickOn("#recordStepButton");
        assertEquals(CaseProcedureModel.NO_CONCLUSION, UiTestSupport.text(robot, "#stepMessage"));
        assertTrue(register.workingCopy.getSteps().isEmpty(), "not closed without a conclusion");

        robot.clickOn("#conclusionBox");
        robot.clickOn(robot.lookup(".list-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Không xác định có xâm hại sau xác minh")).queryLabeled());
        assertEquals(CaseConclusion.NOT_CONFIRMED, combo(robot, "#conclusionBox").getValue());
        robot.clickOn("#recordStepButton");
        assertEquals(CaseStep.CLOSED, register.workingCopy.currentStep());
        assertEquals(CaseConclusion.NOT_CONFIRMED, register.workingCopy.getConclusion());
        assertTrue(UiTestSupport.text(robot, "#closedLabel").contains("Kết luận: Không xác định có xâm hại sau xác minh."),
                UiTestSupport.text(robot, "#closedLabel"));

        assertTrue(robot.lookup("#timeline-dong .timeline-detail").queryLabeled().getText()
                .contains("Kết luận: Không xác định có xâm hại sau xác minh"), "the timeline's closing row shows it");

        AbuseCase saved = register.saveAndReadBack();
        assertEquals(CaseConclusion.NOT_CONFIRMED, saved.getConclusion());
        assertEquals("0", victims(), "closed as not confirmed: no longer counted");

        // Removing the closing removes its conclusion: the case is open (and counted) again once saved.
        robot.clickOn("#removeStepButton");
        assertEquals(CaseStep.RECEIVED, register.workingCopy.currentStep());
        assertNull(register.workingCopy.getConclusion());
        assertNull(register.saveAndReadBack().getConclusion());
        assertEquals("1", victims());
    }
}
