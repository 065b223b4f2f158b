package vn.sotreem.domain.abuse.procedure;

import java.time.LocalDate;

/**
 * A row of the support and intervention plan (Mẫu 04, NĐ 56 Điều 28 khoản 3).
 *
 * @param planNumber 1 for the first plan, 2 for the plan made after the first review, …
 * @param cost       estimated cost in đồng, or null
 */
public record PlanItem(int planNumber, String task, String responsible, String provider, LocalDate start,
                       LocalDate plannedEnd, Long cost) {
}
