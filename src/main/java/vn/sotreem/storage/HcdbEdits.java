package vn.sotreem.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VoidReason;
import vn.sotreem.domain.hcdb.Distribution;
import vn.sotreem.domain.hcdb.HcdbChanges;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.MembershipRules;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportRules;
import vn.sotreem.storage.SnapshotChanges.Part;

/**
 * The writes of HCĐB memberships and supports inside one {@link RegisterTransaction} (reached with
 * {@link RegisterTransaction#hcdb()}): entry,
 * correction (with the rules of entry, audited old → new), voiding a record entered in error (with
 * a reason; the row stays, every read leaves it out) and the distribution days, corrected or voided
 * as a whole.
 */
public final class HcdbEdits {

    static final String MEMBERSHIP = "hcdb";
    static final String SUPPORT = "tro_giup";
    private static final String MEMBERSHIP_TABLE = "hcdb_membership";
    private static final String SUPPORT_TABLE = "support";

    private final RegisterTransaction tx;
    private final HcdbRepository repository;

    HcdbEdits(RegisterTransaction tx) {
        this.tx = tx;
        this.repository = tx.store().hcdbRepository();
    }

    /**
     * Adds or changes a membership after checking it against the child and its other memberships.
     * A change that changes nothing writes and audits nothing (an unchanged workbook imported again).
     */
    Membership saveMembership(Membership membership, LocalDate today) {
        tx.requireEditOf(Part.MEMBERSHIPS);
        Child child = tx.existingChild(membership.childId());
        Membership before = membership.id() == null ? null : existingMembership(membership.id());
        if (before != null && before.childId() != membership.childId()) {
            throw new UserFacingException("Không chuyển được diện HCĐB sang trẻ khác; hãy hủy diện này và thêm cho trẻ kia.");
        }
        if (before != null && HcdbChanges.same(before, membership)) {
            return before;
        }
        List<Membership> others = tx.memberships(membership.childId());
        RegisterTransaction.refuseErrors(MembershipRules.validate(membership, child, others, today), child);
        Membership saved = tx.call(() -> repository.save(tx.connection(), membership));
        String what = "Nhóm " + HcdbChanges.describe(saved).substring("nhóm ".length());
        tx.audit(before == null ? AuditAction.CREATE : AuditAction.UPDATE, MEMBERSHIP, child.getCode() + "/" + saved.id(),
                before == null ? what + (saved.closeReason() == null ? "" : ", lý do: " + saved.closeReason())
                        : what + "\n" + String.join("\n", HcdbChanges.between(before, saved)));
        return saved;
    }

    /** Voids a membership entered in error: it leaves every list, count and export; its row and the reason stay. */
    public void voidMembership(long id, String reason) {
        tx.requireEditOf(Part.MEMBERSHIPS);
        String why = requireReason(reason);
        Membership before = existingMembership(id);
        Child child = tx.existingChild(before.childId());
        markVoid(MEMBERSHIP_TABLE, id, why);
        tx.audit(AuditAction.VOID, MEMBERSHIP, child.getCode() + "/" + id, "Hủy diện HCĐB nhập nhầm: "
                + HcdbChanges.describe(before) + "\nLý do: " + why);
    }

    /** Records a support after checking it against the child. */
    Support addSupport(Support support, LocalDate today) {
        return insertSupport(support, null, today);
    }

    private Support insertSupport(Support support, Long distributionId, LocalDate today) {
        tx.requireEditOf(Part.SUPPORTS);
        Child child = tx.existingChild(support.childId());
        RegisterTransaction.refuseErrors(SupportRules.validate(support, child, today), child);
        Support saved = tx.call(() -> repository.insert(tx.connection(), support, distributionId));
        tx.audit(AuditAction.CREATE, SUPPORT, child.getCode() + "/" + saved.id(), HcdbChanges.describe(saved)
                + (distributionId == null ? "" : " (đợt trợ giúp hàng loạt số " + distributionId + ")"));
        return saved;
    }

    /** Corrects a support (same child) with the rules of entry; audited old → new. */
    public Support saveSupport(Support support, LocalDate today) {
        tx.requireEditOf(Part.SUPPORTS);
        if (support.id() == null) {
            return addSupport(support, today);
        }
        Support before = existingSupport(support.id());
        if (before.childId() != support.childId()) {
            throw new UserFacingException("Không chuyển được lần trợ giúp sang trẻ khác; hãy hủy và ghi lại cho trẻ kia.");
        }
        return update(before, support, today, "");
    }

    private Support update(Support before, Support after, LocalDate today, String context) {
        List<String> changes = HcdbChanges.between(before, after);
        if (changes.isEmpty()) {
            return before;
        }
        Child child = tx.existingChild(before.childId());
        RegisterTransaction.refuseErrors(SupportRules.validate(after, child, today), child);
        tx.run(() -> repository.update(tx.connection(), after));
        tx.audit(AuditAction.UPDATE, SUPPORT, child.getCode() + "/" + after.id(), "Sửa " + HcdbChanges.describe(before)
                + context + "\n" + String.join("\n", changes));
        return after;
    }

    /** Voids a support entered in error (its row and the reason stay). */
    public void voidSupport(long id, String reason) {
        tx.requireEditOf(Part.SUPPORTS);
        String why = requireReason(reason);
        Support before = existingSupport(id);
        voidOne(before, why, "");
    }

    private void voidOne(Support before, String why, String context) {
        Child child = tx.existingChild(before.childId());
        markVoid(SUPPORT_TABLE, before.id(), why);
        tx.audit(AuditAction.VOID, SUPPORT, child.getCode() + "/" + before.id(), "Hủy lần trợ giúp nhập nhầm: "
                + HcdbChanges.describe(before) + context + "\nLý do: " + why);
    }

    /** A distribution day: the same support for every child listed, recorded as one distribution. */
    public List<Support> addDistribution(Support template, List<Long> childIds, LocalDate today) {
        tx.requireEditOf(Part.SUPPORTS);
        long distributionId = tx.call(() -> repository.nextDistributionId(tx.connection()));
        return childIds.stream().map(id -> insertSupport(template.forChild(id), distributionId, today)).toList();
    }

    /** The distribution days with supports in force, newest first. */
    public List<Distribution> distributions() {
        return tx.call(() -> repository.distributions(tx.connection()));
    }

    /**
     * Corrects every support of a distribution day to {@code template} (date, type, provider,
     * amount, note, carer): all or none, each checked against its child and audited old → new.
     */
    public List<Support> correctDistribution(long distributionId, Support template, LocalDate today) {
        tx.requireEditOf(Part.SUPPORTS);
        String context = " (đợt trợ giúp hàng loạt số " + distributionId + ")";
        return each(distributionId, s -> update(s, withIdAndChild(template, s), today, context));
    }

    /** Voids every support of a distribution day entered in error, with one reason; all or none. */
    public int voidDistribution(long distributionId, String reason) {
        tx.requireEditOf(Part.SUPPORTS);
        String why = requireReason(reason);
        String context = " (đợt trợ giúp hàng loạt số " + distributionId + ")";
        return each(distributionId, s -> {
            voidOne(s, why, context);
            return s;
        }).size();
    }

    /** What of a child's HCĐB records was voided as entered in error: an import does not bring it back. */
    public VoidedHcdb voided(long childId) {
        return tx.call(() -> new VoidedHcdb(repository.voidedMemberships(tx.connection(), childId),
                repository.voidedSupports(tx.connection(), childId)));
    }

    private List<Support> each(long distributionId, Function<Support, Support> change) {
        Distribution d = distributions().stream().filter(x -> x.id() == distributionId).findFirst()
                .orElseThrow(() -> new UserFacingException("Không tìm thấy đợt trợ giúp hàng loạt số " + distributionId
                        + " (có thể đã bị hủy)."));
        List<Support> changed = new ArrayList<>();
        for (Support s : d.supports()) {
            changed.add(change.apply(s));
        }
        return changed;
    }

    private static Support withIdAndChild(Support template, Support of) {
        return new Support(of.id(), of.childId(), template.date(), template.type(), template.provider(), template.amount(),
                template.note(), template.carerName(), template.careForm());
    }

    private Membership existingMembership(long id) {
        return tx.call(() -> repository.membership(tx.connection(), id)).orElseThrow(() -> new UserFacingException(
                "Không tìm thấy diện HCĐB (mã nội bộ " + id + "); có thể nó đã bị hủy."));
    }

    private Support existingSupport(long id) {
        return tx.call(() -> repository.support(tx.connection(), id)).orElseThrow(() -> new UserFacingException(
                "Không tìm thấy lần trợ giúp (mã nội bộ " + id + "); có thể nó đã bị hủy."));
    }

    private void markVoid(String table, long id, String why) {
        String by = tx.store().userName();
        tx.run(() -> repository.markVoid(tx.connection(), table, id, LocalDateTime.now(), by, why));
    }

    private static String requireReason(String reason) {
        return VoidReason.require(reason, "", "nhập nhầm trẻ, nhập hai lần");
    }
}
