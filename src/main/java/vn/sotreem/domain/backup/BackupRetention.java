package vn.sotreem.domain.backup;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rotating set of automatic backups: the newest backup of each of the last {@code daily}
 * days, {@code weekly} ISO weeks and {@code monthly} months that have one, plus the
 * {@code alwaysKeep} newest backups whatever their dates.
 */
public record BackupRetention(int daily, int weekly, int monthly, int alwaysKeep) {

    public static final BackupRetention DEFAULT = new BackupRetention(7, 4, 12, 3);

    /** The backup times to keep; the others may be deleted. */
    public Set<LocalDateTime> keep(Collection<LocalDateTime> backups) {
        List<LocalDateTime> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.reverseOrder());
        Set<LocalDateTime> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(alwaysKeep, newestFirst.size())));
        keep.addAll(newestPerPeriod(newestFirst, t -> t.toLocalDate().toString(), daily));
        keep.addAll(newestPerPeriod(newestFirst,
                t -> t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weekly));
        keep.addAll(newestPerPeriod(newestFirst, t -> t.getYear() + "-" + t.getMonthValue(), monthly));
        return keep;
    }

    private static List<LocalDateTime> newestPerPeriod(List<LocalDateTime> newestFirst,
                                                       Function<LocalDateTime, String> period, int count) {
        List<LocalDateTime> kept = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LocalDateTime t : newestFirst) {
            if (seen.size() >= count) {
                break;
            }
            if (seen.add(period.apply(t))) {
                kept.add(t);
            }
        }
        return kept;
    }
}
