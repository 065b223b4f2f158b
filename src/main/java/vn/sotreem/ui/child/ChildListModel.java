package vn.sotreem.ui.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildFilter;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.child.NameOrder;
import vn.sotreem.domain.common.Sex;

/**
 * The children list: every child of the register in memory, in Vietnamese name order, seen
 * through the filters (village, sex, age band, status) and the accent-free search.
 */
public final class ChildListModel {

    private final Supplier<LocalDate> today;
    private final ObservableList<Child> all = FXCollections.observableArrayList();
    private final FilteredList<Child> shown = new FilteredList<>(all);

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> village = new SimpleObjectProperty<>();
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
    private final ObjectProperty<ChildStatus> status = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();

    public ChildListModel(Supplier<LocalDate> today) {
        this.today = today;
        for (Observable o : List.<Observable>of(search, village, sex, ageBand, status)) {
            o.addListener(x -> refilter());
        }
        shown.addListener((Observable o) -> updateCount());
        refilter();
    }

    /** Replaces the whole list, sorted in name order (collation keys are computed once per child). */
    public void setAll(Collection<Child> children) {
        setAllSorted(sortedByName(children));
    }

    /**
     * The children in the list's name order; thread-safe, so that a background task can sort the
     * 20 000 children of a commune before {@link #setAllSorted} shows them.
     */
    public static List<Child> sortedByName(Collection<Child> children) {
        List<Child> sorted = new ArrayList<>(children);
        sorted.sort(NameOrder.childComparator());
        return sorted;
    }

    /** Replaces the whole list with children already in {@link #sortedByName} order. */
    public void setAllSorted(List<Child> sortedChildren) {
        all.setAll(sortedChildren);
        updateCount();
    }

    /** Adds a saved child or replaces the one with the same id, keeping name order. */
    public void put(Child saved) {
        for (int i = 0; i < all.size(); i++) {
            if (Objects.equals(all.get(i).getId(), saved.getId())) {
                all.remove(i);
                break;
            }
        }
        Comparator<Child> order = NameOrder.childComparator();
        int at = 0;
        while (at < all.size() && order.compare(all.get(at), saved) <= 0) {
            at++;
        }
        all.add(at, saved);
    }

    /** Takes a child out of the list (voided, merged away). */
    public void remove(long id) {
        all.removeIf(c -> c.getId() != null && c.getId() == id);
    }

    public void clearFilters() {
        search.set("");
        village.set(null);
        sex.set(null);
        ageBand.set(null);
        status.set(null);
    }

    public ChildFilter filter() {
        return new ChildFilter(search.get() == null ? "" : search.get(), village.get(), sex.get(), ageBand.get(),
                status.get(), today.get());
    }

    private void refilter() {
        shown.setPredicate(filter().toPredicate());
        updateCount();
    }

    private void updateCount() {
        countText.set("Đang hiện " + shown.size() + " / " + all.size() + " trẻ");
    }

    /** All children, in name order. */
    public ObservableList<Child> all() {
        return all;
    }

    /** The children passing the filters, in name order. */
    public FilteredList<Child> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> villageProperty() {
        return village;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public ObjectProperty<AgeBand> ageBandProperty() {
        return ageBand;
    }

    public ObjectProperty<ChildStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today.get();
    }
}
