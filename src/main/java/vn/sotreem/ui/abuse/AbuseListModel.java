package vn.sotreem.ui.abuse;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.child.ChildFilter;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.abuse.procedure.Deadline;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.domain.common.VietnameseText;

/**
 * The abuse-case list: every case's summary, newest first, seen through an accent-free search on
 * the case code and the victims' names (the children list's rule), the state of the case and the
 * year of receipt; and the texts of its cells.
 */
final class AbuseListModel {

    /** Which cases the state filter lets through. */
    enum StateFilter {
        OPEN("Đang xử lý"),
        CLOSED("Đã đóng"),
        ALL("Tất cả vụ việc");

        private final String label;

        StateFilter(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean accepts(AbuseCaseSummary s) {
            return switch (this) {
                case OPEN -> s.currentStep() != CaseStep.CLOSED;
                case CLOSED -> s.currentStep() == CaseStep.CLOSED;
                case ALL -> true;
            };
        }
    }

    static final String OUTSIDE_COMMUNE = "Ngoài xã";
    private static final DateTimeFormatter HOUR_AND_DAY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ObservableList<AbuseCaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<AbuseCaseSummary> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StateFilter> state = new SimpleObjectProperty<>(StateFilter.ALL);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();
    private LocalDateTime now = LocalDateTime.now();

    AbuseListModel() {
        for (Observable o : List.<Observable>of(search, state, year)) {
            o.addListener(x -> refilter());
        }
        refilter();
    }

    /** Replaces the list, newest receipt first; {@code now} is when the deadlines were computed. */
    void setAll(Collection<AbuseCaseSummary> summaries, LocalDateTime now) {
        this.now = now;
        List<AbuseCaseSummary> sorted = new ArrayList<>(summaries);
        sorted.sort(Comparator.comparing(AbuseCaseSummary::receivedAt).reversed()
                .thenComparing(AbuseCaseSummary::code, Comparator.reverseOrder()));
        all.setAll(sorted);
        refilter();
    }

    void clearFilters() {
        search.set("");
        state.set(StateFilter.ALL);
        year.set(null);
    }

    Predicate<AbuseCaseSummary> predicate() {
        String needle = VietnameseText.fold(search.get());
        StateFilter st = state.get() == null ? StateFilter.ALL : state.get();
        Integer y = year.get();
        return s -> st.accepts(s) && (y == null || s.receivedOn().getYear() == y)
                && (needle.isEmpty() || matches(s, needle));
    }

    /** The code contains the needle ("xh-2026", "007"), or a victim's name matches as in the children list. */
    static boolean matches(AbuseCaseSummary s, String foldedNeedle) {
        if (VietnameseText.fold(s.code()).contains(foldedNeedle)) {
            return true;
        }
        return s.victimNames().stream().filter(n -> !AbuseCaseSummary.MASK.equals(n))
                .anyMatch(n -> ChildFilter.nameMatches(VietnameseText.fold(n), foldedNeedle));
    }

    private void refilter() {
        shown.setPredicate(predicate());
        countText.set("Đang hiện " + shown.size() + " / " + all.size() + " vụ việc");
    }

    /** The years of receipt present in the list, newest first. */
    List<Integer> years() {
        return all.stream().map(s -> s.receivedOn().getYear()).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    Optional<AbuseCaseSummary> byId(long id) {
        return all.stream().filter(s -> s.id() == id).findFirst();
    }

    // ---- cell texts

    /** "05/10/2026 09:30"; the day alone when no hour was recorded (read back as midnight). */
    static String receivedText(AbuseCaseSummary s) {
        LocalTime time = s.receivedAt().toLocalTime();
        return DateText.format(s.receivedOn()) + (time.equals(LocalTime.MIDNIGHT) ? "" : " " + TimeText.format(time));
    }

    /** The victims' names, or the mask once (with the number of children) for accounts that may not see them. */
    static String childrenText(AbuseCaseSummary s) {
        if (!s.victimNames().isEmpty() && s.victimNames().stream().allMatch(AbuseCaseSummary.MASK::equals)) {
            return AbuseCaseSummary.MASK + (s.victimCount() > 1 ? " · " + s.victimCount() + " trẻ" : "");
        }
        return String.join(", ", s.victimNames());
    }

    static String villageText(AbuseCaseSummary s) {
        return s.village() == null ? OUTSIDE_COMMUNE : s.village();
    }

    static String stepText(AbuseCaseSummary s) {
        return s.currentStep().label();
    }

    /** The soonest deadline still to meet; none for cases whose procedure is not followed (old workbooks). */
    static Optional<Deadline> nextDeadline(AbuseCaseSummary s) {
        return s.procedureTracked() ? s.openDeadlines().stream().findFirst() : Optional.empty();
    }

    /**
     * "12/10/2026 · Sắp đến hạn", and on a second line what is due ("Xây dựng kế hoạch…"); the
     * 12-hour limit with its hour and the time left.
     */
    String deadlineText(AbuseCaseSummary s) {
        if (!s.procedureTracked()) {
            return "Không theo dõi thời hạn (nhập từ sổ cũ)";
        }
        return nextDeadline(s).map(d -> {
            String due = d.hourly() ? d.due().format(HOUR_AND_DAY) : DateText.format(d.due().toLocalDate());
            String state = d.state().label() + (d.hourly() ? " (" + d.remainingText(now) + ")" : "");
            return due + " · " + state + "\n" + d.label();
        }).orElse(s.currentStep() == CaseStep.CLOSED ? "" : "Không có hạn đang chờ");
    }

    /** The style class of the deadline cell: red when overdue, amber when due soon. */
    static String deadlineStyle(AbuseCaseSummary s) {
        return nextDeadline(s).map(d -> switch (d.state()) {
            case OVERDUE -> "deadline-overdue";
            case DUE_SOON -> "deadline-soon";
            default -> null;
        }).orElse(null);
    }

    // ---- properties

    ObservableList<AbuseCaseSummary> all() {
        return all;
    }

    FilteredList<AbuseCaseSummary> shown() {
        return shown;
    }

    StringProperty searchProperty() {
        return search;
    }

    ObjectProperty<StateFilter> stateProperty() {
        return state;
    }

    ObjectProperty<Integer> yearProperty() {
        return year;
    }

    ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }
}
