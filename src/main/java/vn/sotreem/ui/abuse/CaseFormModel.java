package vn.sotreem.ui.abuse;

import java.time.LocalDate;
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
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.ui.common.ChildSearch;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.FieldMessages;

/**
 * The case form without a screen: the Mẫu 01 intake as typed ({@link CaseIntakeModel}), the
 * victims (linked to the register, with their forms and NĐ 56 sub-forms), the alleged
 * perpetrators, validation with {@link AbuseCaseRules} as the officer types (shown as
 * {@link CaseMessagesModel} decides), and the case to save. It reads and writes nothing: the
 * register is {@link AbuseModel}'s.
 *
 * <p>The form keeps a working copy of the case. Every change of the intake, victims and
 * perpetrators is written into it at once (the intake only while the receipt date is a real date),
 * so that the procedure pane, which edits the copy's steps, separation, plan and reviews in place,
 * always sees the case as it stands; saving saves that copy.
 */
final class CaseFormModel {

    static final String BAD_TIME = CaseIntakeModel.BAD_TIME;
    /** The form's own key for the place (the rules have none: an unknown place means outside the commune). */
    static final String PLACE = CaseIntakeModel.PLACE;

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

    /** The next free case code of a year of receipt, answered when known (the register is read in the background). */
    @FunctionalInterface
    interface CodeLookup {
        void codeFor(int year, Consumer<String> answer);
    }

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
    private final CodeLookup codes;
    private final CaseIntakeModel intake;
    private final CaseMessagesModel messages = new CaseMessagesModel();

    private final ObservableList<Victim> victims = FXCollections.observableArrayList(
            v -> v.observables().toArray(Observable[]::new));
    private final ObservableList<Perpetrator> perpetrators = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Child> searchResults = FXCollections.observableArrayList();

    private boolean loading;
    private boolean codeTyped;

    /** {@link #CaseFormModel(LocalDate, AbuseCase, Collection, List, String, String, CodeLookup)} with codes known at once. */
    CaseFormModel(LocalDate today, AbuseCase existing, Collection<Child> children, List<String> villages, String userName,
                  IntFunction<String> codeForYear) {
        this(today, existing, children, villages, userName, existing == null ? codeForYear.apply(today.getYear()) : null,
                (year, answer) -> answer.accept(codeForYear.apply(year)));
    }

    /**
     * A form for {@code existing}, or for a new case received today when it is null.
     *
     * @param children   the register, to link victims and search it
     * @param villages   the commune's villages, offered as the place
     * @param userName   the officer who receives a new case
     * @param firstCode  a new case's code (the next free one of this year)
     * @param codes      the next free case code for another year of receipt
     */
    CaseFormModel(LocalDate today, AbuseCase existing, Collection<Child> children, List<String> villages, String userName,
                  String firstCode, CodeLookup codes) {
        this.today = today;
        this.isNew = existing == null;
        this.codes = codes;
        this.intake = new CaseIntakeModel(villages);
        children.forEach(c -> register.put(c.getId(), c));
        loading = true;
        if (existing == null) {
            working = new AbuseCase(firstCode, null);
            intake.startNew(working.getCode(), today, userName);
        } else {
            working = existing.copy();
            intake.load(existing);
            loadVictims(existing);
            messages.showAll(); // an existing case shows all its messages at once
        }
        loading = false;
        listen(intake.codeProperty(), AbuseCaseRules.CODE);
        intake.codeProperty().addListener((o, was, now) -> {
            if (!loading) {
                codeTyped = true;
            }
        });
        listen(intake.receivedDateProperty(), AbuseCaseRules.RECEIVED);
        intake.receivedDateProperty().addListener((o, was, now) -> followYear());
        listen(intake.receivedTimeProperty(), AbuseCaseRules.RECEIVED_TIME);
        listen(intake.occurredDateProperty(), AbuseCaseRules.OCCURRED);
        // The two dates are checked against each other: typing one shows what the other's field says.
        intake.occurredDateProperty().addListener(x -> {
            if (!loading) {
                messages.touch(AbuseCaseRules.RECEIVED);
                revalidate();
            }
        });
        listen(intake.settingProperty(), AbuseCaseRules.SETTING);
        listen(intake.placeProperty(), PLACE);
        intake.unkeyedFields().forEach(o -> o.addListener(x -> revalidate()));
        victims.addListener((ListChangeListener<Victim>) c -> {
            messages.touch(CaseMessagesModel.VICTIMS_TOUCHED);
            updateSearch();
            revalidate();
        });
        perpetrators.addListener((ListChangeListener<Perpetrator>) c -> {
            messages.touch(CaseMessagesModel.PERPETRATORS_TOUCHED);
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
        DateText.parse(intake.receivedDateProperty().get()).ifPresent(d -> codes.codeFor(d.getYear(), wanted -> {
            boolean sameYear = DateText.parse(intake.receivedDateProperty().get())
                    .map(now -> now.getYear() == d.getYear()).orElse(false);
            if (!codeTyped && sameYear && !wanted.equals(intake.codeProperty().get())) {
                loading = true; // not the officer's typing
                intake.codeProperty().set(wanted);
                loading = false;
                revalidate();
            }
        }));
    }

    private void loadVictims(AbuseCase c) {
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

    /** The register's record of each victim of the working copy, by child id (the names on the forms and documents). */
    Map<Long, Child> victimChildren() {
        Map<Long, Child> children = new LinkedHashMap<>();
        working.getVictims().forEach(v -> {
            if (register.containsKey(v.childId())) {
                children.put(v.childId(), register.get(v.childId()));
            }
        });
        return children;
    }

    // ---- building and validating

    private void revalidate() {
        if (loading) {
            return;
        }
        List<Problem> parse = new ArrayList<>();
        AbuseCase c = working.copy();
        c.setCode(VietnameseText.cleanOrNull(intake.codeProperty().get()));
        c.setIntake(intake.read(parse));
        c.setMarkedEmergency(intake.emergencyProperty().get());
        c.setVictims(victims.stream().map(Victim::toVictim).toList());
        c.setPerpetrators(perpetrators);
        // Into the working copy at once, for the procedure pane; the intake only with a real receipt date.
        working.setCode(c.getCode());
        working.setMarkedEmergency(c.isMarkedEmergency());
        working.setVictims(c.getVictims());
        working.setPerpetrators(c.getPerpetrators());
        if (c.getIntake().receivedOn() != null) {
            working.setIntake(c.getIntake());
        }
        List<Problem> all = new ArrayList<>(parse);
        Set<String> unparsed = parse.stream().map(Problem::field).collect(Collectors.toSet());
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
        if (intake.placeProperty().get() == null) {
            all.add(Problem.warning(PLACE, "Chưa chọn nơi xảy ra: vụ việc sẽ được ghi là xảy ra ngoài xã."));
        }
        messages.update(all);
    }

    static Section sectionOf(Problem p) {
        return CaseMessagesModel.sectionOf(p);
    }

    /**
     * A press of Lưu: every message is shown from now on. Errors block; warnings the officer could
     * not see before this press are shown and a second press saves.
     */
    SaveCheck check() {
        Set<Problem> seen = messages.visibleWarnings();
        showAll();
        return messages.verdict(seen);
    }

    /** The case to save: the working copy with the form's values; empty while errors remain. */
    Optional<AbuseCase> caseToSave() {
        showAll();
        return messages.hasErrors() ? Optional.empty() : Optional.of(working);
    }

    private void showAll() {
        messages.showAll();
        revalidate();
    }

    /** The first section holding an error, to show its tab. */
    Optional<Section> firstErrorSection() {
        return messages.firstErrorSection();
    }

    /** The first intake field holding an error, for the focus. */
    Optional<String> firstErrorField() {
        return messages.firstErrorField();
    }

    /** Whether any error remains, shown or not. */
    ReadOnlyBooleanProperty hasErrorsProperty() {
        return messages.hasErrorsProperty();
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

    /** The intake tab's fields. */
    CaseIntakeModel intake() {
        return intake;
    }

    FieldMessages.Field message(String key) {
        return messages.message(key);
    }

    ReadOnlyStringProperty sectionMessage(Section section) {
        return messages.sectionMessage(section);
    }

    ReadOnlyObjectProperty<Severity> sectionSeverity(Section section) {
        return messages.sectionSeverity(section);
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
