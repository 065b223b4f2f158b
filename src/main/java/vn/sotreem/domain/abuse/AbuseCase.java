package vn.sotreem.domain.abuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.Separation;

/**
 * An abuse case (vụ việc xâm hại trẻ em): the intake of Mẫu 01, its child victims and alleged
 * perpetrators, and the NĐ 56 procedure followed so far (steps, separation, plans, reviews). It is
 * saved and read as a whole.
 */
public final class AbuseCase {

    private Long id;
    private String code;
    private Intake intake;
    private boolean emergency;
    private boolean procedureTracked = true;
    private Separation separation;
    private List<AbuseVictim> victims = new ArrayList<>();
    private List<Perpetrator> perpetrators = new ArrayList<>();
    private List<CaseStepRecord> steps = new ArrayList<>();
    private List<PlanItem> planItems = new ArrayList<>();
    private List<Review> reviews = new ArrayList<>();
    private CaseConclusion conclusion;

    public AbuseCase(String code, Intake intake) {
        this.code = code;
        this.intake = intake;
    }

    public AbuseCase copy() {
        AbuseCase c = new AbuseCase(code, intake);
        c.id = id;
        c.emergency = emergency;
        c.procedureTracked = procedureTracked;
        c.separation = separation;
        c.victims = new ArrayList<>(victims);
        c.perpetrators = new ArrayList<>(perpetrators);
        c.steps = new ArrayList<>(steps);
        c.planItems = new ArrayList<>(planItems);
        c.reviews = new ArrayList<>(reviews);
        c.conclusion = conclusion;
        return c;
    }

    /** The state of the procedure: the last step recorded, or receipt when none is. */
    public CaseStep currentStep() {
        return steps.isEmpty() ? CaseStep.RECEIVED : steps.get(steps.size() - 1).step();
    }

    public Optional<CaseStepRecord> firstStep(CaseStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    public Optional<CaseStepRecord> lastStep(CaseStep step) {
        return steps.stream().filter(s -> s.step() == step).reduce((a, b) -> b);
    }

    /**
     * An emergency (NĐ 56 Điều 31 khoản 1): marked so at intake, found at the initial assessment to
     * be at high risk, or handled by an emergency step.
     */
    public boolean isEmergency() {
        return emergency || steps.stream().anyMatch(s -> s.step() == CaseStep.EMERGENCY
                || (s.step() == CaseStep.INITIAL_ASSESSMENT && s.risk() == RiskLevel.HIGH));
    }

    /** The number of the plan being drafted or carried out: 1, or more after reviews asked for a new one. */
    public int currentPlanNumber() {
        return (int) Math.max(1, steps.stream().filter(s -> s.step() == CaseStep.PLAN_DRAFTED).count());
    }

    public List<PlanItem> currentPlan() {
        int number = currentPlanNumber();
        return planItems.stream().filter(p -> p.planNumber() == number).toList();
    }

    /**
     * Whether the abuse indicators count this case and its victims: a closed case only when its
     * conclusion is {@link CaseConclusion#CONFIRMED}; a case without a conclusion (still being
     * verified or handled, or closed before conclusions were recorded) when {@code countUnconcluded}.
     */
    public boolean countsAsAbuse(boolean countUnconcluded) {
        CaseConclusion concluded = currentStep() == CaseStep.CLOSED ? conclusion : null;
        return concluded == null ? countUnconcluded : concluded == CaseConclusion.CONFIRMED;
    }

    public Optional<AbuseVictim> victim(long childId) {
        return victims.stream().filter(v -> v.childId() == childId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Intake getIntake() {
        return intake;
    }

    public void setIntake(Intake intake) {
        this.intake = intake;
    }

    /** The flag set at intake; see {@link #isEmergency()} for the case's true state. */
    public boolean isMarkedEmergency() {
        return emergency;
    }

    public void setMarkedEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    /**
     * False for cases copied from an old workbook: their steps were never recorded, so their legal
     * deadlines are not chased on the Today screen.
     */
    public boolean isProcedureTracked() {
        return procedureTracked;
    }

    public void setProcedureTracked(boolean procedureTracked) {
        this.procedureTracked = procedureTracked;
    }

    public Separation getSeparation() {
        return separation;
    }

    public void setSeparation(Separation separation) {
        this.separation = separation;
    }

    public List<AbuseVictim> getVictims() {
        return victims;
    }

    public void setVictims(List<AbuseVictim> victims) {
        this.victims = new ArrayList<>(victims);
    }

    public List<Perpetrator> getPerpetrators() {
        return perpetrators;
    }

    public void setPerpetrators(List<Perpetrator> perpetrators) {
        this.perpetrators = new ArrayList<>(perpetrators);
    }

    public List<CaseStepRecord> getSteps() {
        return steps;
    }

    public void setSteps(List<CaseStepRecord> steps) {
        this.steps = new ArrayList<>(steps);
    }

    public List<PlanItem> getPlanItems() {
        return planItems;
    }

    public void setPlanItems(List<PlanItem> planItems) {
        this.planItems = new ArrayList<>(planItems);
    }

    /** The conclusion recorded on closing the case, or null (open, or closed before conclusions were kept). */
    public CaseConclusion getConclusion() {
        return conclusion;
    }

    public void setConclusion(CaseConclusion conclusion) {
        this.conclusion = conclusion;
    }

    public List<Review> getReviews() {
        return reviews;
    }

    public void setReviews(List<Review> reviews) {
        this.reviews = new ArrayList<>(reviews);
    }
}
