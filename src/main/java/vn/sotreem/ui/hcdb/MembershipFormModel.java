package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.MembershipField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.MembershipRules;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.FieldMessages;

/** The "add a special-circumstance group" dialog: checked as the officer types, with {@link MembershipRules}. */
final class MembershipFormModel {

    private final Child child;
    private final List<Membership> others;
    private final LocalDate today;
    private final ObjectProperty<HcdbGroup> group = new SimpleObjectProperty<>();
    private final ObjectProperty<HcdbSubCase> subCase = new SimpleObjectProperty<>();
    private final ObservableList<HcdbSubCase> subCases = FXCollections.observableArrayList();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty certificate = new SimpleStringProperty("");
    private final FieldMessages messages = new FieldMessages();
    private List<Problem> problems = List.of();
    private Long editedId;
    private String closeReason;

    MembershipFormModel(Child child, List<Membership> others, LocalDate today) {
        this.child = child;
        this.others = List.copyOf(others);
        this.today = today;
        for (String key : List.of(MembershipField.GROUP.key(), MembershipField.SUB_CASE.key(), MembershipField.FROM.key(),
                MembershipField.TO.key(), MembershipField.CERTIFICATE.key())) {
            messages.field(key);
        }
        group.addListener((o, was, now) -> {
            subCases.setAll(now == null ? List.of() : HcdbSubCase.of(now));
            if (subCase.get() != null && subCase.get().group() != now) {
                subCase.set(null);
            }
            messages.touch(MembershipField.GROUP.key());
            validate();
        });
        subCase.addListener((o, was, now) -> touchAndValidate(MembershipField.SUB_CASE.key()));
        from.addListener((o, was, now) -> touchAndValidate(MembershipField.FROM.key()));
        to.addListener((o, was, now) -> touchAndValidate(MembershipField.TO.key()));
        certificate.addListener((o, was, now) -> touchAndValidate(MembershipField.CERTIFICATE.key()));
        validate();
    }

    private void touchAndValidate(String key) {
        messages.touch(key);
        validate();
    }

    private void validate() {
        List<Problem> parse = new ArrayList<>();
        LocalDate fromDate = date(from.get(), MembershipField.FROM.key(), parse);
        LocalDate toDate = date(to.get(), MembershipField.TO.key(), parse);
        LocalDate certDate = date(certificate.get(), MembershipField.CERTIFICATE.key(), parse);
        List<Problem> all = new ArrayList<>(parse);
        Membership m = new Membership(editedId, child.getId() == null ? 0 : child.getId(), group.get(), subCase.get(),
                fromDate, toDate, blankToNull(basis.get()), certDate, closeReason);
        for (Problem p : MembershipRules.validate(m, child, others, today)) {
            boolean unparsable = parse.stream().anyMatch(q -> q.field().equals(p.field()));
            if (!unparsable) {
                all.add(p);
            }
        }
        if (group.get() != null && group.get() != HcdbGroup.DISABLED && !certificate.get().isBlank()) {
            all.removeIf(p -> p.field().equals(MembershipField.CERTIFICATE.key()));
        }
        problems = all;
        messages.show(all);
    }

    private static LocalDate date(String text, String key, List<Problem> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            parse.add(Problem.error(key, FieldMessages.BAD_DATE));
        }
        return date.orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || VietnameseText.isBlank(text) ? null : text.trim();
    }

    /** The membership to save, or empty (and every message shown) while an error remains. */
    Optional<Membership> membershipToSave() {
        messages.showAll();
        validate();
        if (problems.stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        LocalDate certDate = group.get() == HcdbGroup.DISABLED ? DateText.parse(certificate.get()).orElse(null) : null;
        LocalDate toDate = DateText.parse(to.get()).orElse(null);
        return Optional.of(new Membership(editedId, child.getId(), group.get(), subCase.get(),
                DateText.parse(from.get()).orElseThrow(), toDate, blankToNull(basis.get()), certDate,
                toDate == null ? null : closeReason));
    }

    /**
     * Fills the form with a membership to correct: the one saved keeps its id (so it is not checked
     * against itself) and its reason of ending while it keeps an end date.
     */
    void fill(Membership m) {
        editedId = m.id();
        closeReason = m.closeReason();
        group.set(m.group());
        subCase.set(m.subCase());
        from.set(DateText.format(m.fromDate()));
        to.set(m.toDate() == null ? "" : DateText.format(m.toDate()));
        basis.set(m.basis() == null ? "" : m.basis());
        certificate.set(m.certificateDate() == null ? "" : DateText.format(m.certificateDate()));
        messages.showAll();
        validate();
    }

    /** The first field with an error, for the focus. */
    Optional<String> firstErrorField() {
        return problems.stream().filter(Problem::isError).map(Problem::field).findFirst();
    }

    FieldMessages.Field message(String key) {
        return messages.field(key);
    }

    ObjectProperty<HcdbGroup> groupProperty() {
        return group;
    }

    ObjectProperty<HcdbSubCase> subCaseProperty() {
        return subCase;
    }

    ObservableList<HcdbSubCase> subCases() {
        return subCases;
    }

    StringProperty fromProperty() {
        return from;
    }

    StringProperty toProperty() {
        return to;
    }

    StringProperty basisProperty() {
        return basis;
    }

    StringProperty certificateProperty() {
        return certificate;
    }
}
