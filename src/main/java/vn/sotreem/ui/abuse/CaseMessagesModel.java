package vn.sotreem.ui.abuse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.abuse.CaseFormModel.SaveCheck;
import vn.sotreem.ui.abuse.CaseFormModel.Section;

/**
 * Which problems of the case form are shown and where: an intake problem beside its field once
 * the field was touched, the victims' and perpetrators' listed on their tab once the list changed,
 * the procedure's after a press of Lưu (or at once for an opened case); and what a press leads to.
 */
final class CaseMessagesModel {

    static final Set<String> INTAKE_KEYS = Set.of(AbuseCaseRules.CODE, AbuseCaseRules.RECEIVED,
            AbuseCaseRules.RECEIVED_TIME, AbuseCaseRules.OCCURRED, AbuseCaseRules.SETTING, CaseIntakeModel.PLACE);
    private static final Set<String> VICTIM_KEYS = Set.of(AbuseCaseRules.CHILD, AbuseCaseRules.FORMS);
    private static final Set<String> PERPETRATOR_KEYS = Set.of(AbuseCaseRules.HANDLING, AbuseCaseRules.FINE);
    /** Pseudo-keys of the sections that list their messages once changed. */
    static final String VICTIMS_TOUCHED = "#victims";
    static final String PERPETRATORS_TOUCHED = "#perpetrators";

    private final FieldMessages messages = new FieldMessages();
    private final Map<Section, ReadOnlyStringWrapper> sectionMessages = new EnumMap<>(Section.class);
    private final Map<Section, ReadOnlyObjectWrapper<Severity>> sectionSeverities = new EnumMap<>(Section.class);
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private List<Problem> problems = List.of();
    private Set<Problem> visibleWarnings = Set.of();
    private boolean showAll;

    CaseMessagesModel() {
        for (String key : INTAKE_KEYS) {
            messages.field(key);
        }
        for (Section s : Section.values()) {
            sectionMessages.put(s, new ReadOnlyStringWrapper(""));
            sectionSeverities.put(s, new ReadOnlyObjectWrapper<>());
        }
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

    void touch(String key) {
        messages.touch(key);
    }

    /** Every message is shown from now on (give the problems again with {@link #update}). */
    void showAll() {
        showAll = true;
        messages.showAll();
    }

    /** The form's problems now: beside the fields, listed per section, and the tabs' marks. */
    void update(List<Problem> all) {
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

    /** The warnings the officer can see now (before a press of Lưu shows them all). */
    Set<Problem> visibleWarnings() {
        return visibleWarnings;
    }

    /** After all is shown: errors block; warnings not among {@code seen} are shown and a second press saves. */
    SaveCheck verdict(Set<Problem> seen) {
        if (hasErrors()) {
            return SaveCheck.ERRORS;
        }
        boolean unseen = problems.stream().anyMatch(p -> !p.isError() && !seen.contains(p));
        return unseen ? SaveCheck.WARNINGS_SHOWN : SaveCheck.READY;
    }

    boolean hasErrors() {
        return hasErrors.get();
    }

    /** The first section holding an error, to show its tab. */
    Optional<Section> firstErrorSection() {
        return problems.stream().filter(Problem::isError).map(CaseMessagesModel::sectionOf).min(Enum::compareTo);
    }

    /** The first intake field holding an error, for the focus. */
    Optional<String> firstErrorField() {
        return problems.stream().filter(Problem::isError).map(Problem::field).filter(INTAKE_KEYS::contains).findFirst();
    }

    ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
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
}
