package vn.sotreem.ui.abuse.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.CaseConclusion;
import vn.sotreem.domain.abuse.procedure.CaseDeadlines;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.procedure.Separation;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.ui.common.FieldMessages;

/**
 * The procedure of an abuse case without a screen: the timeline of its steps with the legal time
 * limits beside them, the next step to record (only what {@link CaseStep#next()} allows), removing
 * the last step, and the temporary separation (Mẫu 07). Changes go into the working copy in place;
 * the case form saves the whole case.
 */
final class CaseProcedureModel {

    static final String BAD_TIME = "Giờ không hợp lệ, hãy gõ theo dạng giờ:phút, ví dụ 14:30.";
    static final String EMERGENCY_HOUR = "Bước \"" + CaseStep.EMERGENCY.label()
            + "\" cần giờ thực hiện: thời hạn là 12 giờ kể từ khi tiếp nhận.";
    static final String NO_STEP = "Hãy chọn bước tiếp theo.";
    static final String NO_CONCLUSION = "Hãy chọn kết luận của vụ việc để đóng hồ sơ.";


    /** The usual order of the steps, to show what still lies ahead of the current one. */
    private static final List<CaseStep> PATH = List.of(CaseStep.values());

    /** Where a row of the timeline stands: done, the current state (the last step done), or ahead. */
    enum RowKind { DONE, CURRENT, UPCOMING }

    /**
     * A row of the timeline.
     *
     * @param record     the step as done (receipt comes from the intake), or null for a step ahead
     * @param conclusion the case's conclusion on the closing row, else null
     */
    record TimelineRow(CaseStep step, RowKind kind, CaseStepRecord record, List<Deadline> deadlines,
                       CaseConclusion conclusion) {
    }

    /** The "next step" fields as typed; the conclusion is asked only for closing the case. */
    record StepInput(CaseStep step, String date, String time, String actor, RiskLevel risk, String note,
                     CaseConclusion conclusion) {

        StepInput(CaseStep step, String date, String time, String actor, RiskLevel risk, String note) {
            this(step, date, time, actor, risk, note, null);
        }
    }

    /** The separation fields as typed; {@code separated} false means no separation. */
    record SeparationInput(boolean separated, String from, String placement, String endedOn, boolean extended) {
    }

    private final AbuseCase c;
    private final LocalDate today;
    private final WorkingDays calendar;

    CaseProcedureModel(AbuseCase workingCopy, LocalDate today, WorkingDays calendar) {
        this.c = workingCopy;
        this.today = today;
        this.calendar = calendar;
    }

    AbuseCase workingCopy() {
        return c;
    }

    LocalDate today() {
        return today;
    }

    // ---- timeline ---------------------------------------------------------------------------

    /** The time limits at {@code now}; none while the intake has no date of receipt. */
    List<Deadline> deadlines(LocalDateTime now) {
        if (c.getIntake() == null || c.getIntake().receivedOn() == null) {
            return List.of();
        }
        return CaseDeadlines.of(c, calendar, now);
    }

    /**
     * Receipt, every step done in order, then the usual steps still ahead; each time limit sits
     * beside the step it times (a limit with no such row beside the current state).
     */
    List<TimelineRow> timeline(LocalDateTime now) {
        List<CaseStepRecord> done = new ArrayList<>();
        Intake intake = c.getIntake();
        done.add(new CaseStepRecord(CaseStep.RECEIVED, intake == null ? null : intake.receivedOn(),
                intake == null ? null : intake.receivedTime(), intake == null ? null : intake.receivingOfficer(),
                null, intake == null || intake.channel() == null ? null : intake.channel().label()));
        done.addAll(c.getSteps());
        List<CaseStep> ahead = ahead();

        Map<Integer, List<Deadline>> attached = new LinkedHashMap<>();
        int rows = done.size() + ahead.size();
        for (int i = 0; i < rows; i++) {
            attached.put(i, new ArrayList<>());
        }
        for (Deadline d : deadlines(now)) {
            attached.get(rowOf(d, done, ahead)).add(d);
        }
        List<TimelineRow> result = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            CaseStepRecord r = done.get(i);
            result.add(new TimelineRow(r.step(), i == done.size() - 1 ? RowKind.CURRENT : RowKind.DONE, r,
                    List.copyOf(attached.get(i)), r.step() == CaseStep.CLOSED ? c.getConclusion() : null));
        }
        for (int i = 0; i < ahead.size(); i++) {
            result.add(new TimelineRow(ahead.get(i), RowKind.UPCOMING, null,
                    List.copyOf(attached.get(done.size() + i)), null));
        }
        return result;
    }

    /** The usual steps after the current one; the emergency step only for an emergency not yet handled. */
    private List<CaseStep> ahead() {
        CaseStep current = c.currentStep();
        if (current == CaseStep.CLOSED) {
            return List.of();
        }
        boolean emergencyAhead = c.isEmergency() && c.firstStep(CaseStep.EMERGENCY).isEmpty();
        List<CaseStep> ahead = new ArrayList<>();
        // After a review the next plan is optional: only closing is certain to follow.
        int from = current == CaseStep.REVIEWED ? PATH.indexOf(CaseStep.CLOSED) : PATH.indexOf(current) + 1;
        for (CaseStep step : PATH.subList(from, PATH.size())) {
            if (step != CaseStep.EMERGENCY || emergencyAhead) {
                ahead.add(step);
            }
        }
        return ahead;
    }

    private static int rowOf(Deadline d, List<CaseStepRecord> done, List<CaseStep> ahead) {
        if (d.doneAt() != null) {
            for (int i = done.size() - 1; i >= 1; i--) {
                if (done.get(i).step() == d.step() && done.get(i).at().equals(d.doneAt())) {
                    return i;
                }
            }
        } else {
            int upcoming = ahead.indexOf(d.step());
            if (upcoming >= 0) {
                return done.size() + upcoming;
            }
        }
        for (int i = done.size() - 1; i >= 1; i--) {
            if (done.get(i).step() == d.step()) {
                return i;
            }
        }
        return done.size() - 1;
    }

    /** The mark before a row: ✓ done, ● the current state, ○ ahead. */
    static String markerText(RowKind kind) {
        return switch (kind) {
            case DONE -> "✓";
            case CURRENT -> "●";
            case UPCOMING -> "○";
        };
    }

    /** "Người thực hiện: … · Mức nguy cơ: … · Ghi chú: …" of a step done (receipt: who received it, and how). */
    static String detailText(TimelineRow row) {
        CaseStepRecord r = row.record();
        if (r == null) {
            return "";
        }
        boolean receipt = row.step() == CaseStep.RECEIVED;
        List<String> details = new ArrayList<>();
        if (r.actor() != null) {
            details.add((receipt ? "Người tiếp nhận: " : "Người thực hiện: ") + r.actor());
        }
        if (r.risk() != null) {
            details.add("Mức nguy cơ: " + r.risk().label());
        }
        if (row.conclusion() != null) {
            details.add("Kết luận: " + row.conclusion().label());
        }
        if (r.note() != null) {
            details.add(receipt ? r.note() : "Ghi chú: " + r.note());
        }
        return String.join(" · ", details);
    }

    /** "hạn 21:30 ngày 05/10/2026" for an hourly limit, "hạn 12/10/2026" for a limit in days. */
    static String dueText(Deadline d) {
        return d.hourly() ? "hạn " + TimeText.format(d.due().toLocalTime()) + " ngày " + DateText.format(d.due().toLocalDate())
                : "hạn " + DateText.format(d.due().toLocalDate());
    }

    /** The live countdown of an open hourly limit ("còn 3 giờ 20 phút"), else empty. */
    static String countdown(Deadline d, LocalDateTime now) {
        return d.hourly() && d.state().isOpen() ? d.remainingText(now) : "";
    }

    /** True while some limit counts in hours and is still open: the countdown must tick. */
    boolean hasCountdown(LocalDateTime now) {
        return deadlines(now).stream().anyMatch(d -> !countdown(d, now).isEmpty());
    }

    /** "05/10/2026 lúc 09:30", or the date alone. */
    static String whenText(LocalDate date, LocalTime time) {
        if (date == null) {
            return "chưa có ngày";
        }
        return DateText.format(date) + (time == null ? "" : " lúc " + TimeText.format(time));
    }

    /** Problems of the steps already recorded, e.g. after the date of receipt was changed. */
    List<Problem> recordedStepProblems() {
        return caseProblems(AbuseCaseRules.STEPS);
    }

    private List<Problem> caseProblems(String field) {
        if (c.getIntake() == null) {
            return List.of();
        }
        // Victims are checked on their own tab; only this field's problems are wanted here.
        return AbuseCaseRules.validate(c, Map.of(), today).stream().filter(p -> p.field().equals(field)).toList();
    }

    // ---- next step --------------------------------------------------------------------------

    /** The steps the decree allows after the current state, in procedure order. */
    List<CaseStep> allowedSteps() {
        return c.currentStep().next().stream().sorted().toList();
    }

    /** The step to preselect: the first allowed one on the usual path (the emergency step only when due). */
    CaseStep suggestedStep() {
        List<CaseStep> allowed = allowedSteps();
        List<CaseStep> ahead = ahead();
        return allowed.stream().filter(ahead::contains).findFirst()
                .orElse(allowed.isEmpty() ? null : allowed.get(0));
    }

    /** Who did the last step (or received the information): the usual person for the next. */
    String suggestedActor() {
        if (!c.getSteps().isEmpty()) {
            String last = c.getSteps().get(c.getSteps().size() - 1).actor();
            if (last != null) {
                return last;
            }
        }
        return c.getIntake() == null || c.getIntake().receivingOfficer() == null ? "" : c.getIntake().receivingOfficer();
    }

    static boolean needsRisk(CaseStep step) {
        return step == CaseStep.INITIAL_ASSESSMENT || step == CaseStep.DETAILED_ASSESSMENT;
    }

    /**
     * Problems of recording {@code in}: the typing first (date, hour, the hour of the emergency
     * step); once it reads, {@link AbuseCaseRules#nextStepProblems}.
     */
    List<Problem> stepProblems(StepInput in) {
        List<Problem> problems = new ArrayList<>();
        if (in.step() == null) {
            problems.add(Problem.error(AbuseCaseRules.STEPS, NO_STEP));
            return problems;
        }
        Optional<LocalDate> date = DateText.parse(in.date());
        if (!isBlank(in.date()) && date.isEmpty()) {
            problems.add(Problem.error(AbuseCaseRules.STEPS, FieldMessages.BAD_DATE));
        }
        Optional<LocalTime> time = TimeText.parse(in.time());
        if (!isBlank(in.time()) && time.isEmpty()) {
            problems.add(Problem.error(AbuseCaseRules.STEPS, BAD_TIME));
        } else if (in.step() == CaseStep.EMERGENCY && time.isEmpty()) {
            problems.add(Problem.error(AbuseCaseRules.STEPS, EMERGENCY_HOUR));
        }
        if (in.step() == CaseStep.CLOSED && in.conclusion() == null) {
            problems.add(Problem.error(AbuseCaseRules.CONCLUSION, NO_CONCLUSION));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        problems.addAll(AbuseCaseRules.nextStepProblems(c, toRecord(in), today));
        return problems;
    }

    private static CaseStepRecord toRecord(StepInput in) {
        return new CaseStepRecord(in.step(), DateText.parse(in.date()).orElse(null), TimeText.parse(in.time()).orElse(null),
                clean(in.actor()), needsRisk(in.step()) ? in.risk() : null, clean(in.note()));
    }

    /** Appends the step to the working copy unless it has an error; returns the problems (none when recorded). */
    List<Problem> record(StepInput in) {
        List<Problem> problems = stepProblems(in);
        if (problems.stream().noneMatch(Problem::isError)) {
            c.getSteps().add(toRecord(in));
            if (in.step() == CaseStep.CLOSED) {
                c.setConclusion(in.conclusion());
            }
        }
        return problems;
    }

    boolean canRemoveLastStep() {
        return !c.getSteps().isEmpty();
    }

    /** The plan number the last step opened, when removing it would orphan that plan's rows; else 0. */
    private int planOpenedByLastStep() {
        CaseStepRecord last = c.getSteps().get(c.getSteps().size() - 1);
        int number = c.currentPlanNumber();
        return last.step() == CaseStep.PLAN_DRAFTED && number > 1 ? number : 0;
    }

    /** "Hồ sơ đã đóng. Kết luận: …" for a closed case (cases closed before conclusions were kept have none). */
    String closedText() {
        return "Hồ sơ đã đóng: không còn bước nào để ghi nhận. Kết luận: "
                + (c.getConclusion() == null ? "chưa ghi." : c.getConclusion().label() + ".")
                + " Muốn sửa kết luận: xóa bước cuối rồi đóng hồ sơ lại.";
    }

    /** The question to ask before removing the last step. */
    String removeLastStepQuestion() {
        CaseStepRecord last = c.getSteps().get(c.getSteps().size() - 1);
        String question = "Xóa bước \"" + last.step().label() + "\" ngày " + DateText.format(last.date())
                + "? Chỉ nên xóa khi đã ghi nhầm.";
        int plan = planOpenedByLastStep();
        long rows = c.getPlanItems().stream().filter(p -> p.planNumber() == plan).count();
        if (plan > 0 && rows > 0) {
            question += " Các dòng của kế hoạch lần " + plan + " (" + rows + " dòng) cũng bị xóa.";
        }
        return question + " Thay đổi chỉ được ghi vào sổ khi lưu hồ sơ.";
    }

    /**
     * Removes the last step (and the rows of the plan it opened, which no step would own any more);
     * removing the closing also removes its conclusion, so that the case can be closed again with another.
     */
    void removeLastStep() {
        if (c.currentStep() == CaseStep.CLOSED) {
            c.setConclusion(null);
        }
        int plan = planOpenedByLastStep();
        c.getPlanItems().removeIf(p -> plan > 0 && p.planNumber() == plan);
        c.getSteps().remove(c.getSteps().size() - 1);
    }

    // ---- separation -------------------------------------------------------------------------

    SeparationInput separationInput() {
        Separation s = c.getSeparation();
        if (s == null) {
            return new SeparationInput(false, "", "", "", false);
        }
        return new SeparationInput(true, DateText.format(s.from()), s.placement() == null ? "" : s.placement(),
                DateText.format(s.endedOn()), s.extended());
    }

    /** The usual start of a separation: the day of the emergency step (the decision), else today. */
    LocalDate suggestedSeparationStart() {
        return c.firstStep(CaseStep.EMERGENCY).map(CaseStepRecord::date).orElse(today);
    }

    /** Writes the separation into the working copy and returns its problems (typing, then the rules). */
    List<Problem> applySeparation(SeparationInput in) {
        if (!in.separated()) {
            c.setSeparation(null);
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> from = DateText.parse(in.from());
        if (!isBlank(in.from()) && from.isEmpty()) {
            problems.add(Problem.error(AbuseCaseRules.SEPARATION, "Ngày bắt đầu cách ly: " + FieldMessages.BAD_DATE));
        }
        Optional<LocalDate> ended = DateText.parse(in.endedOn());
        if (!isBlank(in.endedOn()) && ended.isEmpty()) {
            problems.add(Problem.error(AbuseCaseRules.SEPARATION, "Ngày kết thúc cách ly: " + FieldMessages.BAD_DATE));
        }
        c.setSeparation(new Separation(from.orElse(null), clean(in.placement()), ended.orElse(null), in.extended()));
        problems.addAll(separationProblems());
        return problems;
    }

    /** The problems of the separation in the working copy (none without one). */
    List<Problem> separationProblems() {
        Separation s = c.getSeparation();
        if (s == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(caseProblems(AbuseCaseRules.SEPARATION));
        if (s.placement() == null) {
            problems.add(Problem.warning(AbuseCaseRules.SEPARATION,
                    "Chưa ghi nơi trẻ được chăm sóc thay thế trong thời gian cách ly."));
        }
        return problems;
    }

    /** "Tối đa 15 ngày: đến hết ngày 20/10/2026", or the extension, or empty before a start date. */
    static String separationLimitText(SeparationInput in) {
        if (!in.separated()) {
            return "";
        }
        Optional<LocalDate> from = DateText.parse(in.from());
        if (from.isEmpty()) {
            return "";
        }
        String limit = "Tối đa " + Separation.MAX_DAYS + " ngày: đến ngày "
                + DateText.format(new Separation(from.get(), null, null, false).latestEnd()) + ".";
        return in.extended() ? limit + " Đã gia hạn theo đề nghị của cơ quan có thẩm quyền." : limit;
    }

    // ---- text helpers -----------------------------------------------------------------------

    private static boolean isBlank(String text) {
        return VietnameseText.isBlank(text);
    }

    private static String clean(String text) {
        return VietnameseText.cleanOrNull(text);
    }
}
