package vn.sotreem.domain.abuse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.domain.abuse.procedure.ReviewRating;
import vn.sotreem.domain.abuse.procedure.Separation;
import vn.sotreem.domain.common.Sex;

/** Abuse cases for tests: a plain intake and a full case with two victims and two perpetrators. */
public final class AbuseCases {

    private AbuseCases() {
    }

    public static Intake intake(LocalDate received, LocalTime time, LocalDate occurred) {
        return new Intake(received, time, IntakeChannel.PHONE, ReceivingBody.HOTLINE_111, "Nguyễn Thị Lan", occurred,
                "Thôn 1", "Nhà riêng", AbuseSetting.FAMILY, "Trẻ sợ hãi, có vết bầm ở tay",
                "Trẻ tiếp tục bị đánh", "Sống với bố và mẹ kế", "Đã gọi công an xã", null, null);
    }

    /** A case of one victim with a single form, received at {@code received} {@code time}. */
    public static AbuseCase simple(String code, long childId, LocalDate received, LocalTime time) {
        AbuseCase c = new AbuseCase(code, intake(received, time, received.minusDays(1)));
        c.setVictims(List.of(AbuseVictim.of(childId, Set.of(AbuseForm.VIOLENCE))));
        return c;
    }

    /**
     * Two victims (the first with two forms and a sub-form), two perpetrators (one fined), a
     * separation, steps up to an approved plan, a plan of two rows and a review of the first child.
     */
    public static AbuseCase full(String code, long firstChildId, long secondChildId) {
        LocalDate received = LocalDate.of(2026, 10, 5);
        AbuseCase c = new AbuseCase(code, new Intake(received, LocalTime.of(9, 30), IntakeChannel.REPORTED_BY_OTHER,
                ReceivingBody.SCHOOL, "Nguyễn Thị Lan", LocalDate.of(2026, 10, 3), "Thôn 1", "Gần trường tiểu học",
                AbuseSetting.COMMUNITY, "Hai trẻ hoảng sợ", "Trẻ bỏ học", "Bố mẹ đi làm xa, ở với bà",
                "Đưa trẻ về nhà bà ngoại", new Reporter("Trần Văn Minh", "0912345678", "Thôn 2"), "Giáo viên chủ nhiệm báo"));
        c.setMarkedEmergency(true);
        c.setVictims(List.of(
                new AbuseVictim(firstChildId, Set.of(AbuseForm.SEXUAL_ABUSE, AbuseForm.VIOLENCE),
                        List.of(HcdbSubCase.byCode("l.4").orElseThrow()), true, "Đã được tư vấn tâm lý"),
                new AbuseVictim(secondChildId, Set.of(AbuseForm.VIOLENCE), List.of(), false, null)));
        c.setPerpetrators(List.of(
                new Perpetrator(firstChildId, Sex.MALE, PerpetratorAgeGroup.ADULT, PerpetratorRelation.ACQUAINTANCE,
                        HandlingRoute.CRIMINAL, null, "Đã chuyển công an huyện cũ"),
                new Perpetrator(secondChildId, Sex.FEMALE, PerpetratorAgeGroup.ADULT, PerpetratorRelation.RELATIVE,
                        HandlingRoute.ADMINISTRATIVE, new Sanction("12/QĐ-XPHC", LocalDate.of(2026, 10, 20),
                        "Chủ tịch UBND xã", "Điểm a khoản 1 Điều 54 NĐ 144/2021", 2_500_000L, EnforcementStatus.DONE), null)));
        c.setSeparation(new Separation(received, "Nhà bà ngoại", LocalDate.of(2026, 10, 15), false));
        c.setSteps(List.of(
                new CaseStepRecord(CaseStep.INITIAL_ASSESSMENT, received, LocalTime.of(11, 0), "Nguyễn Thị Lan", RiskLevel.HIGH, "Mẫu 02"),
                new CaseStepRecord(CaseStep.EMERGENCY, received, LocalTime.of(16, 0), "Chủ tịch UBND xã", null, "Quyết định cách ly"),
                new CaseStepRecord(CaseStep.DETAILED_ASSESSMENT, LocalDate.of(2026, 10, 7), null, "Nguyễn Thị Lan", RiskLevel.MEDIUM, null),
                new CaseStepRecord(CaseStep.PLAN_DRAFTED, LocalDate.of(2026, 10, 9), null, "Nguyễn Thị Lan", null, null),
                new CaseStepRecord(CaseStep.PLAN_APPROVED, LocalDate.of(2026, 10, 12), null, "Chủ tịch UBND xã", null, "Quyết định 45/QĐ-UBND")));
        c.setPlanItems(List.of(
                new PlanItem(1, "Tư vấn tâm lý hằng tuần", "Cán bộ LĐTBXH xã", "Trung tâm CTXH tỉnh",
                        LocalDate.of(2026, 10, 13), LocalDate.of(2026, 12, 31), 3_000_000L),
                new PlanItem(1, "Hỗ trợ học tập", "Trường tiểu học", null, LocalDate.of(2026, 10, 13), LocalDate.of(2026, 11, 30), null)));
        c.setReviews(List.of(new Review(firstChildId, LocalDate.of(2026, 11, 20), "Nguyễn Thị Lan", List.of(
                new ReviewRating(ReviewCriterion.HARM_SEVERITY, RiskLevel.LOW, "Vết thương đã lành"),
                new ReviewRating(ReviewCriterion.PERPETRATOR_ACCESS, RiskLevel.LOW, "Đối tượng bị tạm giam"),
                new ReviewRating(ReviewCriterion.CARE_OBSTACLES, RiskLevel.MEDIUM, "Bà ngoại yếu"),
                new ReviewRating(ReviewCriterion.SELF_PROTECTION, RiskLevel.MEDIUM, null)),
                "Tiếp tục theo dõi", false)));
        return c;
    }
}
