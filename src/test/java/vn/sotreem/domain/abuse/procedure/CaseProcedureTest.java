package vn.sotreem.domain.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorAgeGroup;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.Sanction;
import vn.sotreem.domain.common.Sex;

/** The procedure's state machine and the checks of a whole case. */
class CaseProcedureTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Child child(long id, LocalDate birth) {
        Child c = new Child();
        c.setId(id);
        c.setCode("TE" + id);
        c.setFullName("Trẻ " + id);
        c.setBirthDate(birth);
        return c;
    }

    private static List<String> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(Problem::message).toList();
    }

    @Test
    void theDecreesOrderIsAllowedAndShortcutsAreNot() {
        assertTrue(CaseStep.RECEIVED.allows(CaseStep.INITIAL_ASSESSMENT));
        assertTrue(CaseStep.INITIAL_ASSESSMENT.allows(CaseStep.EMERGENCY));
        assertTrue(CaseStep.EMERGENCY.allows(CaseStep.DETAILED_ASSESSMENT));
        assertTrue(CaseStep.REVIEWED.allows(CaseStep.PLAN_DRAFTED), "a review may call for a new plan");
        assertTrue(CaseStep.RECEIVED.allows(CaseStep.CLOSED), "information found untrue");
        assertFalse(CaseStep.RECEIVED.allows(CaseStep.PLAN_APPROVED));
        assertFalse(CaseStep.DETAILED_ASSESSMENT.allows(CaseStep.PLAN_APPROVED), "no approval without a plan");
        assertFalse(CaseStep.PLAN_DRAFTED.allows(CaseStep.IMPLEMENTING), "no implementation before approval");
        assertFalse(CaseStep.IMPLEMENTING.allows(CaseStep.CLOSED), "closing needs a review");
        assertEquals(Set.of(), CaseStep.CLOSED.next());
    }

    @Test
    void aRefusedStepSaysWhatMayComeNext() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 20), LocalTime.of(8, 0));
        List<String> errors = errors(AbuseCaseRules.nextStepProblems(c,
                new CaseStepRecord(CaseStep.PLAN_DRAFTED, LocalDate.of(2026, 11, 21), null, null, null, null), TODAY));
        assertEquals(List.of("Không thể chuyển từ bước \"Tiếp nhận thông tin\" sang \"Xây dựng kế hoạch hỗ trợ, can thiệp\". "
                + "Bước tiếp theo có thể là: Đánh giá nguy cơ ban đầu, Đóng hồ sơ."), errors);
    }

    @Test
    void stepsMustBeDatedInOrderAndAssessmentsNeedARiskLevel() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 20), LocalTime.of(8, 0));
        assertEquals(List.of("Bước \"Đánh giá nguy cơ ban đầu\" ngày 19/11/2026 trước bước trước đó (20/11/2026).",
                        "Bước \"Đánh giá nguy cơ ban đầu\" ngày 19/11/2026: chưa chọn mức nguy cơ (Cao / Trung bình / Thấp)."),
                errors(AbuseCaseRules.nextStepProblems(c, new CaseStepRecord(CaseStep.INITIAL_ASSESSMENT,
                        LocalDate.of(2026, 11, 19), null, null, null, null), TODAY)));
        assertEquals(List.of("Bước \"Đánh giá nguy cơ ban đầu\" ngày 20/11/2026 lúc 07:00 trước giờ tiếp nhận 08:00."),
                errors(AbuseCaseRules.nextStepProblems(c, new CaseStepRecord(CaseStep.INITIAL_ASSESSMENT,
                        LocalDate.of(2026, 11, 20), LocalTime.of(7, 0), null, RiskLevel.LOW, null), TODAY)));
        assertEquals(List.of("Bước \"Đánh giá nguy cơ ban đầu\" ngày 24/11/2026 ở trong tương lai."),
                errors(AbuseCaseRules.nextStepProblems(c, new CaseStepRecord(CaseStep.INITIAL_ASSESSMENT,
                        LocalDate.of(2026, 11, 24), null, null, RiskLevel.LOW, null), TODAY)));
    }

    @Test
    void aWholeCaseIsCheckedAgainstTheRegister() {
        Child mây = child(1, LocalDate.of(2010, 11, 10)); // 16 on 10/11/2026
        Child núi = child(2, LocalDate.of(2015, 1, 1));
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 20), null);
        c.setIntake(AbuseCases.intake(LocalDate.of(2026, 11, 20), null, LocalDate.of(2026, 11, 15)));
        c.setVictims(List.of(
                new AbuseVictim(1, Set.of(AbuseForm.VIOLENCE), List.of(HcdbSubCase.byCode("l.1").orElseThrow()), false, null),
                AbuseVictim.of(2, Set.of()),
                AbuseVictim.of(2, Set.of(AbuseForm.VIOLENCE))));
        c.setPerpetrators(List.of(new Perpetrator(2L, Sex.MALE, PerpetratorAgeGroup.ADULT, PerpetratorRelation.PARENT,
                HandlingRoute.CRIMINAL, new Sanction(null, null, null, null, 1_000_000L, null), null)));
        List<Problem> problems = AbuseCaseRules.validate(c, Map.of(1L, mây, 2L, núi), TODAY);
        assertEquals(List.of(
                "Trẻ 1 (TE1): hình thức chi tiết \"Hiếp dâm\" không thuộc hình thức đã chọn.",
                "Trẻ 1 (TE1): Ngày xảy ra 15/11/2026 từ ngày trẻ đủ 16 tuổi (10/11/2026) trở đi.",
                "Trẻ 2 (TE2): chưa chọn hình thức xâm hại.",
                "Trẻ 2 (TE2) có hai lần trong cùng một vụ việc.",
                "Có quyết định xử phạt nhưng hướng xử lý không phải \"Xử lý vi phạm hành chính\"."), errors(problems));
        assertTrue(problems.stream().anyMatch(p -> !p.isError() && p.field().equals(AbuseCaseRules.RECEIVED_TIME)),
                "a missing hour is a warning");
    }

    @Test
    void receiptBeforeTheEventIsRefused() {
        AbuseCase c = AbuseCases.simple("XH-1", 1, LocalDate.of(2026, 11, 20), LocalTime.of(8, 0));
        c.setIntake(AbuseCases.intake(LocalDate.of(2026, 11, 20), LocalTime.of(8, 0), LocalDate.of(2026, 11, 21)));
        assertEquals(List.of("Ngày tiếp nhận 20/11/2026 trước ngày xảy ra 21/11/2026."),
                errors(AbuseCaseRules.validate(c, Map.of(1L, child(1, LocalDate.of(2015, 1, 1))), TODAY)));
    }
}
