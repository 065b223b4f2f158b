package vn.sotreem.ui.abuse.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.hcdb.SupportFormModel;

/**
 * The rows of the case's current support and intervention plan (Mẫu 04, NĐ 56 Điều 28 khoản 3) as
 * typed, written into the working copy as the officer types. Earlier plans (before a review asked
 * for a new one) are only shown. Costs are in đồng and read like the support amounts: "1.500.000".
 */
final class CasePlanModel {

    static final String PLAN = "ke_hoach";

    /** One row as typed; a row left entirely blank is ignored. */
    record RowInput(String task, String responsible, String provider, String start, String plannedEnd, String cost) {

        static RowInput blank() {
            return new RowInput("", "", "", "", "", "");
        }

        static RowInput of(PlanItem p) {
            return new RowInput(nz(p.task()), nz(p.responsible()), nz(p.provider()), DateText.format(p.start()),
                    DateText.format(p.plannedEnd()), SupportFormModel.formatAmount(p.cost()));
        }

        boolean isBlank() {
            return VietnameseText.isBlank(task) && VietnameseText.isBlank(responsible) && VietnameseText.isBlank(provider)
                    && VietnameseText.isBlank(start) && VietnameseText.isBlank(plannedEnd) && VietnameseText.isBlank(cost);
        }
    }

    private final AbuseCase c;

    CasePlanModel(AbuseCase workingCopy) {
        this.c = workingCopy;
    }

    int planNumber() {
        return c.currentPlanNumber();
    }

    List<RowInput> currentRows() {
        return c.currentPlan().stream().map(RowInput::of).toList();
    }

    /** The rows of the other plans, by plan number: the history shown read-only. */
    List<PlanItem> earlierItems() {
        int current = planNumber();
        return c.getPlanItems().stream().filter(p -> p.planNumber() != current)
                .sorted(Comparator.comparingInt(PlanItem::planNumber)).toList();
    }

    /**
     * Replaces the current plan's rows in the working copy by {@code rows} (blank rows left out;
     * what does not read is left empty) and returns the problems, each naming its row ("Dòng 2").
     */
    List<Problem> apply(List<RowInput> rows) {
        int number = planNumber();
        List<Problem> problems = new ArrayList<>();
        List<PlanItem> items = read(number, rows, problems);
        List<PlanItem> all = new ArrayList<>(c.getPlanItems().stream().filter(p -> p.planNumber() != number).toList());
        all.addAll(items);
        c.setPlanItems(all);
        return problems;
    }

    /** The problems of {@code rows}, without writing them. */
    List<Problem> check(List<RowInput> rows) {
        List<Problem> problems = new ArrayList<>();
        read(planNumber(), rows, problems);
        return problems;
    }

    private static List<PlanItem> read(int number, List<RowInput> rows, List<Problem> problems) {
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowInput row = rows.get(i);
            if (!row.isBlank()) {
                items.add(read(number, row, "Dòng " + (i + 1) + ": ", problems));
            }
        }
        return items;
    }

    private static PlanItem read(int number, RowInput row, String prefix, List<Problem> problems) {
        if (VietnameseText.isBlank(row.task())) {
            problems.add(Problem.error(PLAN, prefix + "chưa ghi dịch vụ, nhiệm vụ."));
        }
        LocalDate start = date(row.start(), prefix + "ngày bắt đầu", problems);
        LocalDate end = date(row.plannedEnd(), prefix + "ngày dự kiến kết thúc", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Problem.error(PLAN, prefix + "ngày dự kiến kết thúc " + DateText.format(end)
                    + " trước ngày bắt đầu " + DateText.format(start) + "."));
        }
        Long cost = null;
        if (!VietnameseText.isBlank(row.cost())) {
            cost = parseCost(row.cost()).orElse(null);
            if (cost == null) {
                problems.add(Problem.error(PLAN, prefix + costProblem(row.cost())));
            }
        }
        return new PlanItem(number, VietnameseText.cleanOrNull(row.task()), VietnameseText.cleanOrNull(row.responsible()),
                VietnameseText.cleanOrNull(row.provider()), start, end, cost);
    }

    private static LocalDate date(String text, String what, List<Problem> problems) {
        if (VietnameseText.isBlank(text)) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            problems.add(Problem.error(PLAN, what + " không hợp lệ, hãy gõ theo dạng ngày/tháng/năm, ví dụ 05/03/2026."));
        }
        return date.orElse(null);
    }

    /** A cost in đồng: "1.500.000", "1500000", "1 500 000 đ"; not "1,5 triệu", not negative. */
    static Optional<Long> parseCost(String text) {
        return SupportFormModel.parseAmount(text);
    }

    /** Why {@code text} is not a cost (for text {@link #parseCost} refuses). */
    static String costProblem(String text) {
        String t = text.trim();
        if ((t.startsWith("-") || t.startsWith("−")) && parseCost(t.substring(1)).isPresent()) {
            return "kinh phí không được âm.";
        }
        return "kinh phí là số đồng, ví dụ 1.500.000 (có thể để trống).";
    }

    /** The sum of the costs that read; rows without a cost count nothing. */
    static long total(List<RowInput> rows) {
        return rows.stream().map(RowInput::cost).filter(t -> !VietnameseText.isBlank(t))
                .map(CasePlanModel::parseCost).flatMap(Optional::stream).mapToLong(Long::longValue).sum();
    }

    /** "Tổng kinh phí dự kiến: 4.500.000 đồng". */
    static String totalText(List<RowInput> rows) {
        return "Tổng kinh phí dự kiến: " + SupportFormModel.formatAmount(total(rows)) + " đồng";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
