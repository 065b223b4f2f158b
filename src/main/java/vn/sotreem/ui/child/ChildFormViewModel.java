package vn.sotreem.ui.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.child.ChildRules;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.place.OldCommunes;
import vn.sotreem.domain.child.EthnicGroup;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.FieldMessages;

/**
 * The add/edit child form without a screen: text inputs, parsing of dates and the estimated age,
 * validation with {@link ChildRules} as the officer types, and the child to save.
 *
 * <p>A field's message is shown once the field has been edited, or for every field after a save
 * attempt (and at once when editing an existing record), so a fresh form is not covered in red.
 */
final class ChildFormViewModel {

    public static final String BAD_AGE = "Tuổi ước lượng là một số nguyên từ 0 đến 15.";

    /** The message shown next to one field; severity is null when there is nothing to show. */
    public static final class FieldState {
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>();

        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<Severity> severityProperty() {
            return severity.getReadOnlyProperty();
        }

        public String message() {
            return message.get();
        }

        public Severity severity() {
            return severity.get();
        }
    }

    private final LocalDate today;
    private final Child original;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final BooleanProperty ageEstimated = new SimpleBooleanProperty(false);
    private final StringProperty estimatedAge = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<EthnicGroup> ethnicGroup = new SimpleObjectProperty<>();
    private final StringProperty personalId = new SimpleStringProperty("");
    private final ObjectProperty<String> village = new SimpleObjectProperty<>();
    private final ObjectProperty<Poverty> poverty = new SimpleObjectProperty<>();
    private final StringProperty fatherName = new SimpleStringProperty("");
    private final StringProperty motherName = new SimpleStringProperty("");
    private final StringProperty caregiverName = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<ChildStatus> status = new SimpleObjectProperty<>(ChildStatus.LIVING_HERE);
    private final StringProperty statusDate = new SimpleStringProperty("");
    private final StringProperty entryDate = new SimpleStringProperty("");
    /** The pre-2025 commune the child's record came from (set by an import of that commune's list); read-only. */
    private final StringProperty origin = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final Map<ChildField, FieldState> states = new EnumMap<>(ChildField.class);
    private final Set<ChildField> touched = EnumSet.noneOf(ChildField.class);
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showAll = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper statusDateNeeded = new ReadOnlyBooleanWrapper();
    private List<Problem> problems = List.of();
    private boolean loading;

    /** An empty form for a new child entered on {@code today}. */
    public ChildFormViewModel(LocalDate today) {
        this(today, null);
    }

    /** A form for {@code existing}, or an empty one when it is null. */
    public ChildFormViewModel(LocalDate today, Child existing) {
        this.today = today;
        this.original = existing == null ? null : existing.copy();
        for (ChildField field : ChildField.values()) {
            states.put(field, new FieldState());
        }
        loading = true;
        if (existing == null) {
            entryDate.set(DateText.format(today));
        } else {
            load(existing);
            showAll.set(true);
        }
        loading = false;
        watch(fullName, ChildField.FULL_NAME);
        watch(birthDate, ChildField.BIRTH_DATE);
        watch(ageEstimated, ChildField.ESTIMATED_AGE);
        watch(estimatedAge, ChildField.ESTIMATED_AGE);
        watch(sex, ChildField.SEX);
        watch(ethnicGroup, ChildField.ETHNICITY);
        watch(personalId, ChildField.PERSONAL_ID);
        watch(village, ChildField.VILLAGE);
        watch(poverty, ChildField.POVERTY);
        watch(fatherName, ChildField.FATHER_NAME);
        watch(motherName, ChildField.MOTHER_NAME);
        watch(caregiverName, ChildField.CAREGIVER_NAME);
        watch(phone, ChildField.PHONE);
        watch(status, ChildField.STATUS);
        watch(statusDate, ChildField.STATUS_DATE);
        watch(entryDate, ChildField.ENTRY_DATE);
        watch(note, ChildField.NOTE);
        revalidate();
    }

    private void load(Child c) {
        fullName.set(nz(c.getFullName()));
        if (c.isBirthDateEstimated() && c.getBirthDate() != null) {
            ageEstimated.set(true);
            estimatedAge.set(Integer.toString(Math.max(0, Ages.ageOn(c.getBirthDate(), referenceDate(c.getEntryDate())))));
        } else {
            birthDate.set(DateText.format(c.getBirthDate()));
        }
        sex.set(c.getSex());
        ethnicGroup.set(c.getEthnicCode() == null ? null : EthnicGroup.byCode(c.getEthnicCode()).orElse(null));
        personalId.set(nz(c.getPersonalId()));
        village.set(c.getVillage());
        poverty.set(c.getPoverty());
        fatherName.set(nz(c.getFatherName()));
        motherName.set(nz(c.getMotherName()));
        caregiverName.set(nz(c.getCaregiverName()));
        phone.set(nz(c.getPhone()));
        status.set(c.getStatus());
        statusDate.set(DateText.format(c.getStatusDate()));
        entryDate.set(DateText.format(c.getEntryDate()));
        origin.set(c.getOriginCommuneCode() == null ? "" : OldCommunes.get().describe(c.getOriginCommuneCode()));
        note.set(nz(c.getNote()));
    }

    private void watch(Observable property, ChildField field) {
        property.addListener(o -> {
            if (!loading) {
                touched.add(field);
                revalidate();
            }
        });
    }

    /** The date an estimated age refers to: the entry date, or today. */
    private LocalDate referenceDate(LocalDate entry) {
        return entry != null && !entry.isAfter(today) ? entry : today;
    }

    // ---- building and validating

    private record Built(Child child, List<Problem> parseProblems) {
    }

    private Built build() {
        List<Problem> parse = new ArrayList<>();
        Child c = original == null ? new Child() : original.copy();
        c.setFullName(VietnameseText.cleanOrNull(fullName.get()));
        LocalDate entry = parseDate(entryDate.get(), ChildField.ENTRY_DATE, parse);
        c.setEntryDate(entry);
        if (ageEstimated.get()) {
            c.setBirthDateEstimated(true);
            c.setBirthDate(estimatedBirthDate(entry, parse));
        } else {
            c.setBirthDateEstimated(false);
            c.setBirthDate(parseDate(birthDate.get(), ChildField.BIRTH_DATE, parse));
        }
        c.setSex(sex.get());
        c.setEthnicCode(ethnicGroup.get() == null ? null : ethnicGroup.get().code());
        c.setPersonalId(VietnameseText.cleanOrNull(personalId.get()));
        c.setVillage(VietnameseText.cleanOrNull(village.get()));
        c.setPoverty(poverty.get());
        c.setFatherName(VietnameseText.cleanOrNull(fatherName.get()));
        c.setMotherName(VietnameseText.cleanOrNull(motherName.get()));
        c.setCaregiverName(VietnameseText.cleanOrNull(caregiverName.get()));
        c.setPhone(VietnameseText.cleanOrNull(phone.get()));
        c.setStatus(status.get());
        if (status.get() == null || status.get() == ChildStatus.LIVING_HERE) {
            c.setStatusDate(null);
        } else {
            c.setStatusDate(parseDate(statusDate.get(), ChildField.STATUS_DATE, parse));
        }
        c.setNote(noteOrNull(note.get()));
        return new Built(c, parse);
    }

    private LocalDate estimatedBirthDate(LocalDate entry, List<Problem> parse) {
        String text = nz(estimatedAge.get()).trim();
        if (text.isEmpty()) {
            return null;
        }
        int years;
        try {
            years = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            years = -1;
        }
        if (years < 0 || years >= Ages.CHILD_AGE_LIMIT) {
            parse.add(Problem.error(ChildField.ESTIMATED_AGE.key(), BAD_AGE));
            return null;
        }
        // Re-saving an unchanged estimate keeps the stored date instead of drifting with the calendar.
        if (original != null && original.isBirthDateEstimated() && original.getBirthDate() != null
                && Ages.ageOn(original.getBirthDate(), referenceDate(original.getEntryDate())) == years) {
            return original.getBirthDate();
        }
        return ChildRules.estimatedBirthDate(years, referenceDate(entry));
    }

    private static LocalDate parseDate(String text, ChildField field, List<Problem> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            parse.add(Problem.error(field.key(), FieldMessages.BAD_DATE));
        }
        return date.orElse(null);
    }

    private void revalidate() {
        Built built = build();
        List<Problem> all = new ArrayList<>(built.parseProblems());
        Set<String> unparsed = built.parseProblems().stream().map(Problem::field).collect(Collectors.toSet());
        for (Problem p : ChildRules.validate(built.child(), today)) {
            String field = p.field();
            if (ageEstimated.get() && field.equals(ChildField.BIRTH_DATE.key())) {
                field = ChildField.ESTIMATED_AGE.key();
                p = new Problem(field, p.severity(), p.message());
            }
            if (!unparsed.contains(field)) {
                all.add(p);
            }
        }
        problems = List.copyOf(all);
        hasErrors.set(ChildRules.hasErrors(problems));
        statusDateNeeded.set(status.get() != null && status.get() != ChildStatus.LIVING_HERE);
        for (Map.Entry<ChildField, FieldState> entry : states.entrySet()) {
            ChildField field = entry.getKey();
            FieldState state = entry.getValue();
            List<Problem> mine = problems.stream().filter(p -> p.field().equals(field.key())).toList();
            boolean visible = showAll.get() || touched.contains(field);
            if (mine.isEmpty() || !visible) {
                state.message.set("");
                state.severity.set(null);
            } else {
                state.message.set(mine.stream().map(Problem::message).collect(Collectors.joining("\n")));
                state.severity.set(mine.stream().anyMatch(Problem::isError) ? Severity.ERROR : Severity.WARNING);
            }
        }
    }

    /**
     * The child to save, or empty when errors remain; after this call every field shows its
     * message. Warnings do not block.
     */
    public Optional<Child> childToSave() {
        showAll.set(true);
        revalidate();
        return hasErrors.get() ? Optional.empty() : Optional.of(build().child());
    }

    /** The first field (in form order) that has an error, to move the focus there. */
    public Optional<ChildField> firstErrorField() {
        for (ChildField field : ChildField.values()) {
            if (problems.stream().anyMatch(p -> p.isError() && p.field().equals(field.key()))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public List<Problem> problems() {
        return problems;
    }

    public FieldState state(ChildField field) {
        return states.get(field);
    }

    public boolean isNew() {
        return original == null;
    }

    /** "Phường Trúc Bạch (mã 00004)", or "" when the child came from no merged commune's list. */
    public StringProperty originProperty() {
        return origin;
    }

    public Child original() {
        return original;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String noteOrNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- properties

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public BooleanProperty ageEstimatedProperty() {
        return ageEstimated;
    }

    public StringProperty estimatedAgeProperty() {
        return estimatedAge;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public ObjectProperty<EthnicGroup> ethnicGroupProperty() {
        return ethnicGroup;
    }

    public StringProperty personalIdProperty() {
        return personalId;
    }

    public ObjectProperty<String> villageProperty() {
        return village;
    }

    public ObjectProperty<Poverty> povertyProperty() {
        return poverty;
    }

    public StringProperty fatherNameProperty() {
        return fatherName;
    }

    public StringProperty motherNameProperty() {
        return motherName;
    }

    public StringProperty caregiverNameProperty() {
        return caregiverName;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<ChildStatus> statusProperty() {
        return status;
    }

    public StringProperty statusDateProperty() {
        return statusDate;
    }

    public StringProperty entryDateProperty() {
        return entryDate;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    public boolean hasErrors() {
        return hasErrors.get();
    }

    public ReadOnlyBooleanProperty statusDateNeededProperty() {
        return statusDateNeeded.getReadOnlyProperty();
    }
}
