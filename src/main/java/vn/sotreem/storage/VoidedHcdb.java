package vn.sotreem.storage;

import java.util.List;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;

/** A child's memberships and supports voided as entered in error ({@link HcdbEdits#voided}). */
public record VoidedHcdb(List<Membership> memberships, List<Support> supports) {

    public VoidedHcdb {
        memberships = List.copyOf(memberships);
        supports = List.copyOf(supports);
    }
}
