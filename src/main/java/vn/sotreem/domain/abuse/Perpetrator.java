package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Sex;

/**
 * An alleged perpetrator (đối tượng xâm hại). The relationship is to one victim of the case when
 * {@code victimChildId} is set (a father of one child may be an uncle of another); a perpetrator
 * without it concerns the case as a whole.
 */
public record Perpetrator(Long victimChildId, Sex sex, PerpetratorAgeGroup ageGroup, PerpetratorRelation relation,
                          HandlingRoute handling, Sanction sanction, String note) {

    /** The fine of the sanction in đồng, 0 when none. */
    public long fine() {
        return sanction == null || sanction.fine() == null ? 0 : sanction.fine();
    }
}
