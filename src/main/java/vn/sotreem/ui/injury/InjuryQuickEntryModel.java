package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildFilter;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryRules;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;

/**
 * The quick-entry grid of injuries without a screen: rows of typed text, each cell read as it is
 * committed (a child picked from the register by an accent-free name fragment, a date, a type code,
 * a place shortcut, yes/no) and every row checked after each change — {@link InjuryRules}, plus
 * what only the grid can see: the same child, date and type twice (in the grid or already in the
 * register) and an injury after a death typed in another row.
 *
 * <p>Dates are {@code d/M/yyyy}; a date without its year ({@code 5/11}) is the latest such day not
 * after today — this year, or last year when that day has not come yet (a December injury typed
 * at the January meeting). A blank yes/no cell means no. A new blank row is kept after the last.
 */
final class InjuryQuickEntryModel {

    static final int START_ROWS = 10;
    static final int MAX_MATCHES = 8;

    /** The cells the officer types in, in the order Tab and Enter go through them; each is one field of the injury. */
    enum Column {
        CHILD(InjuryField.CHILD), DATE(InjuryField.DATE), TYPE(InjuryField.TYPE), PLACE(InjuryField.PLACE),
        DIED(InjuryField.DIED), DISABLED(InjuryField.DISABLED), TREATED_AT(InjuryField.TREATED_AT),
        CAUSE(InjuryField.CAUSE);

        private final InjuryField field;

        Column(InjuryField field) {
            this.field = field;
        }

        /** The field the cell is read into; its key names the cell's problems. */
        InjuryField field() {
            return field;
        }

        static Column first() {
            return values()[0];
        }

        static Column last() {
            return values()[values().length - 1];
        }

        Column next() {
            return this == last() ? null : values()[ordinal() + 1];
        }

        Column previous() {
            return this == first() ? null : values()[ordinal() - 1];
        }
    }

    /** What a row amounts to: nothing typed, ready to save (perhaps with a warning), or not savable. */
    enum State {
        BLANK, VALID, WARNING, ERROR;

        boolean savable() {
            return this == VALID || this == WARNING;
        }
    }

    private static final String YES = "Có";
    private static final String NO = "Không";

    /** One line of the grid: the texts as shown, what they were read as, and the row's check. */
    static final class Row {
        private final Map<Column, ReadOnlyStringWrapper> texts = new EnumMap<>(Column.class);
        private final Map<Column, String> unreadable = new EnumMap<>(Column.class);
        private final ReadOnlyStringWrapper childInfo = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.BLANK);
        private final ReadOnlyIntegerWrapper number = new ReadOnlyIntegerWrapper();
        private Child child;
        private LocalDate date;
        private InjuryType type;
        private InjuryPlace place;
        private boolean died;
        private boolean disabled;

        private Row() {
            for (Column c : Column.values()) {
                texts.put(c, new ReadOnlyStringWrapper(""));
            }
        }

        /** The cell's text: what was typed, or what it was read as ("8" shows as "08 Đuối nước"). */
        ReadOnlyStringProperty textProperty(Column column) {
            return texts.get(column).getReadOnlyProperty();
        }

        String text(Column column) {
            return texts.get(column).get();
        }

        /** Birth date and village of the picked child, to tell namesakes apart. */
        ReadOnlyStringProperty childInfoProperty() {
            return childInfo.getReadOnlyProperty();
        }

        /** The row's problems in Vietnamese, errors first; empty when it is fine or blank. */
        ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        String message() {
            return message.get();
        }

        ReadOnlyObjectProperty<State> stateProperty() {
            return state.getReadOnlyProperty();
        }

        State state() {
            return state.get();
        }

        /** The line number shown in the first column and in messages ("trùng với dòng 3"). */
        ReadOnlyIntegerProperty numberProperty() {
            return number.getReadOnlyProperty();
        }

        Child child() {
            return child;
        }

        boolean isBlank() {
            return texts.values().stream().allMatch(t -> t.get().isBlank());
        }

        /** The injury as read; only meaningful for a savable row. */
        Injury toInjury() {
            Injury injury = Injury.of(child.getId(), date, type, place).withOutcome(died, disabled);
            for (Column c : Column.values()) {
                if (c.field().isFreeText()) {
                    injury = injury.withText(c.field(), VietnameseText.cleanOrNull(text(c)));
                }
            }
            return injury;
        }

        private void set(Column column, String shown) {
            texts.get(column).set(shown);
        }
    }

    private record Key(long childId, LocalDate date, InjuryType type) {
    }

    private final LocalDate today;
    private final Map<Long, Child> register = new LinkedHashMap<>();
    private final Set<Key> inRegister = new HashSet<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper savableCount = new ReadOnlyIntegerWrapper();

    /**
     * @param children the register's children, to pick from
     * @param existing the injuries already in the register, to catch one typed a second time
     */
    InjuryQuickEntryModel(LocalDate today, Collection<Child> children, Collection<Injury> existing) {
        this.today = today;
        load(children, existing);
        for (int i = 0; i < START_ROWS; i++) {
            rows.add(new Row());
        }
        revalidate();
    }

    private void load(Collection<Child> children, Collection<Injury> existing) {
        register.clear();
        children.forEach(c -> register.put(c.getId(), c));
        inRegister.clear();
        existing.forEach(i -> inRegister.add(new Key(i.childId(), i.date(), i.type())));
    }

    LocalDate today() {
        return today;
    }

    ObservableList<Row> rows() {
        return rows;
    }

    /** "8 dòng hợp lệ, 1 dòng lỗi, 1 dòng trống". */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many rows would be saved now. */
    ReadOnlyIntegerProperty savableCountProperty() {
        return savableCount.getReadOnlyProperty();
    }

    // ---- typing

    /** The children of the register matching a typed fragment, for the list under the Trẻ cell. */
    List<Child> matches(String text) {
        return ChildFilter.find(register.values(), text, MAX_MATCHES);
    }

    /** A line of that list: name, birth date, village (and a death), to tell namesakes apart. */
    static String matchLabel(Child child) {
        return child.getFullName() + " · " + childInfo(child);
    }

    private static String childInfo(Child child) {
        String info = DateText.format(child.getBirthDate()) + " · " + Objects.toString(child.getVillage(), "");
        return child.getStatus() == ChildStatus.DIED
                ? info + " · đã mất " + DateText.format(child.getStatusDate()) : info;
    }

    /** Picks a child from the list for the row. */
    void choose(Row row, Child child) {
        register.putIfAbsent(child.getId(), child);
        setChild(row, child);
        row.unreadable.remove(Column.CHILD);
        changed();
    }

    private static void setChild(Row row, Child child) {
        row.child = child;
        row.set(Column.CHILD, child == null ? "" : child.getFullName());
        row.childInfo.set(child == null ? "" : childInfo(child));
    }

    /** Reads a typed cell into the row and checks the whole grid again. */
    void edit(Row row, Column column, String typed) {
        String text = VietnameseText.clean(typed);
        row.unreadable.remove(column);
        switch (column) {
            case CHILD -> readChild(row, text);
            case DATE -> row.date = read(row, column, text, t -> InjuryCellReader.readDate(t, today), DateText::format,
                    "Ngày “" + text + "” không đọc được: ghi ngày/tháng/năm, ví dụ 05/11/" + today.getYear() + ".");
            case TYPE -> row.type = read(row, column, text, InjuryCellReader::readType, InjuryType::toString,
                    InjuryCellReader.typeProblem(text));
            case PLACE -> row.place = read(row, column, text, InjuryCellReader::readPlace, InjuryPlace::label,
                    "Địa điểm “" + text + "” không đọc được: ghi n (tại nhà), t (trường học) hoặc c (cộng đồng).");
            case DIED -> row.died = Boolean.TRUE.equals(read(row, column, text, InjuryCellReader::readYesNo,
                    b -> b ? YES : NO, "Tử vong: ghi c (có) hoặc k (không), không phải “" + text + "”."));
            case DISABLED -> row.disabled = Boolean.TRUE.equals(read(row, column, text, InjuryCellReader::readYesNo,
                    b -> b ? YES : NO, "Khuyết tật: ghi c (có) hoặc k (không), không phải “" + text + "”."));
            default -> row.set(column, text); // a free text (where treated), kept as typed
        }
        changed();
    }

    /** Empties a row (Delete). */
    void clear(Row row) {
        for (Column c : Column.values()) {
            row.set(c, "");
        }
        row.unreadable.clear();
        setChild(row, null);
        row.date = null;
        row.type = null;
        row.place = null;
        row.died = false;
        row.disabled = false;
        changed();
    }

    /** A cell's value, or null with the text kept and a problem noted when it cannot be read. */
    private static <T> T read(Row row, Column column, String text, Function<String, Optional<T>> parse,
                              Function<T, String> show, String problem) {
        if (text.isEmpty()) {
            row.set(column, "");
            return null;
        }
        Optional<T> value = parse.apply(text);
        row.set(column, value.map(show).orElse(text));
        if (value.isEmpty()) {
            row.unreadable.put(column, problem);
        }
        return value.orElse(null);
    }

    private void readChild(Row row, String text) {
        if (text.isEmpty()) {
            setChild(row, null);
            return;
        }
        if (row.child != null && VietnameseText.fold(text).equals(row.child.foldedName())) {
            return; // the picked child's name committed again: keep that child, even with a namesake
        }
        List<Child> found = ChildFilter.find(register.values(), text, Integer.MAX_VALUE);
        List<Child> sameName = found.stream().filter(c -> c.foldedName().equals(VietnameseText.fold(text))).toList();
        if (found.size() == 1 || sameName.size() == 1) {
            setChild(row, found.size() == 1 ? found.get(0) : sameName.get(0));
            return;
        }
        setChild(row, null);
        row.set(Column.CHILD, text);
        row.unreadable.put(Column.CHILD, found.isEmpty()
                ? "Không có trẻ nào khớp “" + text + "” trong sổ."
                : "Có " + found.size() + " trẻ khớp “" + text + "”: chọn một trẻ trong danh sách gợi ý.");
    }

    // ---- checking

    private void changed() {
        if (!rows.isEmpty() && !rows.get(rows.size() - 1).isBlank()) {
            rows.add(new Row());
        }
        revalidate();
    }

    private void revalidate() {
        Map<Key, List<Row>> byKey = new HashMap<>();
        Map<Long, Row> firstDeath = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.number.set(i + 1);
            if (row.isBlank() || row.child == null) {
                continue;
            }
            if (row.date != null && row.type != null) {
                byKey.computeIfAbsent(new Key(row.child.getId(), row.date, row.type), k -> new ArrayList<>()).add(row);
            }
            if (row.died && row.date != null) {
                firstDeath.merge(row.child.getId(), row, (a, b) -> b.date.isBefore(a.date) ? b : a);
            }
        }
        int valid = 0;
        int warned = 0;
        int wrong = 0;
        int blank = 0;
        for (Row row : rows) {
            List<Problem> problems = row.isBlank() ? List.of() : check(row, byKey, firstDeath);
            State state = row.isBlank() ? State.BLANK
                    : problems.stream().anyMatch(Problem::isError) ? State.ERROR
                    : problems.isEmpty() ? State.VALID : State.WARNING;
            row.message.set(problems.stream().sorted((a, b) -> a.severity().compareTo(b.severity()))
                    .map(Problem::message).collect(Collectors.joining(" ")));
            row.state.set(state);
            switch (state) {
                case BLANK -> blank++;
                case VALID -> valid++;
                case WARNING -> {
                    valid++;
                    warned++;
                }
                case ERROR -> wrong++;
            }
        }
        savableCount.set(valid);
        status.set(valid + " dòng hợp lệ" + (warned > 0 ? " (" + warned + " dòng có cảnh báo)" : "") + ", "
                + wrong + " dòng lỗi, " + blank + " dòng trống");
    }

    private List<Problem> check(Row row, Map<Key, List<Row>> byKey, Map<Long, Row> firstDeath) {
        List<Problem> problems = new ArrayList<>();
        if (row.child == null) {
            problems.add(Problem.error(InjuryField.CHILD.key(), row.unreadable.getOrDefault(Column.CHILD, "Chưa chọn trẻ.")));
        }
        Set<String> unreadFields = new HashSet<>();
        row.unreadable.forEach((column, message) -> {
            if (column != Column.CHILD) {
                problems.add(Problem.error(column.field().key(), message));
                unreadFields.add(column.field().key());
            }
        });
        if (row.child == null) {
            return problems; // the rules need the child (birth, death); they run once one is picked
        }
        Injury injury = row.toInjury();
        InjuryRules.validate(injury, row.child, today).stream()
                .filter(p -> !unreadFields.contains(p.field())).forEach(problems::add);
        if (row.date != null && row.type != null) {
            Key key = new Key(row.child.getId(), row.date, row.type);
            List<Row> same = byKey.getOrDefault(key, List.of());
            if (same.size() > 1) {
                problems.add(Problem.error(InjuryField.CHILD.key(), "Trùng với dòng " + same.stream().filter(r -> r != row)
                        .map(r -> String.valueOf(r.number.get())).collect(Collectors.joining(", "))
                        + ": cùng trẻ, cùng ngày, cùng loại — xoá một dòng."));
            }
            if (inRegister.contains(key)) {
                problems.add(Problem.error(InjuryField.CHILD.key(),
                        "Sổ đã có tai nạn này (cùng trẻ, cùng ngày, cùng loại): có thể đã nhập lần trước."));
            }
        }
        Row death = firstDeath.get(row.child.getId());
        if (death != null && death != row && row.date != null && row.date.isAfter(death.date)) {
            problems.add(Problem.error(InjuryField.DATE.key(), "Sau ngày trẻ tử vong ghi ở dòng " + death.number.get()
                    + " (" + DateText.format(death.date) + ")."));
        }
        return problems;
    }

    // ---- saving

    /** The rows to save now, in grid order: no error (a warning does not hold a row back). */
    List<Row> savableRows() {
        return rows.stream().filter(r -> r.state().savable()).toList();
    }

    /** Of these rows, those where the child died and the register does not show the death yet. */
    static List<Row> deathOffers(List<Row> toSave) {
        return toSave.stream().filter(r -> InjuryRules.offersDeath(r.toInjury(), r.child)).toList();
    }

    /** The one question asked before saving rows that record a death: every child, once. */
    static String deathQuestion(List<Row> offers) {
        Map<Long, Row> earliest = new LinkedHashMap<>();
        offers.forEach(r -> earliest.merge(r.child.getId(), r, (a, b) -> b.date.isBefore(a.date) ? b : a));
        return "Ghi nhận các trẻ sau đã mất vào ngày bị tai nạn?\n"
                + earliest.values().stream().map(r -> "• " + r.child.getFullName() + " (sinh "
                        + DateText.format(r.child.getBirthDate()) + ", " + Objects.toString(r.child.getVillage(), "")
                        + "): mất ngày " + DateText.format(r.date) + ", " + r.type.label())
                        .collect(Collectors.joining("\n"))
                + "\n\nChọn “Không” thì chỉ lưu các tai nạn; tình trạng của trẻ trong sổ giữ nguyên.";
    }

    /**
     * After the rows were saved: they leave the grid, the rest stays for correction, and the register
     * as it is now (deaths just recorded, injuries just saved) is what rows are checked against.
     */
    void saved(List<Row> savedRows, Collection<Child> children, Collection<Injury> existing) {
        load(children, existing);
        rows.removeAll(savedRows);
        for (Row row : rows) {
            if (row.child != null) {
                setChild(row, register.get(row.child.getId()));
            }
        }
        while (rows.size() < START_ROWS || !rows.get(rows.size() - 1).isBlank()) {
            rows.add(new Row());
        }
        revalidate();
    }
}
