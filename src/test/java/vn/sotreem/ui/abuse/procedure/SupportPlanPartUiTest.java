package vn.sotreem.ui.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.ui.UiTestSupport;

/** The support plan part (Mẫu 04) alone, on a case whose plan is being drafted in a real register. */
@ExtendWith(ApplicationExtension.class)
class SupportPlanPartUiTest {

    static final LocalDate TODAY = ProcedureRegister.TODAY;

    @TempDir
    Path dir;
    private ProcedureRegister register;
    private SupportPlanPart part;
    private final AtomicInteger edits = new AtomicInteger();

    /** Assessed and planned on the day it was received. */
    static void planning(AbuseCase c) {
        c.getSteps().add(new CaseStepRecord(CaseStep.INITIAL_ASSESSMENT, TODAY, LocalTime.of(10, 0), "Nguyễn Thị Lan",
                RiskLevel.MEDIUM, null));
        c.getSteps().add(new CaseStepRecord(CaseStep.DETAILED_ASSESSMENT, TODAY, LocalTime.of(11, 0), "Nguyễn Thị Lan",
                RiskLevel.MEDIUM, null));
        c.getSteps().add(new CaseStepRecord(CaseStep.PLAN_DRAFTED, TODAY, LocalTime.of(12, 0), "Nguyễn Thị Lan", null, null));
    }

    @Start
    void start(Stage stage) {
        register = ProcedureRegister.create(dir, SupportPlanPartUiTest::planning);
        part = new SupportPlanPart();
        part.setOnEdited(edits::incrementAndGet);
        part.edit(new CasePlanModel(register.workingCopy));
        ProcedureRegister.mount(stage, part.root());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        register.close();
    }

    private static void fill(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    @Test
    void aPlanOfTwoRowsIsTotalledCheckedAndSaved(FxRobot robot) {
        assertTrue(UiTestSupport.shown(robot, "#planEmptyLabel"));
        assertFalse(UiTestSupport.shown(robot, "#planGrid"));

        robot.clickOn("#addPlanRowButton");
        fill(robot, "#planTask1", "Tư vấn tâm lý hằng tuần");
        fill(robot, "#planResponsible1", "Cán bộ LĐTBXH xã");
        fill(robot, "#planStart1", "06/10/2026");
        fill(robot, "#planEnd1", "31/12/2026");
        robot.clickOn("#planCost1").write("1500000");
        robot.clickOn("#addPlanRowButton");
        assertEquals("1.500.000", robot.lookup("#planCost1").queryAs(TextField.class).getText(), "shown as understood");
        fill(robot, "#planTask2", "Hỗ trợ học tập");
        fill(robot, "#planCost2", "2.000.000");
        assertEquals("Tổng kinh phí dự kiến: 3.500.000 đồng", UiTestSupport.text(robot, "#planTotalLabel"));
        assertTrue(edits.get() > 0, "each change reaches the pane (the limits follow the plan)");
        assertEquals(List.of(), part.errors());

        fill(robot, "#planStart2", "10/10/2026");
        fill(robot, "#planEnd2", "01/10/2026");
        assertEquals("Dòng 2: ngày dự kiến kết thúc 01/10/2026 trước ngày bắt đầu 10/10/2026.",
                UiTestSupport.text(robot, "#planMessage"));
        assertEquals(List.of("Kế hoạch hỗ trợ: Dòng 2: ngày dự kiến kết thúc 01/10/2026 trước ngày bắt đầu 10/10/2026."),
                part.errors());
        fill(robot, "#planEnd2", "30/11/2026");
        assertEquals(List.of(), part.errors());

        AbuseCase saved = register.saveAndReadBack();
        List<PlanItem> items = saved.getPlanItems();
        assertEquals(List.of("Tư vấn tâm lý hằng tuần", "Hỗ trợ học tập"), items.stream().map(PlanItem::task).toList());
        assertEquals(List.of(1_500_000L, 2_000_000L), items.stream().map(PlanItem::cost).toList());
        assertEquals(LocalDate.of(2026, 12, 31), items.get(0).plannedEnd());
        assertEquals("Cán bộ LĐTBXH xã", items.get(0).responsible());

        robot.clickOn("#planRemove1");
        assertEquals("Tổng kinh phí dự kiến: 2.000.000 đồng", UiTestSupport.text(robot, "#planTotalLabel"));
        assertEquals(List.of("Hỗ trợ học tập"), register.saveAndReadBack().getPlanItems().stream().map(PlanItem::task).toList());
    }

    @Test
    void aViewerSeesThePlanWithoutAWayToChangeIt(FxRobot robot) {
        robot.clickOn("#addPlanRowButton");
        fill(robot, "#planTask1", "Tư vấn tâm lý");
        robot.interact(() -> part.setReadOnly(true));
        assertFalse(UiTestSupport.shown(robot, "#addPlanRowButton"));
        assertFalse(UiTestSupport.shown(robot, "#planRemove1"));
        assertFalse(robot.lookup("#planTask1").queryAs(TextField.class).isEditable());
    }
}
