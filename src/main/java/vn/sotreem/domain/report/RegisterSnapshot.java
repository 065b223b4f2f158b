package vn.sotreem.domain.report;

import java.util.List;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.place.Village;

/**
 * Everything of a register the indicator report counts, read in one go. Children must have ids:
 * memberships, supports, injuries and victims refer to them.
 */
public record RegisterSnapshot(List<Village> villages, List<Child> children, List<Membership> memberships,
                               List<Support> supports, List<AbuseCase> abuseCases, List<Injury> injuries) {

    public RegisterSnapshot {
        villages = List.copyOf(villages);
        children = List.copyOf(children);
        memberships = List.copyOf(memberships);
        supports = List.copyOf(supports);
        abuseCases = List.copyOf(abuseCases);
        injuries = List.copyOf(injuries);
    }
}
