package vn.sotreem.domain.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.place.Village;

/**
 * The snapshot's children and villages indexed once per report: each child's place (its index in
 * the snapshot) found by id without boxing, and each village's index by folded name, so that names
 * that fold equal (Hòa/Hoà) are one village and the register's villages come first, in their order.
 */
final class SnapshotIndex {

    final List<String> villageNames = new ArrayList<>();
    private final Map<String, Integer> villageIndex = new HashMap<>();
    /** Each village name as written to its index: folding (Unicode normalisation) once per spelling, not per child. */
    private final Map<String, Integer> villageBySpelling = new HashMap<>();
    /** The snapshot's children in its order; a child's place is its index here. */
    final Child[] children;
    /** Each child's village index (see {@link #village}), by place: found once, not per count. */
    final int[] villageOf;
    /** The children's ids in ascending order, and the place of each: look-ups by id without boxing. */
    private final long[] sortedIds;
    private final int[] placeOfSorted;

    SnapshotIndex(RegisterSnapshot register) {
        this.children = register.children().toArray(Child[]::new);
        this.villageOf = new int[children.length];
        List<Village> villages = new ArrayList<>(register.villages());
        villages.sort(Comparator.comparingInt(Village::sortOrder));
        villages.forEach(v -> village(v.name()));
        long[] ids = new long[children.length];
        boolean ascending = true;
        for (int place = 0; place < children.length; place++) {
            Child c = children[place];
            if (c.getId() == null) {
                throw new IllegalArgumentException("A child of the snapshot has no id: " + c);
            }
            ids[place] = c.getId();
            ascending &= place == 0 || ids[place - 1] < ids[place];
            villageOf[place] = village(c.getVillage()); // a village missing from the list still gets its row
        }
        if (ascending) { // as storage reads them
            sortedIds = ids;
            placeOfSorted = null;
        } else {
            Integer[] order = new Integer[children.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingLong(i -> ids[i]));
            sortedIds = Arrays.stream(order).mapToLong(i -> ids[i]).toArray();
            placeOfSorted = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
    }

    /** The place of a child in the snapshot. */
    int place(long id) {
        int found = Arrays.binarySearch(sortedIds, id);
        if (found < 0) {
            throw new IllegalArgumentException("The snapshot refers to a child it does not hold: " + id);
        }
        return placeOfSorted == null ? found : placeOfSorted[found];
    }

    /** The index of a village by folded name, adding it on first sight; -1 for none. */
    private int village(String name) {
        Integer known = name == null ? null : villageBySpelling.get(name);
        if (known != null) {
            return known; // a spelling seen before: nearly every child
        }
        if (VietnameseText.isBlank(name)) {
            return -1;
        }
        return villageBySpelling.computeIfAbsent(name, spelling -> villageIndex.computeIfAbsent(
                VietnameseText.fold(spelling), f -> {
                    villageNames.add(spelling);
                    return villageNames.size() - 1;
                }));
    }
}
