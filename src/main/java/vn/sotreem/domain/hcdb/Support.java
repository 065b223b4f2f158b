package vn.sotreem.domain.hcdb;

import java.time.LocalDate;

/**
 * A support a child received (sheet {@code TroGiup}). Alternative care is a support of type
 * {@code cham_soc_thay_the} with the carer's name and the form of care.
 *
 * @param amount in đồng, or null when not a sum of money
 */
public record Support(Long id, long childId, LocalDate date, SupportType type, String provider, Long amount,
                      String note, String carerName, CareForm careForm) {

    public Support withId(long newId) {
        return new Support(newId, childId, date, type, provider, amount, note, carerName, careForm);
    }

    /** The same support for another child (a distribution day). */
    public Support forChild(long otherChildId) {
        return new Support(null, otherChildId, date, type, provider, amount, note, carerName, careForm);
    }
}
