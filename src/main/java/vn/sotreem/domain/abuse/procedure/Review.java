package vn.sotreem.domain.abuse.procedure;

import java.time.LocalDate;
import java.util.List;
import vn.sotreem.domain.abuse.RiskLevel;

/**
 * The review of one child after the plan (Mẫu 06, NĐ 56 Điều 30).
 *
 * @param closeRecommended true when the child is safe and stable and the case can be closed; false
 *                         when a new plan is needed
 */
public record Review(long childId, LocalDate date, String officer, List<ReviewRating> ratings, String conclusion,
                     boolean closeRecommended) {

    public Review {
        ratings = List.copyOf(ratings);
    }

    /** How many harm criteria (part a of the form) were rated at {@code level}: the form's count per level. */
    public long count(RiskLevel level) {
        return ratings.stream().filter(r -> r.criterion().isHarm() && r.level() == level).count();
    }

    public RiskLevel levelOf(ReviewCriterion criterion) {
        return ratings.stream().filter(r -> r.criterion() == criterion).map(ReviewRating::level).findFirst().orElse(null);
    }
}
