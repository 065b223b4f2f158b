package vn.sotreem.domain.abuse.procedure;

import java.time.LocalDate;

/**
 * A temporary separation of the child from the parents or carer (NĐ 56 Điều 32, Mẫu 07): at most
 * {@value #MAX_DAYS} days unless a competent body asks for an extension.
 *
 * @param placement where the child stays meanwhile (alternative care must start at once)
 * @param endedOn   when the separation ended, or null while it lasts
 */
public record Separation(LocalDate from, String placement, LocalDate endedOn, boolean extended) {

    public static final int MAX_DAYS = 15;

    public LocalDate latestEnd() {
        return from.plusDays(MAX_DAYS);
    }
}
