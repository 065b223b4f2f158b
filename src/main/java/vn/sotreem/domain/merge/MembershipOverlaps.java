package vn.sotreem.domain.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.hcdb.Membership;

/**
 * What merging two records does to their HCĐB memberships. A membership of the newer record that
 * repeats one of the older record's exactly is dropped. Two memberships of one group whose periods
 * overlap would give the merged child the group twice at once: the officer resolves each such
 * {@link Conflict} in the merge dialog, keeping one of the two or joining their periods into one.
 */
public final class MembershipOverlaps {

    /** How the merged record keeps two overlapping memberships of one group. */
    public enum Resolution {
        KEEP_OLDER("Giữ đợt của hồ sơ cũ"),
        KEEP_NEWER("Giữ đợt của hồ sơ mới"),
        JOIN("Nối hai thời gian thành một đợt");

        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Two memberships of one group, one on each record, whose periods overlap without being the same. */
    public record Conflict(Membership ofOlder, Membership ofNewer) {
        /** The one period both would become if joined: the earliest start, the latest end (open if either is). */
        public Membership joined() {
            LocalDate from = ofOlder.fromDate().isAfter(ofNewer.fromDate()) ? ofNewer.fromDate() : ofOlder.fromDate();
            boolean open = ofOlder.toDate() == null || ofNewer.toDate() == null;
            Membership later = open ? null : ofOlder.toDate().isBefore(ofNewer.toDate()) ? ofNewer : ofOlder;
            return new Membership(ofOlder.id(), ofOlder.childId(), ofOlder.group(), ofOlder.subCase(), from,
                    open ? null : later.toDate(),
                    VietnameseText.isBlank(ofOlder.basis()) ? ofNewer.basis() : ofOlder.basis(),
                    ofOlder.certificateDate() == null ? ofNewer.certificateDate() : ofOlder.certificateDate(),
                    open ? null : later.closeReason());
        }
    }

    /** The merge's changes to the memberships: rows removed, rows of the older record changed, lines for the audit log. */
    public record Plan(List<Membership> removed, List<Membership> changed, List<String> notes) {
        public Plan {
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
            notes = List.copyOf(notes);
        }
    }

    private final String olderCode;
    private final String newerCode;
    private final Map<List<Long>, Resolution> resolutions = new HashMap<>();

    MembershipOverlaps(String olderCode, String newerCode) {
        this.olderCode = olderCode;
        this.newerCode = newerCode;
    }

    private static boolean same(Membership a, Membership b) {
        return a.group() == b.group() && Objects.equals(a.subCase(), b.subCase())
                && Objects.equals(a.fromDate(), b.fromDate()) && Objects.equals(a.toDate(), b.toDate());
    }

    private static List<Long> key(Conflict c) {
        return List.of(c.ofOlder().id(), c.ofNewer().id());
    }

    /** The overlapping pairs the officer must resolve, in the newer record's order. */
    public List<Conflict> conflicts(List<Membership> ofOlder, List<Membership> ofNewer) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Membership moved : ofNewer) {
            if (ofOlder.stream().noneMatch(kept -> same(kept, moved))) {
                ofOlder.stream().filter(kept -> kept.conflictsWith(moved)).forEach(kept -> conflicts.add(new Conflict(kept, moved)));
            }
        }
        return conflicts;
    }

    public void resolve(Conflict conflict, Resolution resolution) {
        resolutions.put(key(conflict), Objects.requireNonNull(resolution));
    }

    public Optional<Resolution> resolution(Conflict conflict) {
        return Optional.ofNullable(resolutions.get(key(conflict)));
    }

    /**
     * The changes merging makes to the memberships. Refused while an overlap is unresolved, or when
     * the resolutions chosen still leave one group twice at once (naming the group and periods).
     */
    public Plan plan(List<Membership> ofOlder, List<Membership> ofNewer) {
        List<Membership> removed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Long, Membership> current = new LinkedHashMap<>();
        ofOlder.forEach(m -> current.put(m.id(), m));
        for (Membership moved : ofNewer) {
            if (ofOlder.stream().anyMatch(kept -> same(kept, moved))) {
                removed.add(moved);
            } else {
                current.put(moved.id(), moved);
            }
        }
        if (!removed.isEmpty()) {
            notes.add("Bỏ " + removed.size() + " đợt HCĐB trùng hệt đợt đã có.");
        }
        Map<Long, Membership> changed = new LinkedHashMap<>();
        for (Conflict c : conflicts(ofOlder, ofNewer)) {
            Membership kept = current.get(c.ofOlder().id());
            Membership moved = current.get(c.ofNewer().id());
            if (kept == null || moved == null) {
                continue; // one of them already given up for another overlap
            }
            Resolution how = resolutions.get(key(c));
            if (how == null) {
                throw new UserFacingException("Không gộp được: hồ sơ " + olderCode + " thuộc nhóm " + kept.group() + " "
                        + period(kept) + ", hồ sơ " + newerCode + " cũng thuộc nhóm đó " + period(moved)
                        + "; hai thời gian chồng nhau. Hãy chọn giữ một đợt hoặc nối hai thời gian trong cửa sổ gộp.");
            }
            switch (how) {
                case KEEP_OLDER -> drop(moved, current, removed, notes, newerCode);
                case KEEP_NEWER -> drop(kept, current, removed, notes, olderCode);
                case JOIN -> {
                    Membership joined = new Conflict(kept, moved).joined();
                    current.put(kept.id(), joined);
                    changed.put(kept.id(), joined);
                    current.remove(moved.id());
                    removed.add(moved);
                    notes.add("Nhóm " + kept.group().code() + ": nối đợt " + period(kept) + " (hồ sơ " + olderCode + ") và đợt "
                            + period(moved) + " (hồ sơ " + newerCode + ") thành đợt " + period(joined) + ".");
                }
                default -> throw new IllegalStateException(how.name());
            }
        }
        changed.keySet().retainAll(current.keySet());
        List<Membership> left = new ArrayList<>(current.values());
        for (int i = 0; i < left.size(); i++) {
            for (int j = i + 1; j < left.size(); j++) {
                if (left.get(i).conflictsWith(left.get(j))) {
                    throw new UserFacingException("Không gộp được: sau khi xử lý, nhóm " + left.get(i).group() + " vẫn có hai đợt "
                            + "chồng nhau (" + period(left.get(i)) + " và " + period(left.get(j)) + "). Hãy chọn cách khác trong cửa sổ gộp.");
                }
            }
        }
        return new Plan(removed, new ArrayList<>(changed.values()), notes);
    }

    private static void drop(Membership m, Map<Long, Membership> current, List<Membership> removed, List<String> notes,
                             String code) {
        current.remove(m.id());
        removed.add(m);
        notes.add("Nhóm " + m.group().code() + ": bỏ đợt " + period(m) + " của hồ sơ " + code
                + (VietnameseText.isBlank(m.basis()) ? "" : " (căn cứ: " + m.basis() + ")") + ", giữ đợt chồng lên nó.");
    }

    static String period(Membership m) {
        return "từ " + DateText.format(m.fromDate()) + (m.toDate() == null ? " (chưa kết thúc)" : " đến " + DateText.format(m.toDate()));
    }
}
