package vn.sotreem.exchange.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.DuplicateReason;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.storage.RegisterTransaction;

/**
 * What importing sheet {@code TreEm} would do to the register, worked out against the database
 * without writing: which rows add a child and which update one (same {@code ma_tre}), which
 * villages are new, which children may be duplicates (against the register and against earlier
 * rows of the file). A dry run shows the plan; a real import {@linkplain #apply applies} it inside
 * the caller's single transaction.
 */
public final class ChildImportPlan {

    /** One valid row and the child it writes; {@code child.getId()} is set for an update. */
    record Entry(int row, Child child, boolean update) {
    }

    /** A possible duplicate: a row against an earlier row ({@code otherRow}) or a child already in the register. */
    public record Pair(int row, Integer otherRow, Long otherChildId, DuplicateReason reason, String description) {
    }

    private final List<Entry> entries;
    private final List<String> newVillages;
    private final List<Pair> pairs;

    private ChildImportPlan(List<Entry> entries, List<String> newVillages, List<Pair> pairs) {
        this.entries = entries;
        this.newVillages = newVillages;
        this.pairs = pairs;
    }

    public static ChildImportPlan empty() {
        return new ChildImportPlan(List.of(), List.of(), List.of());
    }

    /** Plans the valid rows against the register; reads only. */
    public static ChildImportPlan make(RegisterTransaction tx, String sheetName,
                                List<SheetReader.ParsedRow<Child>> rows, Progress progress) {
        Set<String> knownVillages = new HashSet<>();
        tx.villages().forEach(v -> knownVillages.add(VietnameseText.fold(v.name())));
        Map<String, String> newVillages = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        Set<Long> updatedIds = new HashSet<>();
        for (SheetReader.ParsedRow<Child> row : rows) {
            progress.checkCancelled();
            Child child = row.value().copy();
            Optional<Child> existing = child.getCode() == null ? Optional.empty()
                    : tx.childByCode(child.getCode());
            existing.ifPresent(e -> {
                child.setId(e.getId());
                updatedIds.add(e.getId());
                if (child.getOriginCommuneCode() == null) {
                    child.setOriginCommuneCode(e.getOriginCommuneCode()); // no sheet column: a re-import keeps it
                }
            });
            entries.add(new Entry(row.number(), child, existing.isPresent()));
            String folded = VietnameseText.fold(child.getVillage());
            if (!knownVillages.contains(folded)) {
                newVillages.putIfAbsent(folded, VietnameseText.clean(child.getVillage()));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        Map<String, List<Entry>> byPersonalId = new HashMap<>();
        Map<String, List<Entry>> byNameAndBirth = new HashMap<>();
        for (Entry entry : entries) {
            progress.checkCancelled();
            Child child = entry.child();
            for (Child other : tx.possibleDuplicates(child)) {
                if (updatedIds.contains(other.getId())) {
                    continue; // that child is also in the file: compared with its row below, as it will be
                }
                Optional<DuplicateReason> reason = DuplicateReason.between(child, other);
                if (reason.isPresent()) {
                    pairs.add(new Pair(entry.row(), null, other.getId(), reason.get(), describe(sheetName, entry)
                            + " có thể trùng với trẻ mã " + other.getCode() + " (" + who(other) + ") đã có trong sổ: "
                            + reason.get().label() + "."));
                }
            }
            Set<Entry> earlier = new LinkedHashSet<>();
            String personalId = child.getPersonalId();
            String nameAndBirth = child.foldedName() + "|" + child.getBirthDate();
            if (!VietnameseText.isBlank(personalId)) {
                earlier.addAll(byPersonalId.getOrDefault(personalId, List.of()));
            }
            earlier.addAll(byNameAndBirth.getOrDefault(nameAndBirth, List.of()));
            for (Entry other : earlier) {
                DuplicateReason reason = DuplicateReason.between(child, other.child()).orElseThrow();
                pairs.add(new Pair(entry.row(), other.row(), null, reason, describe(sheetName, entry) + " có thể trùng với dòng "
                        + other.row() + " (" + who(other.child()) + "): " + reason.label() + "."));
            }
            if (!VietnameseText.isBlank(personalId)) {
                byPersonalId.computeIfAbsent(personalId, k -> new ArrayList<>()).add(entry);
            }
            byNameAndBirth.computeIfAbsent(nameAndBirth, k -> new ArrayList<>()).add(entry);
        }
        return new ChildImportPlan(List.copyOf(entries), List.copyOf(newVillages.values()), List.copyOf(pairs));
    }

    /** This plan with more possible duplicates (found by a rule of the caller's own), queued on apply too. */
    public ChildImportPlan withPairs(List<Pair> more) {
        List<Pair> all = new ArrayList<>(pairs);
        all.addAll(more);
        return new ChildImportPlan(entries, newVillages, List.copyOf(all));
    }

    /** Writes the plan: villages, children in row order, then the duplicate pairs. Call inside one transaction. */
    public void apply(RegisterTransaction tx, Progress progress) {
        Map<String, Long> villageIds = new HashMap<>();
        Map<Integer, Long> idByRow = new HashMap<>();
        int done = 0;
        for (Entry entry : entries) {
            progress.checkCancelled();
            String folded = VietnameseText.fold(entry.child().getVillage());
            Long villageId = villageIds.get(folded);
            if (villageId == null) {
                villageId = tx.ensureVillage(entry.child().getVillage());
                villageIds.put(folded, villageId);
            }
            Child saved = tx.saveChild(entry.child(), villageId);
            idByRow.put(entry.row(), saved.getId());
            progress.update(++done, entries.size());
        }
        for (Pair pair : pairs) {
            long other = pair.otherRow() != null ? idByRow.get(pair.otherRow()) : pair.otherChildId();
            tx.queueDuplicate(idByRow.get(pair.row()), other, pair.reason());
        }
        progress.checkCancelled();
    }

    public int added() {
        return (int) entries.stream().filter(e -> !e.update()).count();
    }

    public int updated() {
        return (int) entries.stream().filter(Entry::update).count();
    }

    public List<String> newVillages() {
        return newVillages;
    }

    public List<String> duplicateDescriptions() {
        return pairs.stream().map(Pair::description).toList();
    }

    private static String describe(String sheetName, Entry entry) {
        return "Sheet " + sheetName + ", dòng " + entry.row() + " (" + who(entry.child())
                + (entry.child().getCode() == null ? "" : ", mã " + entry.child().getCode()) + ")";
    }

    private static String who(Child child) {
        return VietnameseText.clean(child.getFullName()) + ", sinh " + DateText.format(child.getBirthDate());
    }
}
