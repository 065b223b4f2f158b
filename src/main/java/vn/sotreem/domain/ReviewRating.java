package vn.sotreem.domain;

/** One criterion of Mẫu 06 with its rating and the evidence for it. */
public record ReviewRating(ReviewCriterion criterion, RiskLevel level, String evidence) {
}
