package vn.sotreem.domain.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The cells of one measure cut by some keys: a count (or sum) per combination of values. */
final class Tally {

    private final DisaggregationKey[] keys;
    private final int[] sizes;
    final long[] values;
    /** The last record counted in each cell: a record's contributions come together, so this makes counts distinct. */
    private final long[] lastEntity;

    Tally(List<DisaggregationKey> keys, Map<DisaggregationKey, Integer> sizeOfKey) {
        this.keys = keys.toArray(DisaggregationKey[]::new);
        this.sizes = keys.stream().mapToInt(sizeOfKey::get).toArray();
        int cells = Arrays.stream(sizes).reduce(1, (a, b) -> a * b);
        this.values = new long[cells];
        this.lastEntity = new long[cells];
        Arrays.fill(lastEntity, Long.MIN_VALUE);
    }

    void add(long entity, int[] dims, long weight) {
        int cell = 0;
        for (int k = 0; k < keys.length; k++) {
            int value = dims[keys[k].ordinal()];
            if (value < 0) {
                return; // the record has no value for this key (e.g. a case without a form)
            }
            cell = cell * sizes[k] + value;
        }
        if (lastEntity[cell] != entity) {
            lastEntity[cell] = entity;
            values[cell] += weight;
        }
    }
}
