package vn.sotreem.ui.hcdb;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.SupportField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotreem.domain.hcdb.CareForm;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.MoneyText;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportRules;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.ui.common.FieldMessages;

/**
 * The "add a support" dialog, for one child or a distribution day (then checked against no child
 * here; the register checks each child when saving). Amounts in đồng accept {@code 1.500.000}.
 */
public final class SupportFormModel {

    static final String BAD_AMOUNT = "Kinh phí là số đồng, ví dụ 1.500.000 (có thể để trống).";

    private final Child child;
    private final LocalDate today;
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<SupportType> type = new SimpleObjectProperty<>();
    private final StringProperty provider = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty carer = new SimpleStringProperty("");
    private final ObjectProperty<CareForm> careForm = new SimpleObjectProperty<>();
    private final FieldMessages messages = new FieldMessages();
    private final BooleanBinding alternativeCare = Bindings.createBooleanBinding(
            () -> type.get() == SupportType.ALTERNATIVE_CARE, type);
    private List<Problem> problems = List.of();
    private Long editedId;

    /** For one child, or for many with {@code child} null. */
    SupportFormModel(Child child, LocalDate today) {
        this.child = child;
        this.today = today;
        for (String key : List.of(SupportField.DATE.key(), SupportField.TYPE.key(), SupportField.AMOUNT.key(), SupportField.CARER.key(),
                SupportField.CARE_FORM.key())) {
            messages.field(key);
        }
        date.addListener((o, was, now) -> touchAndValidate(SupportField.DATE.key()));
        type.addListener((o, was, now) -> touchAndValidate(SupportField.TYPE.key()));
        amount.addListener((o, was, now) -> touchAndValidate(SupportField.AMOUNT.key()));
        carer.addListener((o, was, now) -> touchAndValidate(SupportField.CARER.key()));
        careForm.addListener((o, was, now) -> touchAndValidate(SupportField.CARE_FORM.key()));
        validate();
    }

    private void touchAndValidate(String key) {
        messages.touch(key);
        validate();
    }

    /** Parses đồng: digits with dots, commas or spaces between thousands, optional "đ"/"đồng". */
    public static Optional<Long> parseAmount(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        t = t.replaceAll("\\s*(đồng|đ|d|vnđ|vnd)$", "");
        if (!t.matches("\\d{1,3}([.,\\s]\\d{3})*|\\d+")) {
            return Optional.empty();
        }
        String digits = t.replaceAll("[.,\\s]", "");
        if (digits.length() > 15) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    /** 1500000 → "1.500.000". */
    public static String formatAmount(Long amount) {
        return amount == null ? "" : MoneyText.format(amount);
    }

    private Support build(List<Problem> parse) {
        LocalDate d = null;
        if (!date.get().isBlank()) {
            d = DateText.parse(date.get()).orElse(null);
            if (d == null) {
                parse.add(Problem.error(SupportField.DATE.key(), FieldMessages.BAD_DATE));
            }
        }
        Long a = null;
        if (!amount.get().isBlank()) {
            a = parseAmount(amount.get()).orElse(null);
            if (a == null) {
                parse.add(Problem.error(SupportField.AMOUNT.key(), BAD_AMOUNT));
            }
        }
        boolean care = type.get() == SupportType.ALTERNATIVE_CARE;
        long childId = child == null || child.getId() == null ? 0 : child.getId();
        return new Support(editedId, childId, d, type.get(), clean(provider.get()), a, clean(note.get()),
                care ? clean(carer.get()) : null, care ? careForm.get() : null);
    }

    private void validate() {
        List<Problem> parse = new ArrayList<>();
        Support s = build(parse);
        List<Problem> all = new ArrayList<>(parse);
        for (Problem p : SupportRules.validate(s, child == null ? new Child() : child, today)) {
            if (parse.stream().noneMatch(q -> q.field().equals(p.field()))) {
                all.add(p);
            }
        }
        problems = all;
        messages.show(all);
    }

    private static String clean(String text) {
        return VietnameseText.isBlank(text) ? null : text.trim();
    }

    /** The support to record (child id 0 when for many), or empty with every message shown. */
    Optional<Support> supportToSave() {
        messages.showAll();
        validate();
        if (problems.stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(build(new ArrayList<>()));
    }

    /** Fills the form with a support to correct; the support saved keeps its id. */
    void fill(Support s) {
        editedId = s.id();
        date.set(DateText.format(s.date()));
        type.set(s.type());
        provider.set(s.provider() == null ? "" : s.provider());
        amount.set(formatAmount(s.amount()));
        note.set(s.note() == null ? "" : s.note());
        carer.set(s.carerName() == null ? "" : s.carerName());
        careForm.set(s.careForm());
    }

    Optional<String> firstErrorField() {
        return problems.stream().filter(Problem::isError).map(Problem::field).findFirst();
    }

    FieldMessages.Field message(String key) {
        return messages.field(key);
    }

    BooleanBinding alternativeCareProperty() {
        return alternativeCare;
    }

    StringProperty dateProperty() {
        return date;
    }

    ObjectProperty<SupportType> typeProperty() {
        return type;
    }

    StringProperty providerProperty() {
        return provider;
    }

    StringProperty amountProperty() {
        return amount;
    }

    StringProperty noteProperty() {
        return note;
    }

    StringProperty carerProperty() {
        return carer;
    }

    ObjectProperty<CareForm> careFormProperty() {
        return careForm;
    }
}
