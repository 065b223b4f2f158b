package vn.sotreem.storage;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildRules;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.merge.MembershipOverlaps;

/** Merging two records of one child, inside one {@link RegisterTransaction}. */
final class ChildMerging {

    private final RegisterTransaction tx;

    ChildMerging(RegisterTransaction tx) {
        this.tx = tx;
    }

    /**
     * Merges two records of one child: the older record takes the chosen values, and every
     * membership, support, injury and part in an abuse case of the newer record moves to it; the
     * newer record is hidden behind it (its code still leads there; audit entries naming it stay).
     * A membership repeated exactly on both is kept once; an abuse case listing both keeps one
     * victim row. Two overlapping memberships of one group are resolved as the officer chose
     * ({@link MembershipOverlaps}); refused, leaving both untouched, while one is unresolved.
     */
    Child merge(ChildMerge merge, LocalDate today) {
        tx.requireEdit();
        Child older = tx.existingChild(merge.older().getId());
        Child newer = tx.existingChild(merge.newer().getId());
        Child result = merge.result();
        RegisterTransaction.refuseErrors(ChildRules.validateRecord(result, today), result);
        MembershipOverlaps.Plan memberships = merge.memberships().plan(tx.memberships(older.getId()), tx.memberships(newer.getId()));
        Child saved = tx.saveChild(result);
        long from = newer.getId();
        long to = older.getId();
        List<String> moved = new ArrayList<>();
        RegisterStore store = tx.store();
        Connection c = tx.connection();
        String reason = "Gộp hồ sơ " + newer.getCode() + " vào hồ sơ " + older.getCode() + ": đợt trùng với đợt đã giữ";
        LocalDateTime now = LocalDateTime.now();
        tx.call(() -> {
            for (Membership m : memberships.removed()) { // voided, not deleted: the row stays with why
                store.hcdbRepository().markVoid(c, "hcdb_membership", m.id(), now, store.userName(), reason);
            }
            for (Membership m : memberships.changed()) {
                store.hcdbRepository().save(c, m);
            }
            count(moved, store.hcdbRepository().moveMemberships(c, from, to), "đợt thuộc nhóm HCĐB");
            count(moved, store.hcdbRepository().moveSupports(c, from, to), "lần trợ giúp");
            count(moved, store.injuryRepository().moveToChild(c, from, to), "tai nạn, thương tích");
            count(moved, store.abuseCaseRepository().caseIdsOfChild(c, from).size(), "vụ việc xâm hại");
            store.abuseCaseRepository().moveToChild(c, from, to);
            store.childRepository().markMerged(c, from, to);
            store.duplicateQueueRepository().movePairs(c, from, to);
            return null;
        });
        tx.audit(AuditAction.MERGE, "tre_em", saved.getCode(), "Gộp hồ sơ " + newer.getCode() + " (" + newer.getFullName()
                + ") vào hồ sơ " + older.getCode() + " (" + older.getFullName() + ")."
                + (moved.isEmpty() ? "" : "\nChuyển sang " + older.getCode() + ": " + String.join(", ", moved) + ".")
                + (memberships.notes().isEmpty() ? "" : "\n" + String.join("\n", memberships.notes()))
                + (merge.chosenValues().isEmpty() ? "" : "\nGiá trị đã chọn:\n" + String.join("\n", merge.chosenValues())));
        return saved;
    }

    private static void count(List<String> lines, int n, String what) {
        if (n > 0) {
            lines.add(n + " " + what);
        }
    }
}
