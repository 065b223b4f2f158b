package vn.sotreem.ui.abuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.abuse.EnforcementStatus;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorAgeGroup;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.abuse.Sanction;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.hcdb.SupportFormModel;

/**
 * The "đối tượng xâm hại" dialog: who the person is to which child, how they are dealt with, and
 * for an administrative sanction the decision and the fine. Checked as the officer types.
 */
final class PerpetratorFormModel {

    static final String WHOLE_CASE = "Cả vụ việc";
    static final String DECISION_DATE = "ngay_quyet_dinh";
    static final String BAD_FINE = "Tiền phạt là số đồng, ví dụ 2.500.000 (có thể để trống).";

    private final LocalDate today;
    private final List<Choice<Long>> targets;
    private final ObjectProperty<Choice<Long>> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<PerpetratorAgeGroup> ageGroup = new SimpleObjectProperty<>();
    private final ObjectProperty<PerpetratorRelation> relation = new SimpleObjectProperty<>();
    private final ObjectProperty<HandlingRoute> handling = new SimpleObjectProperty<>();
    private final StringProperty decisionNumber = new SimpleStringProperty("");
    private final StringProperty decisionDate = new SimpleStringProperty("");
    private final StringProperty authority = new SimpleStringProperty("");
    private final StringProperty provision = new SimpleStringProperty("");
    private final StringProperty fine = new SimpleStringProperty("");
    private final ObjectProperty<EnforcementStatus> enforcement = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanBinding sanctioned = Bindings.createBooleanBinding(
            () -> handling.get() == HandlingRoute.ADMINISTRATIVE, handling);
    private final FieldMessages messages = new FieldMessages();
    private List<Problem> problems = List.of();

    /** For {@code existing}, or a new perpetrator when null; {@code targets} from {@link CaseFormModel#perpetratorTargets()}. */
    PerpetratorFormModel(LocalDate today, List<Choice<Long>> targets, Perpetrator existing) {
        this.today = today;
        this.targets = List.copyOf(targets);
        for (String key : List.of(DECISION_DATE, AbuseCaseRules.FINE)) {
            messages.field(key);
        }
        // With one child the perpetrator concerns that child; otherwise the officer chooses.
        target.set(this.targets.size() == 2 ? this.targets.get(1) : this.targets.get(0));
        if (existing != null) {
            load(existing);
            messages.showAll();
        }
        decisionDate.addListener((o, was, now) -> touchAndValidate(DECISION_DATE));
        fine.addListener((o, was, now) -> touchAndValidate(AbuseCaseRules.FINE));
        handling.addListener((o, was, now) -> validate());
        validate();
    }

    private void load(Perpetrator p) {
        target.set(targets.stream().filter(t -> Objects.equals(t.value(), p.victimChildId())).findFirst()
                .orElse(targets.get(0)));
        sex.set(p.sex());
        ageGroup.set(p.ageGroup());
        relation.set(p.relation());
        handling.set(p.handling());
        Sanction s = p.sanction();
        if (s != null) {
            decisionNumber.set(nz(s.decisionNumber()));
            decisionDate.set(DateText.format(s.decisionDate()));
            authority.set(nz(s.authority()));
            provision.set(nz(s.provision()));
            fine.set(SupportFormModel.formatAmount(s.fine()));
            enforcement.set(s.enforcement());
        }
        note.set(nz(p.note()));
    }

    private void touchAndValidate(String key) {
        messages.touch(key);
        validate();
    }

    private record Built(Perpetrator perpetrator, List<Problem> problems) {
    }

    private Built build() {
        List<Problem> found = new ArrayList<>();
        Sanction sanction = null;
        if (sanctioned.get()) {
            LocalDate date = null;
            if (!decisionDate.get().isBlank()) {
                date = DateText.parse(decisionDate.get()).orElse(null);
                if (date == null) {
                    found.add(Problem.error(DECISION_DATE, FieldMessages.BAD_DATE));
                } else if (date.isAfter(today)) {
                    found.add(Problem.error(DECISION_DATE, "Ngày quyết định " + DateText.format(date) + " ở trong tương lai."));
                }
            }
            Long amount = null;
            if (!fine.get().isBlank()) {
                amount = SupportFormModel.parseAmount(fine.get()).orElse(null);
                if (amount == null) {
                    found.add(Problem.error(AbuseCaseRules.FINE, BAD_FINE));
                }
            }
            Sanction s = new Sanction(VietnameseText.cleanOrNull(decisionNumber.get()), date,
                    VietnameseText.cleanOrNull(authority.get()), VietnameseText.cleanOrNull(provision.get()), amount,
                    enforcement.get());
            // A sanction block left empty records no decision.
            if (!s.equals(new Sanction(null, null, null, null, null, null))) {
                sanction = s;
            }
        }
        Perpetrator p = new Perpetrator(target.get() == null ? null : target.get().value(), sex.get(), ageGroup.get(),
                relation.get(), handling.get(), sanction, note.get() == null || note.get().isBlank() ? null : note.get().strip());
        return new Built(p, found);
    }

    private void validate() {
        problems = build().problems();
        messages.show(problems);
    }

    /** The perpetrator to keep in the case, or empty (and every message shown) while an error remains. */
    Optional<Perpetrator> perpetratorToSave() {
        messages.showAll();
        validate();
        return problems.stream().anyMatch(Problem::isError) ? Optional.empty() : Optional.of(build().perpetrator());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    FieldMessages.Field message(String key) {
        return messages.field(key);
    }

    List<Choice<Long>> targets() {
        return targets;
    }

    BooleanBinding sanctionedProperty() {
        return sanctioned;
    }

    ObjectProperty<Choice<Long>> targetProperty() {
        return target;
    }

    ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    ObjectProperty<PerpetratorAgeGroup> ageGroupProperty() {
        return ageGroup;
    }

    ObjectProperty<PerpetratorRelation> relationProperty() {
        return relation;
    }

    ObjectProperty<HandlingRoute> handlingProperty() {
        return handling;
    }

    StringProperty decisionNumberProperty() {
        return decisionNumber;
    }

    StringProperty decisionDateProperty() {
        return decisionDate;
    }

    StringProperty authorityProperty() {
        return authority;
    }

    StringProperty provisionProperty() {
        return provision;
    }

    StringProperty fineProperty() {
        return fine;
    }

    ObjectProperty<EnforcementStatus> enforcementProperty() {
        return enforcement;
    }

    StringProperty noteProperty() {
        return note;
    }

    /** "QĐ 12/QĐ-XPHC ngày 20/10/2026, phạt 2.500.000 đồng, Đã thi hành xong": the sanction in the table. */
    static String sanctionText(Sanction s) {
        if (s == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (s.decisionNumber() != null || s.decisionDate() != null) {
            parts.add("QĐ " + nz(s.decisionNumber()) + (s.decisionDate() == null ? "" : " ngày " + DateText.format(s.decisionDate())));
        }
        if (s.fine() != null) {
            parts.add("phạt " + SupportFormModel.formatAmount(s.fine()) + " đồng");
        }
        if (s.enforcement() != null) {
            parts.add(s.enforcement().label());
        }
        return String.join(", ", parts).replace("QĐ  ngày", "QĐ ngày");
    }
}
