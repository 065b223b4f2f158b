package vn.sotreem.domain.abuse;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.sotreem.domain.hcdb.HcdbSubCase;

/**
 * A child victim of a case, linked to the register, with the forms of abuse they suffered (several
 * allowed, with NĐ 56 sub-forms) and what came of it.
 *
 * @param supported whether the child received support or intervention (sheet column {@code da_ho_tro})
 * @param outcome   the result for this child, in the officer's words
 */
public record AbuseVictim(long childId, Set<AbuseForm> forms, List<HcdbSubCase> subForms, boolean supported,
                          String outcome) {

    public AbuseVictim {
        forms = forms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forms));
        subForms = subForms.stream().distinct().sorted(Comparator.comparing(HcdbSubCase::code)).toList();
    }

    public static AbuseVictim of(long childId, Collection<AbuseForm> forms) {
        return new AbuseVictim(childId, forms.isEmpty() ? Set.of() : EnumSet.copyOf(forms), List.of(), false, null);
    }

    /** The forms in list order (the set keeps no order of its own). */
    public List<AbuseForm> orderedForms() {
        return forms.stream().sorted().toList();
    }
}
