package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.report.AgeOut;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildFilter;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.child.NameOrder;
import vn.sotreem.domain.common.Sex;

/**
 * The HCĐB view without a screen: the children with an open membership on a chosen date, found by
 * name (accent-free) and filtered by group, village, sex and age band; the count per group (a child in two groups counts in both, the
 * group filter aside); and the children about to turn 16 or already 16 with memberships still open.
 */
final class HcdbListModel {

    /** A child shown, with its memberships open on the date. */
    record Row(Child child, List<Membership> open) {
        String groupsText() {
            return open.stream().map(m -> m.subCase() == null ? m.group().code() : m.subCase().code())
                    .collect(Collectors.joining(", "));
        }

        String sinceText() {
            return open.stream().map(Membership::fromDate).min(LocalDate::compareTo).map(DateText::format).orElse("");
        }
    }

    /** A child turning 16 soon, or already 16 with memberships to close. */
    record AgeOutRow(Child child, LocalDate sixteenth, List<Membership> toClose) {
        boolean canClose(LocalDate today) {
            return !sixteenth.isAfter(today) && !toClose.isEmpty();
        }

        String groupsText() {
            return toClose.stream().map(m -> m.group().code()).distinct().collect(Collectors.joining(", "));
        }

        String stateText(LocalDate today) {
            if (sixteenth.isAfter(today)) {
                return "Sẽ đủ 16 tuổi ngày " + DateText.format(sixteenth);
            }
            return toClose.isEmpty() ? "Đã đủ 16 tuổi" : "Đã đủ 16 tuổi, còn " + toClose.size() + " diện chưa đóng";
        }
    }

    private final LocalDate today;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<HcdbGroup> group = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> village = new SimpleObjectProperty<>();
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<AgeOutRow> ageOut = FXCollections.observableArrayList();
    private final Map<HcdbGroup, Integer> counts = new EnumMap<>(HcdbGroup.class);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private List<Child> children = List.of();
    private List<Membership> memberships = List.of();

    HcdbListModel(LocalDate today) {
        this.today = today;
        date.set(today);
        for (Observable o : new Observable[] {date, group, search, village, sex, ageBand}) {
            o.addListener(x -> apply());
        }
    }

    void setAll(Collection<Child> allChildren, Collection<Membership> allMemberships) {
        this.children = List.copyOf(allChildren);
        this.memberships = List.copyOf(allMemberships);
        apply();
        computeAgeOut();
    }

    private void apply() {
        LocalDate on = date.get() == null ? today : date.get();
        Map<Long, List<Membership>> open = memberships.stream().filter(m -> m.isOpenOn(on))
                .collect(Collectors.groupingBy(Membership::childId));
        Predicate<Child> filter = new ChildFilter(search.get() == null ? "" : search.get(), village.get(), sex.get(), ageBand.get(), null, on).toPredicate();
        counts.clear();
        List<Row> shown = new ArrayList<>();
        int inAnyGroup = 0;
        for (Child c : children) {
            List<Membership> own = open.getOrDefault(c.getId(), List.of());
            if (own.isEmpty() || !filter.test(c)) {
                continue;
            }
            inAnyGroup++;
            own.stream().map(Membership::group).distinct().forEach(g -> counts.merge(g, 1, Integer::sum));
            if (group.get() == null || own.stream().anyMatch(m -> m.group() == group.get())) {
                shown.add(new Row(c, own.stream().sorted(java.util.Comparator.comparing(Membership::group)).toList()));
            }
        }
        shown.sort(java.util.Comparator.comparing(Row::child, NameOrder.childComparator()));
        rows.setAll(shown);
        countText.set("Đang hiện " + shown.size() + " / " + inAnyGroup + " trẻ có hoàn cảnh đặc biệt ngày "
                + DateText.format(on));
    }

    private void computeAgeOut() {
        List<AgeOutRow> out = new ArrayList<>();
        List<Child> soon = AgeOut.turningSixteenSoon(children, today);
        for (Child c : children) {
            if (c.getBirthDate() == null || c.getId() == null) {
                continue;
            }
            LocalDate sixteenth = Ages.sixteenthBirthday(c.getBirthDate());
            List<Membership> own = memberships.stream().filter(m -> m.childId() == c.getId()).toList();
            List<Membership> toClose = AgeOut.closings(c, own);
            boolean due = !sixteenth.isAfter(today) && !toClose.isEmpty();
            if (due || soon.contains(c)) {
                out.add(new AgeOutRow(c, sixteenth, toClose));
            }
        }
        out.sort(java.util.Comparator.comparing(AgeOutRow::sixteenth));
        ageOut.setAll(out);
    }

    int count(HcdbGroup g) {
        return counts.getOrDefault(g, 0);
    }

    void clearFilters() {
        search.set("");
        group.set(null);
        village.set(null);
        sex.set(null);
        ageBand.set(null);
    }

    LocalDate today() {
        return today;
    }

    ObservableList<Row> rows() {
        return rows;
    }

    ObservableList<AgeOutRow> ageOut() {
        return ageOut;
    }

    ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The name search, accent-free as in the children list ("hoa" finds Hòa and Hoà). */
    StringProperty searchProperty() {
        return search;
    }

    ObjectProperty<HcdbGroup> groupProperty() {
        return group;
    }

    ObjectProperty<String> villageProperty() {
        return village;
    }

    ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    ObjectProperty<AgeBand> ageBandProperty() {
        return ageBand;
    }
}
