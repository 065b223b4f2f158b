package vn.sotreem.ui.injury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryRules;
import vn.sotreem.domain.injury.RecordedDeath;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.ChildSearch;
import vn.sotreem.ui.common.FieldMessages;

/**
 * The injury form without a screen: the child (picked by typing, or fixed when the form opens
 * from the child's record), the date as typed, type, place, outcome, where treated and a note;
 * {@link InjuryRules} checked as the officer types, each message under its field once touched.
 */
final class InjuryFormModel {

    static final String NO_CHILD = "Chưa chọn trẻ: gõ tên trẻ (không cần dấu) rồi chọn trong danh sách.";

    private final LocalDate today;
    private final Injury existing;
    private final Collection<Child> register;
    private final ObjectProperty<Child> child = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Child> searchResults = FXCollections.observableArrayList();
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<InjuryType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<InjuryPlace> place = new SimpleObjectProperty<>();
    private final BooleanProperty died = new SimpleBooleanProperty();
    private final BooleanProperty disabled = new SimpleBooleanProperty();
    /** The free-text fields of the catalogue (where treated, note…), as typed. */
    private final Map<InjuryField, StringProperty> texts = new EnumMap<>(InjuryField.class);
    private final FieldMessages messages = new FieldMessages();
    private final ReadOnlyStringWrapper childText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private List<Problem> problems = List.of();

    /**
     * A form for {@code existing}, or for a new injury when it is null — of {@code preselected}
     * when given (the child's record), else of a child picked among {@code children}.
     */
    InjuryFormModel(LocalDate today, Injury existing, Collection<Child> children, Child preselected) {
        this.today = today;
        this.existing = existing;
        this.register = children;
        for (InjuryField field : InjuryField.values()) {
            messages.field(field.key());
            if (field.isFreeText()) {
                Object value = existing == null ? null : field.valueIn(existing);
                texts.put(field, new SimpleStringProperty(value == null ? "" : (String) value));
            }
        }
        if (existing != null) {
            child.set(children.stream().filter(c -> Objects.equals(c.getId(), existing.childId())).findFirst()
                    .orElse(preselected));
            date.set(DateText.format(existing.date()));
            type.set(existing.type());
            place.set(existing.place());
            died.set(existing.died());
            disabled.set(existing.disabled());
            messages.showAll(); // a recorded injury shows what the rules say of it at once
        } else {
            child.set(preselected);
        }
        child.addListener((o, was, now) -> touchAndValidate(InjuryField.CHILD.key()));
        date.addListener((o, was, now) -> touchAndValidate(InjuryField.DATE.key()));
        type.addListener((o, was, now) -> touchAndValidate(InjuryField.TYPE.key()));
        place.addListener((o, was, now) -> touchAndValidate(InjuryField.PLACE.key()));
        died.addListener((o, was, now) -> touchAndValidate(InjuryField.DIED.key()));
        disabled.addListener(x -> validate());
        texts.forEach((field, text) -> text.addListener((o, was, now) -> touchAndValidate(field.key())));
        search.addListener((o, was, now) -> searchResults.setAll(ChildSearch.matches(register, now,
                c -> child.get() == null || !Objects.equals(c.getId(), child.get().getId()))));
        validate();
    }

    private void touchAndValidate(String key) {
        messages.touch(key);
        validate();
    }

    /** The child picked in the search; the search is cleared. */
    void pick(Child picked) {
        child.set(picked);
        search.set("");
    }

    private Injury build(List<Problem> parse) {
        LocalDate d = null;
        if (!VietnameseText.isBlank(date.get())) {
            d = DateText.parse(date.get()).orElse(null);
            if (d == null) {
                parse.add(Problem.error(InjuryField.DATE.key(), FieldMessages.BAD_DATE));
            }
        }
        Child c = child.get();
        long childId = c == null || c.getId() == null ? 0 : c.getId();
        Injury injury = Injury.of(childId, d, type.get(), place.get()).withId(existing == null ? null : existing.id())
                .withOutcome(died.get(), disabled.get());
        for (Map.Entry<InjuryField, StringProperty> text : texts.entrySet()) {
            injury = injury.withText(text.getKey(), VietnameseText.cleanOrNull(text.getValue().get()));
        }
        return injury;
    }

    private void validate() {
        List<Problem> all = new ArrayList<>();
        Injury injury = build(all);
        if (child.get() == null) {
            all.add(Problem.error(InjuryField.CHILD.key(), NO_CHILD));
        }
        Child against = child.get() == null ? new Child() : child.get();
        for (Problem p : InjuryRules.validate(injury, against, today)) {
            if (all.stream().noneMatch(q -> q.field().equals(p.field()) && q.isError())) {
                all.add(p);
            }
        }
        problems = all;
        messages.show(all);
        hasErrors.set(all.stream().anyMatch(Problem::isError));
        childText.set(child.get() == null ? "" : childLabel(child.get()));
        ageText.set(ageOnTheDay(injury.date()));
    }

    /** "Lò Thị Mây (TE000001) · sinh 01/06/2014 · Thôn Đông". */
    static String childLabel(Child c) {
        StringBuilder s = new StringBuilder(c.getFullName());
        if (c.getCode() != null) {
            s.append(" (").append(c.getCode()).append(")");
        }
        if (c.getBirthDate() != null) {
            s.append(" · sinh ").append(DateText.format(c.getBirthDate()));
        }
        if (c.getVillage() != null) {
            s.append(" · ").append(c.getVillage());
        }
        return s.toString();
    }

    /** "Lúc xảy ra trẻ 8 tuổi (nhóm 6 - 9 tuổi)", when both the child and a date within its childhood are known. */
    private String ageOnTheDay(LocalDate d) {
        Child c = child.get();
        if (c == null || c.getBirthDate() == null || d == null || !Ages.isChildOn(c.getBirthDate(), d)) {
            return "";
        }
        return "Lúc xảy ra trẻ " + Ages.ageOn(c.getBirthDate(), d) + " tuổi (nhóm " + AgeBand.of(c.getBirthDate(), d).label() + ").";
    }

    /** The injury to save, or empty with every message shown and the errors left. */
    Optional<Injury> injuryToSave() {
        messages.showAll();
        validate();
        if (problems.stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(build(new ArrayList<>()));
    }

    Optional<String> firstErrorField() {
        return problems.stream().filter(Problem::isError).map(Problem::field).findFirst();
    }

    /** True when saving {@code injury} must first ask whether to record the child's death. */
    boolean offersDeath(Injury injury) {
        return child.get() != null && InjuryRules.offersDeath(injury, child.get());
    }

    /** "Ghi nhận trẻ Lò Văn Núi (TE000002) đã mất ngày 02/11/2026 trong sổ trẻ em?" */
    String deathQuestion(Injury injury) {
        Child c = child.get();
        return "Ghi nhận trẻ " + c.getFullName() + (c.getCode() == null ? "" : " (" + c.getCode() + ")") + " đã mất ngày "
                + DateText.format(injury.date()) + " trong sổ trẻ em?";
    }

    /**
     * The keys typed into the type box, which select the type they make: digits add up while they
     * begin a code ("1" then "0" is 10, "0" then "8" is 08), else the last key starts again ("1"
     * then "2" is 02). A single digit is a code too ("8" is 08).
     */
    static String nextTypeKeys(String keys, String typed) {
        String joined = (keys == null ? "" : keys) + typed;
        if (joined.length() <= 2 && beginsACode(joined)) {
            return joined;
        }
        return beginsACode(typed) ? typed : "";
    }

    private static boolean beginsACode(String keys) {
        return InjuryType.lookup(keys).isPresent() || Arrays.stream(InjuryType.values()).anyMatch(t -> t.code().startsWith(keys));
    }

    boolean isNew() {
        return existing == null;
    }

    /**
     * True when saving {@code corrected} takes away what a death recorded by this injury was based
     * on (it no longer says died, or moved to another day): then the officer is asked whether to
     * undo the child's "Đã mất" status, if this injury recorded it.
     */
    boolean correctionMayUndoDeath(Injury corrected) {
        return existing != null && existing.died() && RecordedDeath.correctionAsksToUndo(existing, corrected);
    }

    LocalDate today() {
        return today;
    }

    Child child() {
        return child.get();
    }

    ObjectProperty<Child> childProperty() {
        return child;
    }

    FieldMessages.Field message(String key) {
        return messages.field(key);
    }

    StringProperty searchProperty() {
        return search;
    }

    ObservableList<Child> searchResults() {
        return searchResults;
    }

    StringProperty dateProperty() {
        return date;
    }

    ObjectProperty<InjuryType> typeProperty() {
        return type;
    }

    ObjectProperty<InjuryPlace> placeProperty() {
        return place;
    }

    BooleanProperty diedProperty() {
        return died;
    }

    BooleanProperty disabledProperty() {
        return disabled;
    }

    /** A free-text field of the catalogue, as typed. */
    StringProperty text(InjuryField field) {
        return texts.get(field);
    }

    StringProperty treatedAtProperty() {
        return text(InjuryField.TREATED_AT);
    }

    StringProperty noteProperty() {
        return text(InjuryField.NOTE);
    }

    ReadOnlyStringProperty childTextProperty() {
        return childText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty ageTextProperty() {
        return ageText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }
}
