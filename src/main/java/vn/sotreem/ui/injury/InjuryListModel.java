package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildFilter;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.child.NameOrder;
import vn.sotreem.domain.common.VietnameseText;

/**
 * The injury list without a screen: every injury with its child, newest first, seen through the
 * filters (period, type, place, village, age band on the day of the injury, outcome, a name); the
 * count line; and the chart's monthly counts by type for the 12 months ending with the period's
 * last month.
 */
public final class InjuryListModel {

    /** One injury with the child it happened to (as the register shows the child now). */
    record Row(Injury injury, Child child) {

        /** Whole years on the day of the injury; -1 when the birth date is unknown. */
        int ageAtEvent() {
            return child.getBirthDate() == null ? -1 : Ages.ageOn(child.getBirthDate(), injury.date());
        }

        AgeBand ageBand() {
            return AgeBand.of(child.getBirthDate(), injury.date());
        }
    }

    /** What happened to the child: the outcome filter. */
    enum Outcome {
        DIED("Tử vong"),
        DISABLED("Khuyết tật"),
        SURVIVED("Không tử vong");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean accepts(Injury i) {
            return switch (this) {
                case DIED -> i.died();
                case DISABLED -> i.disabled();
                case SURVIVED -> !i.died();
            };
        }
    }

    /** The quick choices of the period; {@link #CUSTOM} when the dates were typed. */
    enum Period {
        THIS_MONTH("Tháng này"),
        LAST_MONTH("Tháng trước"),
        THIS_YEAR("Năm nay"),
        ALL("Mọi thời gian"),
        CUSTOM("Tự chọn ngày");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        /** The first and last day (null for open ends); CUSTOM has none. */
        LocalDate[] range(LocalDate today) {
            YearMonth month = YearMonth.from(today);
            return switch (this) {
                case THIS_MONTH -> new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                case LAST_MONTH -> new LocalDate[] {month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth()};
                case THIS_YEAR -> new LocalDate[] {LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31)};
                case ALL, CUSTOM -> new LocalDate[] {null, null};
            };
        }
    }

    static final int CHART_MONTHS = 12;
    static final String BAD_PERIOD = "Ngày lọc không hợp lệ, hãy gõ ngày/tháng/năm, ví dụ 01/11/2026; bộ lọc bỏ qua ngày này.";
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final Supplier<LocalDate> today;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all);

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObjectProperty<InjuryType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<InjuryPlace> place = new SimpleObjectProperty<>();
    private final ObjectProperty<String> village = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper periodMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Map<YearMonth, Map<InjuryType, Integer>>> chart = new ReadOnlyObjectWrapper<>(Map.of());
    private boolean settingPeriod;

    /** A list showing this year's injuries first. */
    InjuryListModel(Supplier<LocalDate> today) {
        this.today = today;
        period.addListener((o, was, now) -> applyPeriod(now));
        for (StringProperty date : List.of(from, to)) {
            date.addListener((o, was, now) -> {
                if (!settingPeriod) {
                    period.set(matchingPeriod());
                }
            });
        }
        for (Observable o : List.<Observable>of(from, to, type, place, village, ageBand, outcome, search)) {
            o.addListener(x -> refilter());
        }
        period.set(Period.THIS_YEAR);
        refilter();
    }

    /** Replaces the list: the injuries with their children, newest first, then in name order. */
    void setAll(Collection<Injury> injuries, Collection<Child> children) {
        Map<Long, Child> byId = new HashMap<>();
        children.forEach(c -> byId.put(c.getId(), c));
        Comparator<Child> names = NameOrder.childComparator();
        List<Row> rows = new ArrayList<>();
        for (Injury i : injuries) {
            Child c = byId.get(i.childId());
            if (c != null) { // the register refuses injuries without their child
                rows.add(new Row(i, c));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.injury().date()).reversed()
                .thenComparing(Row::child, names).thenComparing(r -> r.injury().id(), Comparator.nullsLast(Comparator.naturalOrder())));
        all.setAll(rows);
        refilter();
    }

    private void applyPeriod(Period p) {
        if (p == null || p == Period.CUSTOM || settingPeriod) {
            return;
        }
        LocalDate[] range = p.range(today.get());
        settingPeriod = true;
        try {
            from.set(range[0] == null ? "" : DateText.format(range[0]));
            to.set(range[1] == null ? "" : DateText.format(range[1]));
        } finally {
            settingPeriod = false;
        }
        refilter();
    }

    /** The quick choice the typed dates amount to, else CUSTOM. */
    private Period matchingPeriod() {
        Optional<LocalDate> f = DateText.parse(from.get());
        Optional<LocalDate> t = DateText.parse(to.get());
        boolean fromBlank = VietnameseText.isBlank(from.get());
        boolean toBlank = VietnameseText.isBlank(to.get());
        for (Period p : List.of(Period.THIS_MONTH, Period.LAST_MONTH, Period.THIS_YEAR, Period.ALL)) {
            LocalDate[] range = p.range(today.get());
            boolean fromMatches = range[0] == null ? fromBlank : f.filter(range[0]::equals).isPresent();
            boolean toMatches = range[1] == null ? toBlank : t.filter(range[1]::equals).isPresent();
            if (fromMatches && toMatches) {
                return p;
            }
        }
        return Period.CUSTOM;
    }

    /** A bound of the period: empty when blank or unreadable (an unreadable one is reported, not applied). */
    private static Optional<LocalDate> bound(String text) {
        return VietnameseText.isBlank(text) ? Optional.empty() : DateText.parse(text);
    }

    private static boolean unreadable(String text) {
        return !VietnameseText.isBlank(text) && DateText.parse(text).isEmpty();
    }

    void clearFilters() {
        period.set(Period.ALL);
        type.set(null);
        place.set(null);
        village.set(null);
        ageBand.set(null);
        outcome.set(null);
        search.set("");
    }

    Predicate<Row> predicate() {
        LocalDate f = bound(from.get()).orElse(null);
        LocalDate t = bound(to.get()).orElse(null);
        InjuryType ty = type.get();
        InjuryPlace pl = place.get();
        String vi = village.get();
        AgeBand band = ageBand.get();
        Outcome out = outcome.get();
        String needle = VietnameseText.fold(search.get());
        return r -> (f == null || !r.injury().date().isBefore(f))
                && (t == null || !r.injury().date().isAfter(t))
                && (ty == null || ty == r.injury().type())
                && (pl == null || pl == r.injury().place())
                && (vi == null || vi.equals(r.child().getVillage()))
                && (band == null || band == r.ageBand())
                && (out == null || out.accepts(r.injury()))
                && (needle.isEmpty() || ChildFilter.nameMatches(r.child().foldedName(), needle));
    }

    private void refilter() {
        shown.setPredicate(predicate());
        periodMessage.set(unreadable(from.get()) || unreadable(to.get()) ? BAD_PERIOD : "");
        countText.set(countText(shown, all.size()));
        chart.set(monthlyCounts(shown.stream().map(Row::injury).toList(), chartEnd()));
    }

    /** "12 trường hợp, 10 trẻ, 1 tử vong", and how many are recorded in all when the filters hide some. */
    static String countText(Collection<Row> rows, int total) {
        long children = rows.stream().map(r -> r.injury().childId()).distinct().count();
        long deaths = rows.stream().filter(r -> r.injury().died()).count();
        String text = rows.size() + " trường hợp, " + children + " trẻ, " + deaths + " tử vong";
        return rows.size() == total ? text : text + " (trong số " + total + " trường hợp đã ghi)";
    }

    /** The chart's last month: the period's last day, else this month. */
    YearMonth chartEnd() {
        return bound(to.get()).map(YearMonth::from).orElse(YearMonth.from(today.get()));
    }

    /**
     * Injuries per month and type for the 12 months ending with {@code end}, oldest month first;
     * every month is present (a month without injuries maps to no types), types only with a count.
     */
    static Map<YearMonth, Map<InjuryType, Integer>> monthlyCounts(Collection<Injury> injuries, YearMonth end) {
        Map<YearMonth, Map<InjuryType, Integer>> counts = new LinkedHashMap<>();
        for (int i = CHART_MONTHS - 1; i >= 0; i--) {
            counts.put(end.minusMonths(i), new EnumMap<>(InjuryType.class));
        }
        for (Injury injury : injuries) {
            Map<InjuryType, Integer> month = counts.get(YearMonth.from(injury.date()));
            if (month != null) {
                month.merge(injury.type(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The types with at least one injury in the counts, in the order of the list loai_tntt. */
    static List<InjuryType> typesIn(Map<YearMonth, Map<InjuryType, Integer>> counts) {
        return List.of(InjuryType.values()).stream()
                .filter(t -> counts.values().stream().anyMatch(m -> m.getOrDefault(t, 0) > 0)).toList();
    }

    /** The chart's label of a month: "T11" over "2026" (two short lines fit under a bar without turning). */
    static String monthLabel(YearMonth month) {
        return "T" + month.getMonthValue() + "\n" + month.getYear();
    }

    // ---- cell texts

    /** The child's record's line: "Tai nạn, thương tích: 2 lần, gần nhất ngày 15/11/2026 (03 Tai nạn giao thông)." */
    public static String countText(List<Injury> ofOneChild) {
        if (ofOneChild.isEmpty()) {
            return "Chưa ghi tai nạn, thương tích nào.";
        }
        Injury last = ofOneChild.get(ofOneChild.size() - 1);
        return "Tai nạn, thương tích: " + ofOneChild.size() + " lần, gần nhất ngày " + DateText.format(last.date())
                + " (" + typeText(last) + ").";
    }

    /** "08 Đuối nước". */
    public static String typeText(Injury i) {
        return i.type() == null ? "" : i.type().code() + " " + i.type().label();
    }

    static String ageText(Row r) {
        int age = r.ageAtEvent();
        return age < 0 ? "" : Integer.toString(age);
    }

    /** "Tử vong", "Khuyết tật", both, or nothing. */
    static String outcomeText(Injury i) {
        return i.died() && i.disabled() ? "Tử vong, khuyết tật" : i.died() ? "Tử vong" : i.disabled() ? "Khuyết tật" : "";
    }

    Optional<Row> byId(long injuryId) {
        return all.stream().filter(r -> r.injury().id() != null && r.injury().id() == injuryId).findFirst();
    }

    // ---- properties

    ObservableList<Row> all() {
        return all;
    }

    FilteredList<Row> shown() {
        return shown;
    }

    ObjectProperty<Period> periodProperty() {
        return period;
    }

    StringProperty fromProperty() {
        return from;
    }

    StringProperty toProperty() {
        return to;
    }

    ObjectProperty<InjuryType> typeProperty() {
        return type;
    }

    ObjectProperty<InjuryPlace> placeProperty() {
        return place;
    }

    ObjectProperty<String> villageProperty() {
        return village;
    }

    ObjectProperty<AgeBand> ageBandProperty() {
        return ageBand;
    }

    ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    StringProperty searchProperty() {
        return search;
    }

    ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty periodMessageProperty() {
        return periodMessage.getReadOnlyProperty();
    }

    /** The chart's counts, recomputed on every change of the list or the filters. */
    ReadOnlyObjectProperty<Map<YearMonth, Map<InjuryType, Integer>>> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
