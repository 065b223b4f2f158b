package vn.sotreem.domain.abuse.procedure;

import vn.sotreem.domain.abuse.RiskLevel;

/** One criterion of Mẫu 06 with its rating and the evidence for it. */
public record ReviewRating(ReviewCriterion criterion, RiskLevel level, String evidence) {
}
