package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import java.util.List;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.Distribution;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.importing.ExchangeModel;

/**
 * The register's side of the HCĐB page: the children, memberships, villages and distribution days
 * it lists, a distribution day's supports (recorded, corrected or voided as a whole) and the
 * closing of aged-out memberships. Every method but
 * {@link #role} and {@link #exchange} reads or writes the register: call it off the FX thread.
 */
public final class HcdbModel {

    /** One reading of what the page lists. */
    record Register(List<Child> children, List<Membership> memberships, List<Village> villages,
                    List<Distribution> distributions) {
    }

    private final RegisterStore store;

    public HcdbModel(RegisterStore store) {
        this.store = store;
    }

    /** The account working now (kept in memory: no read). */
    Role role() {
        return store.currentAccount().role();
    }

    Register read() {
        return new Register(store.allChildren(), store.read(tx -> tx.memberships(null)), store.villages(),
                store.read(tx -> tx.hcdb().distributions()));
    }

    /** One support per child, all or none; the supports recorded. */
    List<Support> addSupportToChildren(Support template, List<Long> childIds, LocalDate today) {
        return store.addSupportToChildren(template, childIds, today);
    }

    /** Corrects every support of a distribution day to {@code template}, all or none. */
    List<Support> correctDistribution(long distributionId, Support template, LocalDate today) {
        return store.write(tx -> tx.hcdb().correctDistribution(distributionId, template, today));
    }

    /** Voids every support of a distribution day entered in error; how many. */
    int voidDistribution(long distributionId, String reason) {
        return store.write(tx -> tx.hcdb().voidDistribution(distributionId, reason));
    }

    List<Membership> closeAgedOutMemberships(long childId, LocalDate today) {
        return store.closeAgedOutMemberships(childId, today);
    }

    /** The register workbook's export (its sheet HCDB holds every membership). */
    ExchangeModel exchange() {
        return new ExchangeModel(store);
    }
}
