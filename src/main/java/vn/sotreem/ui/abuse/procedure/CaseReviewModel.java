package vn.sotreem.ui.abuse.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.domain.abuse.procedure.ReviewRating;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.FieldMessages;

/**
 * The reviews of Mẫu 06 (NĐ 56 Điều 30), one per victim child and review round. The latest review
 * of each child is edited in place in the working copy; earlier rounds are only shown.
 */
final class CaseReviewModel {

    static final String REVIEW = "ra_soat";
    static final String NO_RECOMMENDATION = "Hãy chọn: đề nghị đóng hồ sơ hoặc cần kế hoạch mới.";

    /** One review as typed; {@code closeRecommended} is null until the officer chooses. */
    record ReviewInput(String date, String officer, Map<ReviewCriterion, RiskLevel> levels,
                       Map<ReviewCriterion, String> evidence, String conclusion, Boolean closeRecommended) {

        ReviewInput {
            levels = levels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(levels));
            evidence = Map.copyOf(evidence);
        }

        static ReviewInput blank() {
            return new ReviewInput("", "", Map.of(), Map.of(), "", null);
        }

        static ReviewInput of(Review r) {
            Map<ReviewCriterion, RiskLevel> levels = new EnumMap<>(ReviewCriterion.class);
            Map<ReviewCriterion, String> evidence = new EnumMap<>(ReviewCriterion.class);
            for (ReviewRating rating : r.ratings()) {
                if (rating.level() != null) {
                    levels.put(rating.criterion(), rating.level());
                }
                if (rating.evidence() != null) {
                    evidence.put(rating.criterion(), rating.evidence());
                }
            }
            return new ReviewInput(DateText.format(r.date()), r.officer() == null ? "" : r.officer(), levels, evidence,
                    r.conclusion() == null ? "" : r.conclusion(), r.closeRecommended());
        }

        boolean isBlank() {
            return VietnameseText.isBlank(date) && VietnameseText.isBlank(officer) && levels.isEmpty()
                    && evidence.values().stream().allMatch(VietnameseText::isBlank)
                    && VietnameseText.isBlank(conclusion) && closeRecommended == null;
        }
    }

    private final AbuseCase c;
    private final LocalDate today;
    /** The review being edited for each child (by identity in the case's list), absent when none yet. */
    private final Map<Long, Review> editing = new HashMap<>();

    CaseReviewModel(AbuseCase workingCopy, LocalDate today) {
        this.c = workingCopy;
        this.today = today;
        for (Review r : c.getReviews()) {
            editing.put(r.childId(), r); // the last one of each child wins
        }
    }

    List<Long> childIds() {
        return c.getVictims().stream().map(AbuseVictim::childId).toList();
    }

    /** The child's review being edited, as typed, or a blank one. */
    ReviewInput current(long childId) {
        Review r = editing.get(childId);
        return r == null ? ReviewInput.blank() : ReviewInput.of(r);
    }

    /** The child's earlier review rounds, oldest first. */
    List<Review> earlier(long childId) {
        Review current = editing.get(childId);
        return c.getReviews().stream().filter(r -> r.childId() == childId && r != current).toList();
    }

    /** Whether a new round can start: the child's current review is filled in without errors. */
    boolean canStartNew(long childId, ReviewInput in) {
        return editing.containsKey(childId) && !in.isBlank() && problems(in).stream().noneMatch(Problem::isError);
    }

    /** Keeps the current review as an earlier round; the next edit makes a new one. */
    void startNew(long childId) {
        editing.remove(childId);
    }

    /**
     * Writes the child's review into the working copy (a blank one removes it) and returns its
     * problems. What does not read is left empty; errors must stop the case from being saved.
     */
    List<Problem> apply(long childId, ReviewInput in) {
        Review old = editing.get(childId);
        List<Review> reviews = c.getReviews();
        int at = indexOf(reviews, old);
        if (in.isBlank()) {
            if (at >= 0) {
                reviews.remove(at);
            }
            editing.remove(childId);
            return List.of();
        }
        Review review = build(childId, in);
        if (at >= 0) {
            reviews.set(at, review);
        } else {
            reviews.add(review);
        }
        editing.put(childId, review);
        return problems(in);
    }

    private static int indexOf(List<Review> reviews, Review r) {
        for (int i = 0; i < reviews.size(); i++) {
            if (reviews.get(i) == r) {
                return i;
            }
        }
        return -1;
    }

    static Review build(long childId, ReviewInput in) {
        List<ReviewRating> ratings = new ArrayList<>();
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            RiskLevel level = in.levels().get(criterion);
            String evidence = VietnameseText.cleanOrNull(in.evidence().get(criterion));
            if (level != null || evidence != null) {
                ratings.add(new ReviewRating(criterion, level, evidence));
            }
        }
        return new Review(childId, DateText.parse(in.date()).orElse(null), VietnameseText.cleanOrNull(in.officer()),
                ratings, VietnameseText.cleanOrNull(in.conclusion()), Boolean.TRUE.equals(in.closeRecommended()));
    }

    /** "Lần trước: 05/10/2026 — Cao: 1 · … — đề nghị đóng hồ sơ: kết luận", one line per earlier round. */
    static String earlierText(Review earlier) {
        return "Lần trước: " + DateText.format(earlier.date()) + " — " + countsText(ReviewInput.of(earlier)) + " — "
                + (earlier.closeRecommended() ? "đề nghị đóng hồ sơ" : "cần kế hoạch mới")
                + (earlier.conclusion() == null ? "" : ": " + earlier.conclusion());
    }

    /** "Nguyễn Thị Hoà (TE000007)" from the register's record, else the child's internal id. */
    static String childLabel(long childId, Map<Long, Child> children) {
        Child child = children.get(childId);
        if (child == null) {
            return "mã nội bộ " + childId;
        }
        return child.getFullName() + (child.getCode() == null ? "" : " (" + child.getCode() + ")");
    }

    /** "Cao: 1 · Trung bình: 2 · Thấp: 1", from {@link Review#count}. */
    static String countsText(ReviewInput in) {
        Review r = build(0, in);
        List<String> parts = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            parts.add(level.label() + ": " + r.count(level));
        }
        return String.join(" · ", parts);
    }

    List<Problem> problems(ReviewInput in) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> date = DateText.parse(in.date());
        if (VietnameseText.isBlank(in.date())) {
            problems.add(Problem.error(REVIEW, "Chưa nhập ngày rà soát."));
        } else if (date.isEmpty()) {
            problems.add(Problem.error(REVIEW, "Ngày rà soát: " + FieldMessages.BAD_DATE));
        } else if (date.get().isAfter(today)) {
            problems.add(Problem.error(REVIEW, "Ngày rà soát " + DateText.format(date.get()) + " ở trong tương lai."));
        } else if (c.getIntake() != null && c.getIntake().receivedOn() != null
                && date.get().isBefore(c.getIntake().receivedOn())) {
            problems.add(Problem.error(REVIEW, "Ngày rà soát " + DateText.format(date.get()) + " trước ngày tiếp nhận."));
        }
        if (in.closeRecommended() == null) {
            problems.add(Problem.error(REVIEW, NO_RECOMMENDATION));
        }
        List<String> unrated = new ArrayList<>();
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            if (!in.levels().containsKey(criterion)) {
                unrated.add(criterion.label());
            }
        }
        if (!unrated.isEmpty()) {
            problems.add(Problem.warning(REVIEW, "Chưa đánh giá: " + String.join("; ", unrated) + "."));
        }
        if (VietnameseText.isBlank(in.officer())) {
            problems.add(Problem.warning(REVIEW, "Chưa ghi cán bộ rà soát."));
        }
        // "Cao" is bad for the three harm criteria; for the child's own capacity to protect itself it is good.
        boolean harmStillHigh = in.levels().entrySet().stream().anyMatch(e -> e.getValue() == RiskLevel.HIGH
                && e.getKey() != ReviewCriterion.SELF_PROTECTION);
        if (Boolean.TRUE.equals(in.closeRecommended()) && harmStillHigh) {
            problems.add(Problem.warning(REVIEW, "Còn tiêu chí tổn hại ở mức Cao: hồ sơ chỉ đóng khi trẻ hết nguy cơ và đã ổn định."));
        }
        return problems;
    }
}
