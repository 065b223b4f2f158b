package vn.sotreem.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

    @Test
    void keepsSevenDaysFourWeeksTwelveMonthsAndTheNewest() {
        // One backup every day at 17:00 for two years, plus three on the last day.
        List<LocalDateTime> backups = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2024, 11, 24, 17, 0);
        for (int d = 0; d < 730; d++) {
            backups.add(start.plusDays(d));
        }
        LocalDateTime last = backups.get(backups.size() - 1);
        backups.add(last.plusHours(1));
        backups.add(last.plusHours(2));
        Set<LocalDateTime> keep = BackupRetention.DEFAULT.keep(backups);
        assertTrue(keep.contains(last.plusHours(2)));
        assertTrue(keep.contains(last.plusHours(1)));
        assertTrue(keep.contains(last), "third newest");
        for (int d = 1; d < 7; d++) {
            assertTrue(keep.contains(last.minusDays(d).withHour(17)), "daily " + d);
        }
        assertTrue(keep.size() <= 3 + 7 + 4 + 12, "size " + keep.size());
        assertTrue(keep.size() >= 7 + 12, "size " + keep.size());
        // The oldest kept is about a year old (the 12th month), nothing from the first year's start.
        LocalDateTime oldest = keep.stream().min(LocalDateTime::compareTo).orElseThrow();
        assertTrue(oldest.isAfter(last.minusMonths(12).withDayOfMonth(1).minusDays(1)), oldest.toString());
    }

    @Test
    void keepsEverythingWhenThereIsLittle() {
        List<LocalDateTime> two = List.of(LocalDateTime.of(2026, 1, 1, 8, 0), LocalDateTime.of(2026, 1, 1, 9, 0));
        assertEquals(Set.copyOf(two), BackupRetention.DEFAULT.keep(two));
    }
}
