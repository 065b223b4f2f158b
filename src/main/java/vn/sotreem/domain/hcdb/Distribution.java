package vn.sotreem.domain.hcdb;

import java.util.List;

/**
 * A distribution day ("Trợ giúp hàng loạt"): the same support recorded for many children at once,
 * shown and corrected as one entry.
 *
 * @param support  what every child received (its child id is that of the first support)
 * @param supports the supports of the distribution still in force, one per child
 */
public record Distribution(long id, Support support, List<Support> supports) {

    public Distribution {
        supports = List.copyOf(supports);
    }

    public int childCount() {
        return supports.size();
    }
}
