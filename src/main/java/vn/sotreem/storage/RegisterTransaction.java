package vn.sotreem.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseChanges;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.RecordedDeath;
import vn.sotreem.domain.child.ChildChanges;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.place.Village;
import vn.sotreem.domain.report.ReportTemplateFile;
import vn.sotreem.storage.SnapshotChanges.Part;

/**
 * The register's operations inside one open transaction, for code outside storage (the importer,
 * later features). It hides JDBC, and every write of every feature passes through it — the one
 * place to hook cross-cutting duties such as the audit log.
 */
public final class RegisterTransaction {

    /** Work done in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(RegisterTransaction tx);
    }

    private final Connection connection;
    private final RegisterStore store;
    private final SnapshotChanges changes = new SnapshotChanges();

    RegisterTransaction(Connection connection, RegisterStore store) {
        this.connection = connection;
        this.store = store;
    }

    public List<Village> villages() {
        return call(() -> store.villageRepository().list(connection));
    }

    /** The id of the village with this name (after folding), creating it when new. */
    public long ensureVillage(String name) {
        Optional<Long> existing = call(() -> store.villageRepository().findId(connection, name));
        if (existing.isPresent()) {
            return existing.get();
        }
        requireEditOf(Part.VILLAGES);
        long id = call(() -> store.villageRepository().ensure(connection, name));
        audit(AuditAction.CREATE, "thon", Long.toString(id), "Thêm thôn " + VietnameseText.clean(name));
        return id;
    }

    public Village village(long id) {
        return call(() -> store.villageRepository().find(connection, id));
    }

    public void renameVillage(long id, String newName) {
        requireEdit();
        Village before = village(id);
        run(() -> store.villageRepository().rename(connection, id, newName));
        audit(AuditAction.UPDATE, "thon", Long.toString(id), "Tên thôn: " + before.name() + " → " + VietnameseText.clean(newName));
    }

    public void deleteVillage(long id) {
        requireEdit();
        Village before = village(id);
        run(() -> store.villageRepository().delete(connection, id));
        audit(AuditAction.DELETE, "thon", Long.toString(id), "Xóa thôn " + before.name());
    }

    public Optional<Child> childByCode(String code) {
        return call(() -> store.childRepository().findByCode(connection, code));
    }

    public int childCount() {
        return call(() -> store.childRepository().count(connection));
    }

    /** Other children with the same folded name and birth date, or the same personal ID. */
    public List<Child> possibleDuplicates(Child child) {
        return call(() -> store.childRepository().possibleDuplicates(connection, child));
    }

    /** Inserts or updates a child in a known village; returns it with id and code. Audited field by field. */
    public Child saveChild(Child child, long villageId) {
        requireEditOf();
        Child before = child.getId() == null ? null
                : call(() -> store.childRepository().findById(connection, child.getId())).orElse(null);
        Child saved = call(() -> store.childRepository().save(connection, child, villageId));
        changes.child(saved.getId());
        Child savedWithVillage = saved.copy();
        savedWithVillage.setVillage(village(villageId).name());
        List<String> fieldChanges = ChildChanges.between(before, savedWithVillage);
        if (before == null || !fieldChanges.isEmpty()) {
            audit(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "tre_em", saved.getCode(),
                    String.join("\n", fieldChanges));
        }
        return saved;
    }

    /** Inserts or updates a child, creating its village when new. */
    public Child saveChild(Child child) {
        return saveChild(child, ensureVillage(child.getVillage()));
    }

    /** Queues a possible duplicate pair for the officer; false when the pair was already queued. */
    public boolean queueDuplicate(long childId, long otherChildId, DuplicateReason reason) {
        boolean queued = call(() -> store.duplicateQueueRepository().queue(connection, childId, otherChildId, reason));
        if (queued) {
            audit(AuditAction.CREATE, "nghi_trung", childId + "-" + otherChildId, reason.label());
        }
        return queued;
    }

    /** Merges two records of one child into the older one (see {@link ChildMerging}). */
    public Child mergeChildren(ChildMerge merge, LocalDate today) {
        return new ChildMerging(this).merge(merge, today);
    }

    /** Voiding a child entered in error, restoring it, the voided list (see {@link ChildVoiding}). */
    ChildVoiding voiding() {
        return new ChildVoiding(this);
    }

    /**
     * Records that two children are not the same person: their pair leaves the queue and is never
     * proposed again, neither by an import nor by the form's duplicate check.
     */
    public void markNotDuplicate(long childId, long otherChildId) {
        requireEditOf(); // the duplicate queue: nothing a report counts
        Child one = existingChild(childId);
        Child other = existingChild(otherChildId);
        call(() -> {
            DuplicateQueueRepository queue = store.duplicateQueueRepository();
            DuplicateReason reason = DuplicateReason.between(one, other).orElse(DuplicateReason.SAME_NAME_AND_BIRTH_DATE);
            if (!queue.add(connection, childId, otherChildId, reason, DuplicateQueueRepository.NOT_DUPLICATE)) {
                queue.setStatus(connection, queue.pair(connection, childId, otherChildId).orElseThrow().id(),
                        DuplicateQueueRepository.NOT_DUPLICATE);
            }
            return null;
        });
        audit(AuditAction.UPDATE, "nghi_trung", one.getCode() + "-" + other.getCode(), "Không trùng: " + one.getFullName()
                + " (" + one.getCode() + ") và " + other.getFullName() + " (" + other.getCode() + ") là hai trẻ khác nhau");
    }

    /** Every duplicate pair ever queued, whatever the decision, oldest first. */
    public List<DuplicateQueueRepository.PossibleDuplicate> duplicatePairs() {
        return call(() -> store.duplicateQueueRepository().all(connection));
    }

    /** The duplicate pairs still waiting for the officer's decision, oldest first. */
    public List<DuplicateQueueRepository.PossibleDuplicate> pendingDuplicates() {
        return call(() -> store.duplicateQueueRepository().pending(connection));
    }

    public Optional<Child> child(long id) {
        return call(() -> store.childRepository().findById(connection, id));
    }

    /** The memberships of one child (or of every child with {@code null}), oldest first. */
    public List<Membership> memberships(Long childId) {
        return voiding().withoutVoided(childId, call(() -> store.hcdbRepository().memberships(connection, childId)), Membership::childId);
    }

    /** The supports of one child (or of every child with {@code null}), oldest first. */
    public List<Support> supports(Long childId) {
        return voiding().withoutVoided(childId, call(() -> store.hcdbRepository().supports(connection, childId)), Support::childId);
    }

    /** Adds or changes a membership with the rules of entry; an unchanged one writes nothing (see {@link HcdbEdits}). */
    public Membership saveMembership(Membership membership, LocalDate today) {
        return new HcdbEdits(this).saveMembership(membership, today);
    }

    /** Records a support after checking it against the child. */
    public Support addSupport(Support support, LocalDate today) {
        return new HcdbEdits(this).addSupport(support, today);
    }

    /**
     * The corrections of HCĐB records (a membership or support corrected or voided, distribution
     * days recorded, corrected or voided as a whole), inside this transaction.
     */
    public HcdbEdits hcdb() {
        return new HcdbEdits(this);
    }

    /** The injuries of one child (or of every child with {@code null}), oldest first. */
    public List<Injury> injuries(Long childId) {
        return voiding().withoutVoided(childId, call(() -> store.injuryRepository().injuries(connection, childId)), Injury::childId);
    }

    /** Adds or changes an injury, recording or undoing the death the officer chose (see {@link InjuryCorrections}). */
    public Injury saveInjury(Injury injury, boolean recordDeath, boolean undoDeath, LocalDate today) {
        return new InjuryCorrections(this).save(injury, recordDeath, undoDeath, today);
    }

    public Injury saveInjury(Injury injury, boolean recordDeath, LocalDate today) {
        return saveInjury(injury, recordDeath, false, today);
    }

    /** Voids an injury, undoing the death it recorded when the officer chose so (see {@link InjuryCorrections}). */
    public void voidInjury(long id, String reason, boolean undoDeath) {
        new InjuryCorrections(this).voidInjury(id, reason, undoDeath);
    }

    public void deleteInjury(long id) {
        voidInjury(id, null, false);
    }

    /** The child's death an injury recorded, while the child's record still shows it. */
    public Optional<RecordedDeath> recordedDeath(long injuryId) {
        return new InjuryCorrections(this).recordedDeath(injuryId);
    }

    /** Every abuse case with its details; only for accounts that may see them. */
    public List<AbuseCase> abuseCases() {
        requireAbuseDetails();
        return abuseCasesForCounting();
    }

    /**
     * Every abuse case, for every role: only for {@link RegisterStore#reportSnapshot}, whose cases are
     * counted into aggregate numbers and never shown (a viewer sees the report, not the cases).
     */
    List<AbuseCase> abuseCasesForCounting() {
        return call(() -> store.abuseCaseRepository().findAll(connection));
    }

    public Optional<AbuseCase> abuseCase(long id) {
        requireAbuseDetails();
        return call(() -> store.abuseCaseRepository().findById(connection, id));
    }

    public Optional<AbuseCase> abuseCaseByCode(String code) {
        requireAbuseDetails();
        return call(() -> store.abuseCaseRepository().idOfCode(connection, code.trim()))
                .flatMap(this::abuseCase);
    }

    /** The ids of the cases in which a child is a victim. */
    public List<Long> abuseCaseIdsOfChild(long childId) {
        return call(() -> store.abuseCaseRepository().caseIdsOfChild(connection, childId));
    }

    /** The next free code of the form {@code XH-2026-007} for a case received in {@code year}. */
    public String nextAbuseCaseCode(int year) {
        String prefix = "XH-" + year + "-";
        int highest = call(() -> store.abuseCaseRepository().codesStartingWith(connection, prefix)).stream()
                .map(code -> code.substring(prefix.length()))
                .filter(rest -> rest.matches("\\d{1,6}"))
                .mapToInt(Integer::parseInt).max().orElse(0);
        return prefix + String.format("%03d", highest + 1);
    }

    /**
     * Adds or changes a case after checking it as a whole (intake, each victim against the register,
     * perpetrators, the order of the procedure's steps). A refused case leaves nothing behind.
     */
    public AbuseCase saveAbuseCase(AbuseCase abuseCase, LocalDate today) {
        requireEditOf(Part.ABUSE_CASES);
        requireAbuseDetails();
        Map<Long, Child> children = new HashMap<>();
        for (AbuseVictim victim : abuseCase.getVictims()) {
            child(victim.childId()).ifPresent(child -> children.put(child.getId(), child));
        }
        List<String> errors = new ArrayList<>(AbuseCaseRules.validate(abuseCase, children, today).stream()
                .filter(Problem::isError).map(Problem::message).toList());
        if (!VietnameseText.isBlank(abuseCase.getCode())) {
            call(() -> store.abuseCaseRepository().idOfCode(connection, abuseCase.getCode().trim()))
                    .filter(id -> !id.equals(abuseCase.getId()))
                    .ifPresent(id -> errors.add("Mã vụ việc " + abuseCase.getCode().trim() + " đã được dùng cho vụ việc khác."));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("Vụ việc " + Objects.toString(abuseCase.getCode(), "") + ": " + String.join(" ", errors));
        }
        AbuseCase before = abuseCase.getId() == null ? null
                : call(() -> store.abuseCaseRepository().findById(connection, abuseCase.getId())).orElse(null);
        AbuseCase saved = call(() -> store.abuseCaseRepository().save(connection, abuseCase));
        audit(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "xam_hai", saved.getCode(),
                AbuseCaseChanges.between(before, saved));
        return saved;
    }

    /** Whether this code is a case voided as entered in error (an old workbook may still list it). */
    public boolean isVoidedAbuseCaseCode(String code) {
        return call(() -> store.abuseCaseRepository().isVoidedCode(connection, code.trim()));
    }

    /** Voids a case entered in error, with the reason (see {@link AbuseCaseVoiding}). */
    public void voidAbuseCase(long id, String reason) {
        new AbuseCaseVoiding(this).voidCase(id, reason);
    }

    private void requireAbuseDetails() {
        store.requireRole(Role::canSeeAbuseDetails, "Tài khoản chỉ xem (" + store.userName()
                + ") không được xem chi tiết vụ việc xâm hại (NĐ 56/2017 Điều 24).");
    }

    Child existingChild(long childId) {
        return child(childId).orElseThrow(() -> new UserFacingException("Không tìm thấy trẻ (mã nội bộ " + childId + ")."));
    }

    /** Throws the errors, naming the child, so that nothing of this transaction is kept. */
    static void refuseErrors(List<Problem> problems, Child child) {
        List<String> errors = problems.stream().filter(Problem::isError).map(Problem::message).toList();
        if (!errors.isEmpty()) {
            throw new UserFacingException(child.getFullName() + " (" + child.getCode() + "): " + String.join(" ", errors));
        }
    }

    /** Appends to the audit log, as the current user, now. */
    public void audit(AuditAction action, String entity, String entityId, String details) {
        audit(LocalDateTime.now(), action, entity, entityId, details);
    }

    /** Appends to the audit log an event that happened at {@code at} (e.g. a failed login). */
    public void audit(LocalDateTime at, AuditAction action, String entity, String entityId, String details) {
        run(() -> store.auditLog().append(connection, at, store.currentAccount().userName(), action, entity, entityId, details));
    }



    void insertAccount(String userName, Role role) {
        run(() -> Accounts.insertRow(connection, userName, role));
    }

    void updateAccount(String userName, Role role, boolean active) {
        run(() -> Accounts.updateRow(connection, userName, role, active));
    }

    /** All children of the register (every status), in register order. */
    public List<Child> allChildren() {
        return call(() -> store.childRepository().findAll(connection));
    }

    /** Every child with only the fields the indicator report counts by (see {@link RegisterStore#reportSnapshot}). */
    List<Child> childrenForCounting() {
        return call(() -> store.childRepository().findAllForCounting(connection));
    }

    /** {@link #childrenForCounting()} of some children only (those merged away are not returned). */
    List<Child> childrenForCounting(java.util.Collection<Long> ids) {
        return call(() -> store.childRepository().findForCounting(connection, ids));
    }

    void saveReportTemplate(String fileName, byte[] content, java.time.LocalDateTime now) {
        requireEditOf(); // the template is not in the report snapshot
        run(() -> ReportTemplateTable.save(connection, fileName, content, now, store.userName()));
        audit(AuditAction.IMPORT, "mau_bao_cao", "1", "Nạp mẫu báo cáo của tỉnh: " + fileName
                + " (" + content.length + " byte)");
    }

    void removeReportTemplate() {
        requireEditOf();
        boolean removed = call(() -> ReportTemplateTable.delete(connection));
        if (removed) {
            audit(AuditAction.DELETE, "mau_bao_cao", "1", "Bỏ mẫu báo cáo của tỉnh");
        }
    }


    Optional<ReportTemplateFile> reportTemplate() {
        return call(() -> ReportTemplateTable.find(connection));
    }

    void putSetting(String name, String value) {
        run(() -> RegisterSettings.putRow(connection, name, value));
    }

    /**
     * The transaction's connection, for a storage class that keeps its own table which no report
     * counts (saved import mappings). Writing a register table through it would leave the kept
     * report snapshot stale: those writes go through this class's methods.
     */
    Connection connectionForOwnTable() {
        return connection;
    }

    /**
     * For the storage classes that carry one feature's operations inside this transaction
     * ({@link ChildMerging}): its connection and store. They name what they change with
     * {@link #requireEditOf} (or {@link #requireEdit}), run SQL through {@link #call} and audit.
     */
    Connection connection() {
        return connection;
    }

    RegisterStore store() {
        return store;
    }

    /** What this transaction changed of the report snapshot, for the store once it is committed. */
    SnapshotChanges changes() {
        return changes;
    }

    /**
     * The role check of every edit. An edit that does not name what it changes (with
     * {@link #requireEditOf}) may have changed anything the report counts.
     */
    void requireEdit() {
        requireEditOf();
        changes.everything();
    }

    /** The role check of an edit that changes only these parts of the report snapshot (children note their ids). */
    void requireEditOf(Part... parts) {
        store.requireRole(Role::canEdit, "Tài khoản chỉ xem (" + store.userName() + ") không được thay đổi dữ liệu.");
        for (Part part : parts) {
            changes.part(part);
        }
    }

    interface SqlCall<T> {
        T call() throws SQLException;
    }

    interface SqlRun {
        void run() throws SQLException;
    }

    void run(SqlRun sql) {
        call(() -> {
            sql.run();
            return null;
        });
    }

    <T> T call(SqlCall<T> sql) {
        try {
            return sql.call();
        } catch (SQLException e) {
            throw StorageErrors.translate(e, store.folder());
        }
    }
}
