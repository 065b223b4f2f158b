package vn.sotreem.ui.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.EventDates;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.hcdb.ChildHcdbModel;
import vn.sotreem.ui.injury.InjuryRegisterModel;

/**
 * The register's side of a child's record: what the record shows beside the child's fields (its
 * abuse cases, injuries and HCĐB history), the possible duplicates of a child about to be saved,
 * and the save. Opening a record ({@link #details}) is written to the audit log. Every method but {@link #canSeeAbuseDetails}, {@link #hcdb} and
 * {@link #injuries} reads or writes the register: call it off the FX thread.
 */
public final class ChildFormModel {

    /** What a record shows beside the child's own fields, read before it opens. */
    public record Details(List<String> villages, List<AbuseCase> abuseCases, List<Injury> injuries,
                          ChildHcdbModel.History hcdb) {
        public Details {
            villages = List.copyOf(villages);
            abuseCases = List.copyOf(abuseCases);
            injuries = List.copyOf(injuries);
        }
    }

    private final RegisterStore store;
    private final ChildHcdbModel hcdb;
    private final InjuryRegisterModel injuries;

    public ChildFormModel(RegisterStore store) {
        this.store = store;
        this.hcdb = new ChildHcdbModel(store);
        this.injuries = new InjuryRegisterModel(store);
    }

    /** The account working now may see who the victims of abuse cases are (kept in memory: no read). */
    boolean canSeeAbuseDetails() {
        return store.currentAccount().role().canSeeAbuseDetails();
    }

    /** The villages (for the village box) and, for a child already in the register, its cases, injuries and HCĐB history. */
    public Details details(Child child) {
        List<String> villages = store.villages().stream().map(Village::name).toList();
        if (child == null || child.getId() == null) {
            return new Details(villages, List.of(), List.of(), null);
        }
        long id = child.getId();
        if (store.openChildRecord(id).isEmpty()) { // audited: the record holds HCĐB groups, poverty, parents
            throw new UserFacingException("Không tìm thấy hồ sơ trẻ " + child.getCode() + " (có thể đã bị hủy hoặc gộp).");
        }
        List<AbuseCase> cases = canSeeAbuseDetails() ? store.read(tx -> tx.abuseCaseIdsOfChild(id).stream()
                .flatMap(caseId -> tx.abuseCase(caseId).stream()).toList()) : List.of();
        return new Details(villages, cases, store.injuries(id), hcdb.history(child));
    }


    /** The child as the register has it now. */
    Optional<Child> child(long id) {
        return store.child(id);
    }

    List<Child> possibleDuplicates(Child child) {
        return store.possibleDuplicates(child);
    }

    Child save(Child child) {
        return store.saveChild(child);
    }

    /** What the officer is told before a save: possible duplicates, and events the corrected dates make invalid. */
    record SaveChecks(List<Child> duplicates, List<String> brokenEvents) {
        SaveChecks {
            duplicates = List.copyOf(duplicates);
            brokenEvents = List.copyOf(brokenEvents);
        }
    }

    SaveChecks checksBeforeSaving(Child child, LocalDate today) {
        return new SaveChecks(possibleDuplicates(child), eventsMadeInvalid(child, today));
    }

    /**
     * The events of a saved child that {@code corrected}'s birth, move or death date would make
     * invalid (a support before birth, an injury after death), each as the rule words it; empty for
     * a new child or when the correction breaks nothing that was right before.
     */
    List<String> eventsMadeInvalid(Child corrected, LocalDate today) {
        if (corrected.getId() == null) {
            return List.of();
        }
        long id = corrected.getId();
        return store.read(tx -> {
            Child stored = tx.child(id).orElse(null);
            List<String> broken = new ArrayList<>();
            if (stored == null) {
                return broken;
            }
            for (Membership m : tx.memberships(id)) {
                broken(broken, m.fromDate(), "ngày bắt đầu thuộc nhóm " + m.group().code() + " (HCĐB)", corrected, stored, today);
            }
            for (Support support : tx.supports(id)) {
                broken(broken, support.date(), "ngày trợ giúp (" + support.type().label() + ")", corrected, stored, today);
            }
            for (Injury injury : tx.injuries(id)) {
                broken(broken, injury.date(), "ngày tai nạn (" + injury.type().label() + ")", corrected, stored, today);
            }
            return broken;
        });
    }

    private static void broken(List<String> broken, LocalDate date, String what, Child corrected, Child stored, LocalDate today) {
        if (errors(date, stored, today, what).isEmpty()) {
            broken.addAll(errors(date, corrected, today, what));
        }
    }

    private static List<String> errors(LocalDate date, Child child, LocalDate today, String what) {
        return EventDates.check(date, child, today, "", what).stream().filter(Problem::isError).map(Problem::message).toList();
    }

    /** The question asked before saving a correction that {@link #eventsMadeInvalid} found events against. */
    static String invalidEventsQuestion(List<String> broken) {
        return "Với các ngày vừa sửa, " + broken.size() + " hồ sơ của trẻ không còn hợp lệ:\n- " + String.join("\n- ", broken)
                + "\nCác hồ sơ này sẽ bị báo lỗi khi lập báo cáo; sửa chúng ở thẻ “Diện HCĐB và trợ giúp” hoặc ở dòng "
                + "tai nạn, thương tích của hồ sơ. Vẫn lưu hồ sơ trẻ?";
    }

    /** Saves a new child the officer kept although it looks like {@code duplicates}, queuing each pair. */
    Child saveKeepingDuplicates(Child child, List<Child> duplicates) {
        return store.saveChildKeepingDuplicates(child, duplicates);
    }

    /** Voids a child entered in error with the officer's reason (it leaves every list). */
    Child voidChild(long id, String reason) {
        return store.voidChild(id, reason);
    }

    ChildHcdbModel hcdb() {
        return hcdb;
    }

    /** The register's side of the injury form opened from the record. */
    InjuryRegisterModel injuries() {
        return injuries;
    }
}
