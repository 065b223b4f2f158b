package vn.sotreem.ui.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
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
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;

/** The next-step part alone, on a case just received in a real register: the step it offers, recorded and saved. */
@ExtendWith(ApplicationExtension.class)
class NextStepPartUiTest {

    @TempDir
    Path dir;
    private ProcedureRegister register;
    private NextStepPart part;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger changes = new AtomicInteger();

    @Start
    void start(Stage stage) {
        register = ProcedureRegister.create(dir, c -> { });
        part = new NextStepPart(dialogs);
        part.setOnStepsChanged(changes::incrementAndGet);
        part.edit(register.model());
        part.update();
        ProcedureRegister.mount(stage, part.root());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        register.close();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CaseStep> steps(FxRobot robot) {
        return robot.lookup("#stepBox").queryAs(ComboBox.class);
    }

    @Test
    void aCaseJustReceivedOffersTheInitialAssessmentWhichIsSavedWithItsRisk(FxRobot robot) {
        assertEquals(List.of(CaseStep.INITIAL_ASSESSMENT, CaseStep.CLOSED), steps(robot).getItems());
        assertEquals(CaseStep.INITIAL_ASSESSMENT, steps(robot).getValue());
        assertEquals("05/10/2026", robot.lookup("#stepDateField").queryAs(TextField.class).getText());
        assertEquals("Nguyễn Thị Lan", robot.lookup("#stepActorField").queryAs(TextField.class).getText(),
                "the officer who received the case");
        assertTrue(UiTestSupport.shown(robot, "#riskRow"));
        assertTrue(robot.lookup("#removeStepButton").queryButton().isDisabled(), "receipt cannot be removed");

        robot.clickOn("#recordStepButton");
        assertTrue(UiTestSupport.text(robot, "#stepMessage").contains("chưa chọn mức nguy cơ"),
                UiTestSupport.text(robot, "#stepMessage"));
        assertTrue(register.workingCopy.getSteps().isEmpty());
        assertEquals(0, changes.get());

        robot.interact(() -> robot.lookup("#stepTimeField").queryAs(TextField.class).setText("10:15"));
        robot.clickOn("#riskMedium");
        robot.clickOn("#recordStepButton");
        assertEquals(1, changes.get());
        assertEquals("Đã ghi nhận bước \"Đánh giá nguy cơ ban đầu\". Nhớ lưu hồ sơ để ghi vào sổ.",
                UiTestSupport.text(robot, "#stepDoneLabel"));
        assertEquals(List.of(CaseStep.EMERGENCY, CaseStep.DETAILED_ASSESSMENT, CaseStep.CLOSED), steps(robot).getItems());
        assertEquals(CaseStep.DETAILED_ASSESSMENT, steps(robot).getValue(), "no emergency: the detailed assessment follows");
        robot.interact(part::update);
        assertFalse(robot.lookup("#removeStepButton").queryButton().isDisabled());

        AbuseCase saved = register.saveAndReadBack();
        assertEquals(CaseStep.INITIAL_ASSESSMENT, saved.currentStep());
        assertEquals(RiskLevel.MEDIUM, saved.getSteps().get(0).risk());
        assertEquals(LocalTime.of(10, 15), saved.getSteps().get(0).time());
    }

    @Test
    void theEmergencyStepIsRefusedWithoutAnHourAndTheLastStepRemovedOnlyWhenConfirmed(FxRobot robot) {
        robot.interact(() -> robot.lookup("#stepTimeField").queryAs(TextField.class).setText("10:00"));
        robot.clickOn("#riskHigh");
        robot.clickOn("#recordStepButton");
        robot.interact(() -> steps(robot).setValue(CaseStep.EMERGENCY));
        assertFalse(UiTestSupport.shown(robot, "#riskRow"), "no risk level for the emergency step");
        assertEquals("Giờ *", UiTestSupport.text(robot, "#stepTimeLabel"));
        robot.clickOn("#recordStepButton");
        assertEquals(CaseProcedureModel.EMERGENCY_HOUR, UiTestSupport.text(robot, "#stepMessage"));
        assertEquals(1, register.workingCopy.getSteps().size());

        robot.interact(part::update);
        dialogs.answer = false;
        robot.clickOn("#removeStepButton");
        assertEquals(1, register.workingCopy.getSteps().size(), "kept when the officer says no");
        dialogs.answer = true;
        robot.clickOn("#removeStepButton");
        assertTrue(register.workingCopy.getSteps().isEmpty());
        assertEquals(2, dialogs.questions.size());
        assertEquals(CaseStep.RECEIVED, register.saveAndReadBack().currentStep());
    }
}
