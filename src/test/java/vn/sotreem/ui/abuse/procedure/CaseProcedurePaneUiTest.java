package vn.sotreem.ui.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.UiTestSupport;

/** The procedure pane alone in a window, on an emergency received three hours before a fixed clock. */
@ExtendWith(ApplicationExtension.class)
class CaseProcedurePaneUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 5);
    static final LocalDateTime NOW = TODAY.atTime(12, 30);

    private final AtomicReference<LocalDateTime> clock = new AtomicReference<>(NOW);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private CaseProcedurePane pane;
    private AbuseCase workingCopy;
    private Stage stage;

    /** Received at 09:30 and marked emergency at intake; the child is Hoà (id 7). */
    static AbuseCase emergency() {
        AbuseCase c = AbuseCases.simple("XH-2026-001", 7, TODAY, LocalTime.of(9, 30));
        c.setMarkedEmergency(true);
        return c;
    }

    static Map<Long, Child> victims() {
        Child hoa = UiTestSupport.child("Nguyễn Thị Hoà", LocalDate.of(2016, 3, 5), Sex.FEMALE, "Thôn Đông");
        hoa.setId(7L);
        hoa.setCode("TE000007");
        return Map.of(7L, hoa);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        workingCopy = emergency();
        pane = new CaseProcedurePane(dialogs, clock::get);
        pane.edit(workingCopy, victims(), TODAY, WorkingDays.standard());
        stage.setScene(Theme.scene((Parent) pane.root(), 1100, 820));
        stage.show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Sets a field's text at once (typing is slow); for what needs real keys use {@link #type}. */
    private static void fill(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    private void click(FxRobot robot, String query) {
        UiTestSupport.reveal(robot, query);
        robot.clickOn(query);
    }

    private void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(""));
        click(robot, query);
        robot.write(text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmergencyIsHandledWithinTwelveHoursAndPlanned(FxRobot robot) {
        assertEquals(List.of("còn 9 giờ 0 phút"), texts(robot, "#timeline-khan_cap-ahead .deadline-countdown"));
        assertEquals("Sắp đến hạn", text(robot, "#timeline-khan_cap-ahead .deadline-state"));
        assertTrue(pane.isTicking(), "the countdown ticks while shown");
        clock.set(NOW.plusMinutes(20));
        robot.interact(pane::refresh);
        assertEquals(List.of("còn 8 giờ 40 phút"), texts(robot, "#timeline-khan_cap-ahead .deadline-countdown"));

        // Đánh giá nguy cơ ban đầu, risk Cao
        ComboBox<CaseStep> steps = robot.lookup("#stepBox").queryAs(ComboBox.class);
        assertEquals(List.of(CaseStep.INITIAL_ASSESSMENT, CaseStep.CLOSED), steps.getItems());
        assertEquals(CaseStep.INITIAL_ASSESSMENT, steps.getValue());
        assertEquals("05/10/2026", robot.lookup("#stepDateField").queryAs(TextField.class).getText());
        click(robot, "#recordStepButton");
        assertTrue(text(robot, "#stepMessage").contains("chưa chọn mức nguy cơ"), text(robot, "#stepMessage"));
        assertTrue(workingCopy.getSteps().isEmpty(), "refused without a risk level");
        type(robot, "#stepTimeField", "10:15");
        click(robot, "#riskHigh");
        click(robot, "#recordStepButton");
        assertEquals(1, workingCopy.getSteps().size());
        assertEquals(RiskLevel.HIGH, workingCopy.getSteps().get(0).risk());
        assertEquals(LocalTime.of(10, 15), workingCopy.getSteps().get(0).time());
        assertTrue(robot.lookup("#timeline-danh_gia_ban_dau .timeline-detail").queryAs(Label.class).getText()
                .contains("Mức nguy cơ: Cao"));

        // the emergency step: suggested now, refused without an hour, then recorded at 11:00
        assertEquals(CaseStep.EMERGENCY, steps.getValue());
        assertFalse(robot.lookup("#riskRow").query().isVisible(), "no risk level for the emergency step");
        click(robot, "#recordStepButton");
        assertEquals(CaseProcedureModel.EMERGENCY_HOUR, text(robot, "#stepMessage"));
        assertEquals(1, workingCopy.getSteps().size());
        type(robot, "#stepTimeField", "11:00");
        click(robot, "#recordStepButton");
        assertEquals(CaseStep.EMERGENCY, workingCopy.currentStep());
        assertEquals(List.of("Đã làm đúng hạn"), texts(robot, "#timeline-khan_cap .deadline-state"));
        assertTrue(robot.lookup(".deadline-countdown").tryQuery().isEmpty(), "no countdown once handled");
        assertTrue(robot.lookup("#timeline-khan_cap").query().getStyleClass().contains("timeline-current"));
        assertEquals(List.of(CaseStep.DETAILED_ASSESSMENT), steps.getItems());

        // a plan row, then another: the total follows
        click(robot, "#addPlanRowButton");
        robot.interact(() -> robot.lookup("#planTask1").queryAs(TextField.class).setText("Tư vấn tâm lý hằng tuần"));
        fill(robot, "#planStart1", "06/10/2026");
        fill(robot, "#planEnd1", "31/12/2026");
        type(robot, "#planCost1", "1500000");
        assertEquals("Tổng kinh phí dự kiến: 1.500.000 đồng", text(robot, "#planTotalLabel"));
        click(robot, "#addPlanRowButton");
        assertEquals("1.500.000", robot.lookup("#planCost1").queryAs(TextField.class).getText(), "shown as understood");
        robot.interact(() -> robot.lookup("#planTask2").queryAs(TextField.class).setText("Hỗ trợ học tập"));
        type(robot, "#planCost2", "2.000.000");
        assertEquals("Tổng kinh phí dự kiến: 3.500.000 đồng", text(robot, "#planTotalLabel"));
        assertEquals(List.of(1_500_000L, 2_000_000L), workingCopy.getPlanItems().stream().map(p -> p.cost()).toList());
        assertEquals(List.of(), pane.problems());

        fill(robot, "#planEnd2", "01/10/2026");
        fill(robot, "#planStart2", "10/10/2026");
        assertEquals("Dòng 2: ngày dự kiến kết thúc 01/10/2026 trước ngày bắt đầu 10/10/2026.", text(robot, "#planMessage"));
        assertEquals(List.of("Kế hoạch hỗ trợ: Dòng 2: ngày dự kiến kết thúc 01/10/2026 trước ngày bắt đầu 10/10/2026."),
                pane.problems());
        click(robot, "#planRemove2");
        assertEquals("Tổng kinh phí dự kiến: 1.500.000 đồng", text(robot, "#planTotalLabel"));
        assertEquals(1, workingCopy.getPlanItems().size());
        assertEquals(List.of(), pane.problems());
    }

    @Test
    void onlyTheLastStepCanBeRemovedAndOnlyAfterConfirming(FxRobot robot) {
        robot.interact(() -> {
            workingCopy.getSteps().add(new vn.sotreem.domain.abuse.procedure.CaseStepRecord(CaseStep.INITIAL_ASSESSMENT, TODAY,
                    LocalTime.of(10, 0), "Nguyễn Thị Lan", RiskLevel.LOW, null));
            pane.edit(workingCopy, victims(), TODAY, WorkingDays.standard());
        });
        dialogs.answer = false;
        click(robot, "#removeStepButton");
        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).startsWith("Xóa bước \"Đánh giá nguy cơ ban đầu\" ngày 05/10/2026?"));
        assertEquals(1, workingCopy.getSteps().size(), "kept when the officer says no");
        dialogs.answer = true;
        click(robot, "#removeStepButton");
        assertTrue(workingCopy.getSteps().isEmpty());
        assertTrue(robot.lookup("#removeStepButton").query().isDisabled(), "receipt itself cannot be removed");
    }

    @Test
    void separationAndReviewEditTheWorkingCopy(FxRobot robot) {
        click(robot, "#separatedBox");
        assertEquals("05/10/2026", robot.lookup("#sepFromField").queryAs(TextField.class).getText());
        assertEquals("Tối đa 15 ngày: đến ngày 20/10/2026.", text(robot, "#sepLimitLabel"));
        assertEquals(TODAY, workingCopy.getSeparation().from());
        assertTrue(texts(robot, ".deadline-text").stream().anyMatch(t -> t.startsWith("Kết thúc tạm thời cách ly")));

        fill(robot, "#reviewDate7", "05/10/2026");
        click(robot, "#review7-muc_do_ton_hai-cao");
        click(robot, "#review7-kha_nang_tiep_can-trung_binh");
        click(robot, "#review7-tu_bao_ve-cao");
        assertEquals("Số tiêu chí tổn hại theo mức — Cao: 1 · Trung bình: 1 · Thấp: 0", text(robot, "#reviewCounts7"));
        assertTrue(text(robot, "#reviewMessage7").contains(CaseReviewModel.NO_RECOMMENDATION));
        assertTrue(pane.problems().contains("Rà soát Nguyễn Thị Hoà (TE000007): " + CaseReviewModel.NO_RECOMMENDATION),
                pane.problems().toString());
        click(robot, "#reviewNewPlan7");
        assertEquals(1, workingCopy.getReviews().size());
        assertEquals(1, workingCopy.getReviews().get(0).count(RiskLevel.HIGH), "capacity rated Cao is not harm");
        assertFalse(workingCopy.getReviews().get(0).closeRecommended());
        assertEquals(List.of(), pane.problems());
    }

    @Test
    void aViewerSeesTheProcedureWithoutAWayToChangeIt(FxRobot robot) {
        robot.interact(() -> pane.setReadOnly(true));
        assertFalse(robot.lookup("#nextStepSection").query().isVisible());
        assertFalse(robot.lookup("#addPlanRowButton").query().isVisible());
        assertTrue(robot.lookup("#separatedBox").query().isDisabled());
        assertFalse(robot.lookup("#reviewDate7").queryAs(TextField.class).isEditable());
        assertEquals(List.of("còn 9 giờ 0 phút"), texts(robot, ".deadline-countdown"), "the countdown still shows");
        robot.interact(() -> pane.setReadOnly(false));
        assertTrue(robot.lookup("#nextStepSection").query().isVisible());
        assertTrue(robot.lookup("#reviewDate7").queryAs(TextField.class).isEditable());
    }

    @Test
    void theCountdownStopsWhenThePaneLeavesTheWindow(FxRobot robot) {
        assertTrue(pane.isTicking());
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.StackPane()));
        assertFalse(pane.isTicking(), "detached");
        robot.interact(() -> stage.getScene().setRoot((Parent) pane.root()));
        assertTrue(pane.isTicking(), "attached again");
        robot.interact(stage::hide);
        assertFalse(pane.isTicking(), "window closed");
    }
}
