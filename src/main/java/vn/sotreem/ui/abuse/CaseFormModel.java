package vn.sotreem.ui.abuse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.IntakeChannel;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.abuse.ReceivingBody;
import vn.sotreem.domain.abuse.Reporter;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.TimeText;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.ChildSearch;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.FieldMessages;

/**
 * The case form without a screen: the Mẫu 01 intake as typed, the victims (linked to the register,
 * with their forms and NĐ 56 sub-forms), the alleged perpetrators, validation with
 * {@link AbuseCaseRules} as the officer types, and the case to save.
 *
 * <p>The form keeps a working copy of the case. Every change of the intake, victims and
 * perpetrators is written into it at once (the intake only while the receipt date is a real date),
 * so that the procedure pane, which edits the copy's steps, separation, plan and reviews in place,
 * always sees the case as it stands; saving saves that copy.
 */
final class CaseFormModel {

    static final String BAD_TIME = "Giờ không hợp lệ, hãy gõ giờ:phút, ví dụ 14:30.";
    /** The form's own key for the place (the rules have none: an unknown place means outside the commune). */
    static final String PLACE = "noi_xay_ra";

    /** The parts of the form, one tab each, in order. */
    enum Section { INTAKE, VICTIMS, PERPETRATORS, PROCEDURE }

    /** What a press of Lưu leads to. */
    enum SaveCheck {
        /** Errors remain; nothing is saved. */
        ERRORS,
        /** Warnings the officer had not seen are now shown; a second press saves. */
        WARNINGS_SHOWN,
        READY
    }

    private static final Set<String> INTAKE_KEYS = Set.of(AbuseCaseRules.CODE, AbuseCaseRules.RECEIVED,
            AbuseCaseRules.RECEIVED_TIME, AbuseCaseRules.OCCURRED, AbuseCaseRules.SETTING, PLACE);
    private static final Set<String> VICTIM_KEYS = Set.of(AbuseCaseRules.CHILD, AbuseCaseRules.FORMS);
    private static final Set<String> PERPETRATOR_KEYS = Set.of(AbuseCaseRules.HANDLING, AbuseCaseRules.FINE);
    /** Pseudo-keys of the sections that list their messages once changed. */
    private static final String VICTIMS_TOUCHED = "#victims";
    private static final String PERPETRATORS_TOUCHED = "#perpetrators";

    /** A victim as the form edits it: the register's child, a check box per form and sub-form. */
    static final class Victim {
        private final Child child;
        private final Map<AbuseForm, BooleanProperty> forms = new EnumMap<>(AbuseForm.class);
        private final Map<HcdbSubCase, BooleanProperty> subForms = new LinkedHashMap<>();
        private final BooleanProperty supported = new SimpleBooleanProperty();
        private final StringProperty outcome = new SimpleStringProperty("");

        Victim(Child child, AbuseVictim saved) {
            this.child = child;
            for (AbuseForm form : AbuseForm.values()) {
                BooleanProperty box = new SimpleBooleanProperty(saved != null && saved.forms().contains(form));
                forms.put(form, box);
                for (HcdbSubCase sub : form.subForms()) {
                    subForms.put(sub, new SimpleBooleanProperty(saved != null && saved.subForms().contains(sub)));
                }
                // A form unticked takes its sub-forms with it: hidden boxes must not stay ticked.
                box.addListener((o, was, now) -> {
                    if (!now) {
                        form.subForms().forEach(s -> subForms.get(s).set(false));
                    }
                });
            }
            if (saved != null) {
                supported.set(saved.supported());
                outcome.set(saved.outcome() == null ? "" : saved.outcome());
            }
        }

        Child child() {
            return child;
        }

        long childId() {
            return child.getId();
        }

        BooleanProperty form(AbuseForm form) {
            return forms.get(form);
        }

        BooleanProperty subForm(HcdbSubCase subForm) {
            return subForms.get(subForm);
        }

        /** The forms whose sub-forms are offered now: ticked forms that the decree subdivides. */
        List<AbuseForm> formsWithSubFormsShown() {
            return forms.entrySet().stream().filter(e -> e.getValue().get() && !e.getKey().subForms().isEmpty())
                    .map(Map.Entry::getKey).toList();
        }

        BooleanProperty supportedProperty() {
            return supported;
        }

        StringProperty outcomeProperty() {
            return outcome;
        }

        List<Observable> observables() {
            List<Observable> all = new ArrayList<>(forms.values());
            all.addAll(subForms.values());
            all.add(supported);
            all.add(outcome);
            return all;
        }

        AbuseVictim toVictim() {
            Set<AbuseForm> ticked = EnumSet.noneOf(AbuseForm.class);
            forms.forEach((form, box) -> {
                if (box.get()) {
                    ticked.add(form);
                }
            });
            List<HcdbSubCase> subs = subForms.entrySet().stream().filter(e -> e.getValue().get())
                    .map(Map.Entry::getKey).toList();
            return new AbuseVictim(child.getId(), ticked, subs, supported.get(), VietnameseText.cleanOrNull(outcome.get()));
        }

        /** "Bạo lực, Xâm hại tình dục (l.4)": the forms with the codes of their sub-forms. */
        String formsText() {
            AbuseVictim v = toVictim();
            return v.orderedForms().stream().map(f -> {
                String codes = v.subForms().stream().filter(s -> AbuseForm.ofSubForm(s) == f).map(HcdbSubCase::code)
                        .collect(Collectors.joining(", "));
                return f.label() + (codes.isEmpty() ? "" : " (" + codes + ")");
            }).collect(Collectors.joining("; "));
        }
    }

    private final LocalDate today;
    private final AbuseCase working;
    private final boolean isNew;
    private final Map<Long, Child> register = new HashMap<>();
    private final IntFunction<String> codeForYear;
    private final List<Choice<String>> placeChoices = new ArrayList<>();

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty receivedDate = new SimpleStringProperty("");
    private final StringProperty receivedTime = new SimpleStringProperty("");
    private final ObjectProperty<IntakeChannel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<ReceivingBody> receivingBody = new SimpleObjectProperty<>();
    private final StringProperty officer = new SimpleStringProperty("");
    private final StringProperty occurredDate = new SimpleStringProperty("");
    private final ObjectProperty<Choice<String>> place = new SimpleObjectProperty<>();
    private final StringProperty placeDetail = new SimpleStringProperty("");
    private final ObjectProperty<AbuseSetting> setting = new SimpleObjectProperty<>();
    private final StringProperty childState = new SimpleStringProperty("");
    private final StringProperty fearedConsequences = new SimpleStringProperty("");
    private final StringProperty familySituation = new SimpleStringProperty("");
    private final StringProperty actionsTaken = new SimpleStringProperty("");
    private final BooleanProperty emergency = new SimpleBooleanProperty();
    private final StringProperty reporterName = new SimpleStringProperty("");
    private final StringProperty reporterPhone = new SimpleStringProperty("");
    private final StringProperty reporterAddress = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final ObservableList<Victim> victims = FXCollections.observableArrayList(
            v -> v.observables().toArray(Observable[]::new));
    private final ObservableList<Perpetrator> perpetrators = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Child> searchResults = FXCollections.observableArrayList();

    private final FieldMessages messages = new FieldMessages();
    private final Map<Section, ReadOnlyStringWrapper> sectionMessages = new EnumMap<>(Section.class);
    private final Map<Section, ReadOnlyObjectWrapper<Severity>> sectionSeverities = new EnumMap<>(Section.class);
    private final javafx.beans.property.ReadOnlyBooleanWrapper hasErrors = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private List<Problem> problems = List.of();
    private Set<Problem> visibleWarnings = Set.of();
    private boolean loading;
    private boolean codeTyped;
    private boolean showAll;

    /**
     * A form for {@code existing}, or for a new case received today when it is null.
     *
     * @param children     the register, to link victims and search it
     * @param villages     the commune's villages, offered as the place
     * @param userName     the officer who receives a new case
     * @param codeForYear  the next free case code for a year of receipt
     */
    CaseFormModel(LocalDate today, AbuseCase existing, Collection<Child> children, List<String> villages, String userName,
                  IntFunction<String> codeForYear) {
        this.today = today;
        this.isNew = existing == null;
        this.codeForYear = codeForYear;
        children.forEach(c -> register.put(c.getId(), c));
        villages.forEach(v -> placeChoices.add(new Choice<>(v, v)));
        placeChoices.add(new Choice<>(null, AbuseListModel.OUTSIDE_COMMUNE));
        for (String key : INTAKE_KEYS) {
            messages.field(key);
        }
        for (Section s : Section.values()) {
            sectionMessages.put(s, new ReadOnlyStringWrapper(""));
            sectionSeverities.put(s, new ReadOnlyObjectWrapper<>());
        }
        loading = true;
        if (existing == null) {
            working = new AbuseCase(codeForYear.apply(today.getYear()), null);
            code.set(working.getCode());
            receivedDate.set(DateText.format(today));
            officer.set(userName == null ? "" : userName);
            receivingBody.set(ReceivingBody.COMMUNE);
        } else {
            working = existing.copy();
            load(existing);
            messages.showAll();
            showAll = true; // an existing case shows all its messages at once
        }
        loading = false;
        listen(code, AbuseCaseRules.CODE);
        code.addListener((o, was, now) -> {
            if (!loading) {
                codeTyped = true;
            }
        });
        listen(receivedDate, AbuseCaseRules.RECEIVED);
        receivedDate.addListener((o, was, now) -> followYear());
        listen(receivedTime, AbuseCaseRules.RECEIVED_TIME);
        listen(occurredDate, AbuseCaseRules.OCCURRED);
        // The two dates are checked against each other: typing one shows what the other's field says.
        occurredDate.addListener(x -> {
            if (!loading) {
                messages.touch(AbuseCaseRules.RECEIVED);
                revalidate();
            }
        });
        listen(setting, AbuseCaseRules.SETTING);
        listen(place, PLACE);
        for (Observable o : List.<Observable>of(channel, receivingBody, officer, placeDetail, childState,
                fearedConsequences, familySituation, actionsTaken, emergency, reporterName, reporterPhone,
                reporterAddress, note)) {
            o.addListener(x -> revalidate());
        }
        victims.addListener((ListChangeListener<Victim>) c -> {
            messages.touch(VICTIMS_TOUCHED);
            updateSearch();
            revalidate();
        });
        perpetrators.addListener((ListChangeListener<Perpetrator>) c -> {
            messages.touch(PERPETRATORS_TOUCHED);
            revalidate();
        });
        search.addListener((o, was, now) -> updateSearch());
        revalidate();
    }

    private void listen(Observable property, String key) {
        property.addListener(x -> {
            if (!loading) {
                messages.touch(key);
            }
            revalidate();
        });
    }

    /** A new case's code follows the year of receipt until the officer types a code. */
    private void followYear() {
        if (!isNew || codeTyped) {
            return;
        }
        DateText.parse(receivedDate.get()).ifPresent(d -> {
            String wanted = codeForYear.apply(d.getYear());
            if (!wanted.equals(code.get())) {
                loading = true; // not the officer's typing
                code.set(wanted);
                loading = false;
                revalidate();
            }
        });
    }

    private void load(AbuseCase c) {
        code.set(nz(c.getCode()));
        Intake in = c.getIntake();
        receivedDate.set(DateText.format(in.receivedOn()));
        receivedTime.set(TimeText.format(in.receivedTime()));
        channel.set(in.channel());
        receivingBody.set(in.receivingBody());
        officer.set(nz(in.receivingOfficer()));
        occurredDate.set(DateText.format(in.occurredOn()));
        if (in.village() == null) {
            place.set(placeChoices.get(placeChoices.size() - 1));
        } else {
            Choice<String> known = placeChoices.stream().filter(p -> in.village().equals(p.value())).findFirst().orElse(null);
            if (known == null) {
                // A village renamed or deleted since: still offered, so that saving keeps it.
                known = new Choice<>(in.village(), in.village());
                placeChoices.add(placeChoices.size() - 1, known);
            }
            place.set(known);
        }
        placeDetail.set(nz(in.placeDetail()));
        setting.set(in.setting());
        childState.set(nz(in.childState()));
        fearedConsequences.set(nz(in.fearedConsequences()));
        familySituation.set(nz(in.familySituation()));
        actionsTaken.set(nz(in.actionsTaken()));
        emergency.set(c.isMarkedEmergency());
        if (in.reporter() != null) {
            reporterName.set(nz(in.reporter().name()));
            reporterPhone.set(nz(in.reporter().phone()));
            reporterAddress.set(nz(in.reporter().address()));
        }
        note.set(nz(in.note()));
        for (AbuseVictim v : c.getVictims()) {
            Child child = register.get(v.childId());
            if (child == null) {
                child = new Child();
                child.setId(v.childId());
                child.setFullName("(không có trong sổ, mã nội bộ " + v.childId() + ")");
            }
            victims.add(new Victim(child, v));
        }
        perpetrators.setAll(c.getPerpetrators());
    }

    // ---- victims

    private void updateSearch() {
        Set<Long> linked = victims.stream().map(Victim::childId).collect(Collectors.toSet());
        searchResults.setAll(ChildSearch.matches(register.values(), search.get(), c -> !linked.contains(c.getId())));
    }

    /** Links a child of the register as a victim (once); the search is cleared. */
    Victim addVictim(Child child) {
        register.put(child.getId(), child);
        Victim existing = victims.stream().filter(v -> v.childId() == child.getId()).findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        Victim v = new Victim(child, null);
        victims.add(v);
        search.set("");
        return v;
    }

    /** The perpetrators recorded against this victim (they move to the whole case if the victim goes). */
    long perpetratorsOf(Victim victim) {
        return perpetrators.stream().filter(p -> Objects.equals(p.victimChildId(), victim.childId())).count();
    }

    void removeVictim(Victim victim) {
        List<Perpetrator> relinked = perpetrators.stream().map(p -> Objects.equals(p.victimChildId(), victim.childId())
                ? new Perpetrator(null, p.sex(), p.ageGroup(), p.relation(), p.handling(), p.sanction(), p.note()) : p)
                .toList();
        if (!relinked.equals(perpetrators)) {
            perpetrators.setAll(relinked);
        }
        victims.remove(victim);
    }

    /** "Cả vụ việc" and each victim: what a perpetrator may relate to. */
    List<Choice<Long>> perpetratorTargets() {
        List<Choice<Long>> targets = new ArrayList<>();
        targets.add(new Choice<>(null, PerpetratorFormModel.WHOLE_CASE));
        victims.forEach(v -> targets.add(new Choice<>(v.childId(), victimLabel(v.child()))));
        return targets;
    }

    static String victimLabel(Child child) {
        return child.getFullName() + (child.getCode() == null ? "" : " (" + child.getCode() + ")");
    }

    /** The text of the perpetrator's "liên quan đến" cell: the child's name (the victims are few). */
    String targetText(Perpetrator p) {
        if (p.victimChildId() == null) {
            return PerpetratorFormModel.WHOLE_CASE;
        }
        Child child = register.get(p.victimChildId());
        return child == null ? "Mã nội bộ " + p.victimChildId() : child.getFullName();
    }

    // ---- building and validating

    private record Built(AbuseCase abuseCase, List<Problem> parseProblems) {
    }

    private Built build() {
        List<Problem> parse = new ArrayList<>();
        LocalDate received = parseDate(receivedDate.get(), AbuseCaseRules.RECEIVED, parse);
        LocalTime time = null;
        if (!VietnameseText.isBlank(receivedTime.get())) {
            time = TimeText.parse(receivedTime.get()).orElse(null);
            if (time == null) {
                parse.add(Problem.error(AbuseCaseRules.RECEIVED_TIME, BAD_TIME));
            }
        }
        LocalDate occurred = parseDate(occurredDate.get(), AbuseCaseRules.OCCURRED, parse);
        Reporter reporter = new Reporter(VietnameseText.cleanOrNull(reporterName.get()),
                VietnameseText.cleanOrNull(reporterPhone.get()), VietnameseText.cleanOrNull(reporterAddress.get()));
        Intake intake = new Intake(received, time, channel.get(), receivingBody.get(),
                VietnameseText.cleanOrNull(officer.get()), occurred, place.get() == null ? null : place.get().value(),
                VietnameseText.cleanOrNull(placeDetail.get()), setting.get(), text(childState.get()),
                text(fearedConsequences.get()), text(familySituation.get()), text(actionsTaken.get()),
                reporter.isEmpty() ? null : reporter, text(note.get()));
        AbuseCase c = working.copy();
        c.setCode(VietnameseText.cleanOrNull(code.get()));
        c.setIntake(intake);
        c.setMarkedEmergency(emergency.get());
        c.setVictims(victims.stream().map(Victim::toVictim).toList());
        c.setPerpetrators(perpetrators);
        return new Built(c, parse);
    }

    private static LocalDate parseDate(String text, String key, List<Problem> parse) {
        if (VietnameseText.isBlank(text)) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            parse.add(Problem.error(key, FieldMessages.BAD_DATE));
        }
        return date.orElse(null);
    }

    private void revalidate() {
        if (loading) {
            return;
        }
        Built built = build();
        AbuseCase c = built.abuseCase();
        // Into the working copy at once, for the procedure pane; the intake only with a real receipt date.
        working.setCode(c.getCode());
        working.setMarkedEmergency(c.isMarkedEmergency());
        working.setVictims(c.getVictims());
        working.setPerpetrators(c.getPerpetrators());
        if (c.getIntake().receivedOn() != null) {
            working.setIntake(c.getIntake());
        }
        List<Problem> all = new ArrayList<>(built.parseProblems());
        Set<String> unparsed = built.parseProblems().stream().map(Problem::field).collect(Collectors.toSet());
        Map<Long, Child> children = new HashMap<>();
        c.getVictims().forEach(v -> {
            if (register.containsKey(v.childId())) {
                children.put(v.childId(), register.get(v.childId()));
            }
        });
        for (Problem p : AbuseCaseRules.validate(c, children, today)) {
            if (!unparsed.contains(p.field())) {
                all.add(p);
            }
        }
        if (place.get() == null) {
            all.add(Problem.warning(PLACE, "Chưa chọn nơi xảy ra: vụ việc sẽ được ghi là xảy ra ngoài xã."));
        }
        problems = List.copyOf(all);
        hasErrors.set(problems.stream().anyMatch(Problem::isError));
        messages.show(problems);
        for (Section s : Section.values()) {
            List<Problem> mine = problems.stream().filter(p -> sectionOf(p) == s && isVisible(p)).toList();
            sectionSeverities.get(s).set(mine.isEmpty() ? null
                    : mine.stream().anyMatch(Problem::isError) ? Severity.ERROR : Severity.WARNING);
            // Intake problems sit beside their fields; the other sections list theirs in one place.
            sectionMessages.get(s).set(s == Section.INTAKE ? "" : mine.stream()
                    .sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                    .map(Problem::message).distinct().collect(Collectors.joining("\n")));
        }
        visibleWarnings = problems.stream().filter(p -> !p.isError() && isVisible(p)).collect(Collectors.toSet());
    }

    private boolean isVisible(Problem p) {
        return switch (sectionOf(p)) {
            case INTAKE -> messages.isShown(p.field());
            case VICTIMS -> messages.isShown(VICTIMS_TOUCHED);
            case PERPETRATORS -> messages.isShown(PERPETRATORS_TOUCHED);
            case PROCEDURE -> showAll;
        };
    }

    static Section sectionOf(Problem p) {
        if (VICTIM_KEYS.contains(p.field())) {
            return Section.VICTIMS;
        }
        if (PERPETRATOR_KEYS.contains(p.field())) {
            return Section.PERPETRATORS;
        }
        if (INTAKE_KEYS.contains(p.field())) {
            return Section.INTAKE;
        }
        return Section.PROCEDURE;
    }

    /**
     * A press of Lưu: every message is shown from now on. Errors block; warnings the officer could
     * not see before this press are shown and a second press saves.
     */
    SaveCheck check() {
        Set<Problem> seen = visibleWarnings;
        showAll();
        if (problems.stream().anyMatch(Problem::isError)) {
            return SaveCheck.ERRORS;
        }
        boolean unseen = problems.stream().anyMatch(p -> !p.isError() && !seen.contains(p));
        return unseen ? SaveCheck.WARNINGS_SHOWN : SaveCheck.READY;
    }

    /** The case to save: the working copy with the form's values; empty while errors remain. */
    Optional<AbuseCase> caseToSave() {
        showAll();
        if (problems.stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(working);
    }

    private void showAll() {
        showAll = true;
        messages.showAll();
        revalidate();
    }

    /** The first section holding an error, to show its tab. */
    Optional<Section> firstErrorSection() {
        return problems.stream().filter(Problem::isError).map(CaseFormModel::sectionOf).min(Enum::compareTo);
    }

    /** The first intake field holding an error, for the focus. */
    Optional<String> firstErrorField() {
        return problems.stream().filter(Problem::isError).map(Problem::field).filter(INTAKE_KEYS::contains).findFirst();
    }

    /** Whether any error remains, shown or not. */
    javafx.beans.property.ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Free text as typed (lines kept), null when blank. */
    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- properties

    boolean isNew() {
        return isNew;
    }

    /** The case the form edits; the procedure pane changes its steps, separation, plan and reviews in place. */
    AbuseCase workingCopy() {
        return working;
    }

    LocalDate today() {
        return today;
    }

    FieldMessages.Field message(String key) {
        return messages.field(key);
    }

    ReadOnlyStringProperty sectionMessage(Section section) {
        return sectionMessages.get(section).getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Severity> sectionSeverity(Section section) {
        return sectionSeverities.get(section).getReadOnlyProperty();
    }

    List<Choice<String>> placeChoices() {
        return placeChoices;
    }

    StringProperty codeProperty() {
        return code;
    }

    StringProperty receivedDateProperty() {
        return receivedDate;
    }

    StringProperty receivedTimeProperty() {
        return receivedTime;
    }

    ObjectProperty<IntakeChannel> channelProperty() {
        return channel;
    }

    ObjectProperty<ReceivingBody> receivingBodyProperty() {
        return receivingBody;
    }

    StringProperty officerProperty() {
        return officer;
    }

    StringProperty occurredDateProperty() {
        return occurredDate;
    }

    ObjectProperty<Choice<String>> placeProperty() {
        return place;
    }

    StringProperty placeDetailProperty() {
        return placeDetail;
    }

    ObjectProperty<AbuseSetting> settingProperty() {
        return setting;
    }

    StringProperty childStateProperty() {
        return childState;
    }

    StringProperty fearedConsequencesProperty() {
        return fearedConsequences;
    }

    StringProperty familySituationProperty() {
        return familySituation;
    }

    StringProperty actionsTakenProperty() {
        return actionsTaken;
    }

    BooleanProperty emergencyProperty() {
        return emergency;
    }

    StringProperty reporterNameProperty() {
        return reporterName;
    }

    StringProperty reporterPhoneProperty() {
        return reporterPhone;
    }

    StringProperty reporterAddressProperty() {
        return reporterAddress;
    }

    StringProperty noteProperty() {
        return note;
    }

    ObservableList<Victim> victims() {
        return victims;
    }

    ObservableList<Perpetrator> perpetrators() {
        return perpetrators;
    }

    StringProperty searchProperty() {
        return search;
    }

    ObservableList<Child> searchResults() {
        return searchResults;
    }
}
