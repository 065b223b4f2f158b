package vn.sotreem.domain.abuse;

import java.time.LocalDate;

/**
 * An administrative sanction decision against an alleged perpetrator.
 *
 * @param fine in đồng, or null when the sanction is not a fine
 */
public record Sanction(String decisionNumber, LocalDate decisionDate, String authority, String provision, Long fine,
                       EnforcementStatus enforcement) {
}
