package vn.sotreem.ui.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.CaseConclusion;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.ui.abuse.procedure.CaseProcedureModel.RowKind;
import vn.sotreem.ui.abuse.procedure.CaseProcedureModel.SeparationInput;
import vn.sotreem.ui.abuse.procedure.CaseProcedureModel.StepInput;
import vn.sotreem.ui.abuse.procedure.CaseProcedureModel.TimelineRow;
import vn.sotreem.ui.abuse.procedure.CasePlanModel.RowInput;
import vn.sotreem.ui.abuse.procedure.CaseReviewModel.ReviewInput;
import vn.sotreem.ui.common.FieldMessages;

/** The procedure tab's logic without a screen: steps, deadlines on the timeline, separation, plan, reviews. */
class CaseProcedureModelTest {

    /** Monday 05/10/2026; the case is received at 09:30, three hours before {@link #NOW}. */
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 5);
    private static final LocalDateTime NOW = TODAY.atTime(12, 30);

    private static AbuseCase emergency() {
        AbuseCase c = AbuseCases.simple("XH-2026-001", 1, TODAY, LocalTime.of(9, 30));
        c.setMarkedEmergency(true);
        return c;
    }

    private static CaseProcedureModel model(AbuseCase c) {
        return new CaseProcedureModel(c, TODAY, WorkingDays.standard());
    }

    private static StepInput step(CaseStep step, String date, String time, RiskLevel risk) {
        return new StepInput(step, date, time, "Nguyễn Thị Lan", risk, "");
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

    @Test
    void theChoiceOfNextStepsIsWhatTheStateMachineAllows() {
        AbuseCase c = emergency();
        CaseProcedureModel m = model(c);
        assertEquals(List.of(CaseStep.INITIAL_ASSESSMENT, CaseStep.CLOSED), m.allowedSteps());
        List<StepInput> path = List.of(
                step(CaseStep.INITIAL_ASSESSMENT, "05/10/2026", "10:00", RiskLevel.HIGH),
                step(CaseStep.EMERGENCY, "05/10/2026", "11:00", null),
                step(CaseStep.DETAILED_ASSESSMENT, "05/10/2026", "", RiskLevel.MEDIUM),
                step(CaseStep.PLAN_DRAFTED, "05/10/2026", "", null),
                step(CaseStep.PLAN_APPROVED, "05/10/2026", "", null),
                step(CaseStep.IMPLEMENTING, "05/10/2026", "", null),
                step(CaseStep.REVIEWED, "05/10/2026", "", null),
                new StepInput(CaseStep.CLOSED, "05/10/2026", "", "Nguyễn Thị Lan", null, null, CaseConclusion.CONFIRMED));
        for (StepInput in : path) {
            assertTrue(m.allowedSteps().contains(in.step()), in.step() + " offered");
            assertEquals(messages(List.of()), messages(m.record(in)), in.step() + " recorded");
            assertEquals(c.currentStep().next().stream().sorted().toList(), m.allowedSteps(), "after " + in.step());
        }
        assertEquals(List.of(), m.allowedSteps(), "a closed case has no next step");
        assertEquals(CaseConclusion.CONFIRMED, c.getConclusion(), "closing records its conclusion");
        assertNull(m.suggestedStep());
    }

    @Test
    void closingNeedsAConclusionAndRemovingTheClosingRemovesIt() {
        AbuseCase c = emergency();
        CaseProcedureModel m = model(c);
        assertEquals(List.of(CaseProcedureModel.NO_CONCLUSION), messages(m.record(step(CaseStep.CLOSED, "05/10/2026", "", null))));
        assertEquals(CaseStep.RECEIVED, c.currentStep());
        assertEquals(List.of(), messages(m.record(new StepInput(CaseStep.CLOSED, "05/10/2026", "", null, null, null,
                CaseConclusion.REFERRED))));
        assertEquals(CaseConclusion.REFERRED, c.getConclusion());
        assertTrue(m.closedText().contains("Kết luận: Chuyển cơ quan khác xử lý."), m.closedText());
        m.removeLastStep();
        assertEquals(CaseStep.RECEIVED, c.currentStep());
        assertNull(c.getConclusion());
    }

    @Test
    void theSuggestedStepIsTheEmergencyOnlyWhenTheCaseIsOne() {
        AbuseCase urgent = emergency();
        CaseProcedureModel m = model(urgent);
        assertEquals(CaseStep.INITIAL_ASSESSMENT, m.suggestedStep());
        m.record(step(CaseStep.INITIAL_ASSESSMENT, "05/10/2026", "10:00", RiskLevel.HIGH));
        assertEquals(CaseStep.EMERGENCY, m.suggestedStep());
        assertEquals("Nguyễn Thị Lan", m.suggestedActor());

        AbuseCase calm = AbuseCases.simple("XH-2026-002", 2, TODAY, LocalTime.of(9, 30));
        CaseProcedureModel n = model(calm);
        n.record(step(CaseStep.INITIAL_ASSESSMENT, "05/10/2026", "", RiskLevel.LOW));
        assertEquals(CaseStep.DETAILED_ASSESSMENT, n.suggestedStep());
    }

    @Test
    void aRefusedStepIsNotAppended() {
        AbuseCase c = emergency();
        CaseProcedureModel m = model(c);
        List<Problem> skipping = m.record(step(CaseStep.PLAN_APPROVED, "05/10/2026", "", null));
        assertTrue(messages(skipping).get(0).startsWith("Không thể chuyển từ bước \"Tiếp nhận thông tin\""), messages(skipping).toString());
        List<Problem> noRisk = m.record(step(CaseStep.INITIAL_ASSESSMENT, "05/10/2026", "", null));
        assertTrue(messages(noRisk).get(0).contains("chưa chọn mức nguy cơ"), messages(noRisk).toString());
        List<Problem> future = m.record(step(CaseStep.INITIAL_ASSESSMENT, "06/10/2026", "", RiskLevel.LOW));
        assertTrue(messages(future).get(0).contains("ở trong tương lai"), messages(future).toString());
        List<Problem> badDate = m.record(step(CaseStep.INITIAL_ASSESSMENT, "31/02/2026", "", RiskLevel.LOW));
        assertEquals(List.of(FieldMessages.BAD_DATE), messages(badDate));
        List<Problem> beforeReceipt = m.record(step(CaseStep.INITIAL_ASSESSMENT, "05/10/2026", "8:00", RiskLevel.LOW));
        assertTrue(messages(beforeReceipt).get(0).contains("trước giờ tiếp nhận"), messages(beforeReceipt).toString());
        assertTrue(c.getSteps().isEmpty(), "nothing refused was recorded");
        assertEquals(List.of(CaseProcedureModel.NO_STEP), messages(m.record(step(null, "05/10/2026", "", null))));
        assertTrue(c.getSteps().isEmpty());
    }

    @Test
    void theEmergencyStepNeedsAnHour() {
        AbuseCase c = emergency();
        CaseProcedureModel m = model(c);
        m.record(step(CaseStep.INITIAL_ASSESSMENT, "05/10/2026", "10:00", RiskLevel.HIGH));
        assertEquals(List.of(CaseProcedureModel.EMERGENCY_HOUR), messages(m.record(step(CaseStep.EMERGENCY, "05/10/2026", " ", null))));
        assertEquals(List.of(CaseProcedureModel.BAD_TIME), messages(m.record(step(CaseStep.EMERGENCY, "05/10/2026", "25:00", null))));
        assertEquals(1, c.getSteps().size(), "refused without a readable hour");
        assertEquals(List.of(), m.record(step(CaseStep.EMERGENCY, "05/10/2026", "14h30", null)));
        assertEquals(LocalTime.of(14, 30), c.getSteps().get(1).time());
        assertNull(c.getSteps().get(1).risk(), "risk is kept for the assessments only");
    }

    @Test
    void hoursReadAsOfficersWriteThem() {
        assertEquals(Optional.of(LocalTime.of(14, 30)), TimeText.parse("14:30"));
        assertEquals(Optional.of(LocalTime.of(14, 30)), TimeText.parse("14h30"));
        assertEquals(Optional.of(LocalTime.of(14, 0)), TimeText.parse("14h"));
        assertEquals(Optional.of(LocalTime.of(9, 5)), TimeText.parse("9 giờ 5 phút"));
        assertEquals(Optional.of(LocalTime.of(9, 0)), TimeText.parse("9g"));
        assertEquals(Optional.empty(), TimeText.parse("24:00"));
        assertEquals(Optional.empty(), TimeText.parse("14:60"));
        assertEquals(Optional.empty(), TimeText.parse("chiều"));
    }

    @Test
    void theTimelineShowsDoneStepsThenTheStepsAheadWithTheirDeadlines() {
        AbuseCase c = emergency();
        CaseProcedureModel m = model(c);
        List<TimelineRow> rows = m.timeline(NOW);
        assertEquals(List.of(CaseStep.RECEIVED, CaseStep.INITIAL_ASSESSMENT, CaseStep.EMERGENCY, CaseStep.DETAILED_ASSESSMENT,
                CaseStep.PLAN_DRAFTED, CaseStep.PLAN_APPROVED, CaseStep.IMPLEMENTING, CaseStep.REVIEWED, CaseStep.CLOSED),
                rows.stream().map(TimelineRow::step).toList());
        assertEquals(RowKind.CURRENT, rows.get(0).kind());
        assertEquals(LocalTime.of(9, 30), rows.get(0).record().time());
        assertEquals(RowKind.UPCOMING, rows.get(2).kind());
        Deadline emergency = rows.get(2).deadlines().get(0);
        assertEquals(Deadline.State.DUE_SOON, emergency.state());
        assertEquals("còn 9 giờ 0 phút", CaseProcedureModel.countdown(emergency, NOW));
        assertEquals("hạn 21:30 ngày 05/10/2026", CaseProcedureModel.dueText(emergency));
        assertEquals("hạn 12/10/2026", CaseProcedureModel.dueText(rows.get(4).deadlines().get(0)), "plan: 5 working days");
        assertTrue(m.hasCountdown(NOW));

        m.record(step(CaseStep.INITIAL_ASSESSMENT, "05/10/2026", "10:00", RiskLevel.HIGH));
        m.record(step(CaseStep.EMERGENCY, "05/10/2026", "11:00", null));
        rows = m.timeline(NOW);
        TimelineRow done = rows.get(2);
        assertEquals(CaseStep.EMERGENCY, done.step());
        assertEquals(RowKind.CURRENT, done.kind());
        assertEquals(Deadline.State.DONE_ON_TIME, done.deadlines().get(0).state());
        assertEquals("", CaseProcedureModel.countdown(done.deadlines().get(0), NOW), "no countdown once done");
        assertEquals(RowKind.DONE, rows.get(1).kind());
        assertFalse(m.hasCountdown(NOW));
        assertEquals(CaseStep.DETAILED_ASSESSMENT, rows.get(3).step(), "the emergency step is not ahead any more");
    }

    @Test
    void aCaseNotMarkedEmergencyHasNoEmergencyRowAheadAndAnOverdueLimitIsShown() {
        AbuseCase c = AbuseCases.simple("XH-2026-002", 2, TODAY.minusDays(14), LocalTime.of(9, 30));
        List<TimelineRow> rows = model(c).timeline(NOW);
        assertFalse(rows.stream().anyMatch(r -> r.step() == CaseStep.EMERGENCY));
        Deadline plan = rows.stream().filter(r -> r.step() == CaseStep.PLAN_DRAFTED).findFirst().orElseThrow().deadlines().get(0);
        assertEquals(Deadline.State.OVERDUE, plan.state());
    }

    @Test
    void aNewCaseWithoutAReceiptDateHasNoDeadlinesYet() {
        AbuseCase c = AbuseCases.simple("XH-2026-003", 3, TODAY, null);
        c.setIntake(AbuseCases.intake(null, null, null));
        CaseProcedureModel m = model(c);
        assertEquals(List.of(), m.deadlines(NOW));
        assertEquals("chưa có ngày", CaseProcedureModel.whenText(m.timeline(NOW).get(0).record().date(), null));
    }

    @Test
    void onlyTheLastStepIsRemovedAndASecondPlanGoesWithItsStep() {
        AbuseCase c = AbuseCases.full("XH-2026-004", 1, 2);
        CaseProcedureModel m = model(c);
        int before = c.getSteps().size();
        assertTrue(m.removeLastStepQuestion().startsWith("Xóa bước \"Phê duyệt kế hoạch\" ngày 12/10/2026?"));
        m.removeLastStep();
        assertEquals(before - 1, c.getSteps().size());
        assertEquals(CaseStep.PLAN_DRAFTED, c.currentStep());
        assertEquals(2, c.getPlanItems().size(), "the first plan stays with its first draft");

        LocalDate later = LocalDate.of(2026, 12, 1);
        CaseProcedureModel n = new CaseProcedureModel(c, later, WorkingDays.standard());
        for (CaseStep s : List.of(CaseStep.PLAN_APPROVED, CaseStep.IMPLEMENTING, CaseStep.REVIEWED, CaseStep.PLAN_DRAFTED)) {
            assertEquals(List.of(), n.record(step(s, "01/12/2026", "", null)), s.toString());
        }
        assertEquals(2, c.currentPlanNumber());
        List<PlanItem> items = new ArrayList<>(c.getPlanItems());
        items.add(new PlanItem(2, "Hỗ trợ pháp lý", null, null, later, later.plusDays(30), null));
        c.setPlanItems(items);
        assertTrue(n.removeLastStepQuestion().contains("kế hoạch lần 2 (1 dòng) cũng bị xóa"), n.removeLastStepQuestion());
        n.removeLastStep();
        assertEquals(CaseStep.REVIEWED, c.currentStep());
        assertEquals(List.of(1, 1), c.getPlanItems().stream().map(PlanItem::planNumber).toList());
    }

    @Test
    void separationIsWrittenWithItsFifteenDayLimit() {
        AbuseCase c = emergency();
        CaseProcedureModel m = model(c);
        SeparationInput in = new SeparationInput(true, "05/10/2026", "Nhà bà ngoại", "", false);
        assertEquals(List.of(), m.applySeparation(in));
        assertEquals(LocalDate.of(2026, 10, 5), c.getSeparation().from());
        assertEquals("Nhà bà ngoại", c.getSeparation().placement());
        assertEquals("Tối đa 15 ngày: đến ngày 20/10/2026.", CaseProcedureModel.separationLimitText(in));
        assertTrue(m.deadlines(NOW).stream().anyMatch(d -> d.label().startsWith("Kết thúc tạm thời cách ly")));

        List<Problem> endedBefore = m.applySeparation(new SeparationInput(true, "05/10/2026", "Nhà bà ngoại", "04/10/2026", false));
        assertEquals(List.of("Ngày kết thúc cách ly trước ngày bắt đầu."), messages(endedBefore));
        List<Problem> unreadable = m.applySeparation(new SeparationInput(true, "5/10", "Nhà bà ngoại", "", false));
        assertTrue(unreadable.get(0).isError());
        assertTrue(unreadable.get(0).message().startsWith("Ngày bắt đầu cách ly: Ngày không hợp lệ"), unreadable.get(0).message());
        assertTrue(CaseProcedureModel.separationLimitText(new SeparationInput(true, "05/10/2026", "", "", true))
                .endsWith("Đã gia hạn theo đề nghị của cơ quan có thẩm quyền."));

        assertEquals(List.of(), m.applySeparation(new SeparationInput(false, "05/10/2026", "", "", false)));
        assertNull(c.getSeparation());
        assertEquals(new SeparationInput(false, "", "", "", false), m.separationInput());
    }

    @Test
    void planCostsReadWithOrWithoutSeparatorsAndAreTotalled() {
        assertEquals(Optional.of(1_500_000L), CasePlanModel.parseCost("1.500.000"));
        assertEquals(Optional.of(1_500_000L), CasePlanModel.parseCost("1500000"));
        assertEquals(Optional.of(1_500_000L), CasePlanModel.parseCost("1 500 000 đồng"));
        assertEquals(Optional.empty(), CasePlanModel.parseCost("1,5 triệu"));
        List<RowInput> rows = List.of(
                new RowInput("Tư vấn tâm lý", "Cán bộ xã", "Trung tâm CTXH", "06/10/2026", "31/12/2026", "1.500.000"),
                RowInput.blank(),
                new RowInput("Hỗ trợ học tập", "Trường tiểu học", "", "06/10/2026", "", "3000000"),
                new RowInput("Khám sức khỏe", "Trạm y tế", "", "", "", ""));
        assertEquals(4_500_000L, CasePlanModel.total(rows));
        assertEquals("Tổng kinh phí dự kiến: 4.500.000 đồng", CasePlanModel.totalText(rows));

        AbuseCase c = emergency();
        CasePlanModel plan = new CasePlanModel(c);
        assertEquals(List.of(), plan.apply(rows));
        assertEquals(3, c.getPlanItems().size(), "the blank row is left out");
        assertEquals(3_000_000L, c.getPlanItems().get(1).cost());
        assertEquals(LocalDate.of(2026, 12, 31), c.getPlanItems().get(0).plannedEnd());
        assertEquals("1.500.000", plan.currentRows().get(0).cost());
    }

    @Test
    void badPlanRowsAreNamedByTheirNumber() {
        AbuseCase c = emergency();
        CasePlanModel plan = new CasePlanModel(c);
        List<RowInput> rows = List.of(
                new RowInput("Tư vấn", "", "", "", "", "1,5 triệu"),
                new RowInput("Học tập", "", "", "10/10/2026", "01/10/2026", "-500.000"),
                new RowInput("", "Trạm y tế", "", "", "", ""));
        assertEquals(4, plan.check(rows).size());
        assertTrue(c.getPlanItems().isEmpty(), "checking writes nothing");
        List<Problem> problems = plan.apply(rows);
        assertEquals(List.of(
                "Dòng 1: kinh phí là số đồng, ví dụ 1.500.000 (có thể để trống).",
                "Dòng 2: ngày dự kiến kết thúc 01/10/2026 trước ngày bắt đầu 10/10/2026.",
                "Dòng 2: kinh phí không được âm.",
                "Dòng 3: chưa ghi dịch vụ, nhiệm vụ."), messages(problems));
        assertTrue(problems.stream().allMatch(Problem::isError));
        assertNull(c.getPlanItems().get(0).cost(), "a cost that does not read is left empty, and reported");
    }

    @Test
    void earlierPlansAreKeptWhenTheCurrentOneIsEdited() {
        AbuseCase c = AbuseCases.full("XH-2026-004", 1, 2);
        c.getSteps().add(new vn.sotreem.domain.abuse.procedure.CaseStepRecord(CaseStep.IMPLEMENTING, LocalDate.of(2026, 10, 13), null, null, null, null));
        c.getSteps().add(new vn.sotreem.domain.abuse.procedure.CaseStepRecord(CaseStep.REVIEWED, LocalDate.of(2026, 11, 20), null, null, null, null));
        c.getSteps().add(new vn.sotreem.domain.abuse.procedure.CaseStepRecord(CaseStep.PLAN_DRAFTED, LocalDate.of(2026, 11, 23), null, null, null, null));
        CasePlanModel plan = new CasePlanModel(c);
        assertEquals(2, plan.planNumber());
        assertEquals(List.of(), plan.currentRows());
        assertEquals(2, plan.earlierItems().size());
        plan.apply(List.of(new RowInput("Hỗ trợ pháp lý", "", "", "", "", "")));
        assertEquals(List.of(1, 1, 2), c.getPlanItems().stream().map(PlanItem::planNumber).toList());
    }

    @Test
    void reviewCountsFollowTheRatingsAndEachChildHasItsOwnReview() {
        AbuseCase c = AbuseCases.full("XH-2026-004", 1, 2);
        CaseReviewModel reviews = new CaseReviewModel(c, LocalDate.of(2026, 12, 1));
        assertEquals(List.of(1L, 2L), reviews.childIds());
        ReviewInput first = reviews.current(1);
        assertEquals("20/11/2026", first.date());
        assertEquals("Cao: 0 · Trung bình: 1 · Thấp: 2", CaseReviewModel.countsText(first));
        assertEquals(ReviewInput.blank(), reviews.current(2));

        ReviewInput second = new ReviewInput("25/11/2026", "Nguyễn Thị Lan",
                Map.of(ReviewCriterion.HARM_SEVERITY, RiskLevel.HIGH, ReviewCriterion.PERPETRATOR_ACCESS, RiskLevel.HIGH,
                        ReviewCriterion.CARE_OBSTACLES, RiskLevel.LOW),
                Map.of(ReviewCriterion.HARM_SEVERITY, "Còn sợ hãi"), "Cần tiếp tục hỗ trợ", false);
        assertEquals("Cao: 2 · Trung bình: 0 · Thấp: 1", CaseReviewModel.countsText(second));
        List<Problem> problems = reviews.apply(2, second);
        assertEquals(List.of("Chưa đánh giá: Khả năng tự bảo vệ và phục hồi của trẻ em."), messages(problems));
        assertFalse(problems.get(0).isError());
        Review written = c.getReviews().get(1);
        assertEquals(2, written.childId());
        assertEquals(2, written.count(RiskLevel.HIGH));
        assertEquals("Còn sợ hãi", written.ratings().get(0).evidence());
        assertFalse(written.closeRecommended());

        assertEquals(List.of(), reviews.apply(2, ReviewInput.blank()));
        assertEquals(1, c.getReviews().size(), "a review emptied again is removed");
    }

    @Test
    void aReviewNeedsADateAndARecommendation() {
        AbuseCase c = AbuseCases.full("XH-2026-004", 1, 2);
        CaseReviewModel reviews = new CaseReviewModel(c, LocalDate.of(2026, 12, 1));
        ReviewInput undecided = new ReviewInput("", "", Map.of(ReviewCriterion.HARM_SEVERITY, RiskLevel.LOW), Map.of(), "", null);
        List<String> m = messages(reviews.apply(2, undecided));
        assertTrue(m.contains("Chưa nhập ngày rà soát."), m.toString());
        assertTrue(m.contains(CaseReviewModel.NO_RECOMMENDATION), m.toString());
        ReviewInput future = new ReviewInput("02/12/2026", "Lan", Map.of(ReviewCriterion.HARM_SEVERITY, RiskLevel.HIGH), Map.of(), "", true);
        m = messages(reviews.apply(2, future));
        assertTrue(m.contains("Ngày rà soát 02/12/2026 ở trong tương lai."), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("Còn tiêu chí tổn hại ở mức Cao")), m.toString());
        ReviewInput capable = new ReviewInput("01/12/2026", "Lan", Map.of(ReviewCriterion.SELF_PROTECTION, RiskLevel.HIGH), Map.of(), "", true);
        assertTrue(messages(reviews.problems(capable)).stream().noneMatch(s -> s.startsWith("Còn tiêu chí")),
                "a child well able to protect itself is no reason to keep the case open");
    }

    @Test
    void aNewReviewRoundKeepsTheEarlierOne() {
        AbuseCase c = AbuseCases.full("XH-2026-004", 1, 2);
        CaseReviewModel reviews = new CaseReviewModel(c, LocalDate.of(2026, 12, 1));
        assertTrue(reviews.canStartNew(1, reviews.current(1)));
        reviews.startNew(1);
        assertEquals(ReviewInput.blank(), reviews.current(1));
        assertEquals(1, reviews.earlier(1).size());
        ReviewInput round2 = new ReviewInput("01/12/2026", "Lan", Map.of(), Map.of(), "Ổn định", true);
        reviews.apply(1, round2);
        assertEquals(2, c.getReviews().size());
        assertEquals(LocalDate.of(2026, 11, 20), c.getReviews().get(0).date(), "the first round is untouched");
        assertTrue(c.getReviews().get(1).closeRecommended());
        assertEquals(1, new CaseReviewModel(c, LocalDate.of(2026, 12, 1)).earlier(1).size(), "reopened: the last round is edited");
    }
}
