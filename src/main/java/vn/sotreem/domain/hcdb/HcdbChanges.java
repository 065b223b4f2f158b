package vn.sotreem.domain.hcdb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.RecordField;

/** The differences between two versions of a membership or a support, as the audit log shows them. */
public final class HcdbChanges {

    /** Label of a membership's reason of ending, which is no column of sheet HCDB. */
    public static final String CLOSE_REASON_LABEL = "Lý do kết thúc";

    private HcdbChanges() {
    }

    /** "Label: old → new" for every field of the membership that differs (the child aside). */
    public static List<String> between(Membership before, Membership after) {
        List<String> lines = fields(before, after, MembershipField.values(), MembershipField.CHILD);
        add(lines, CLOSE_REASON_LABEL, before.closeReason(), after.closeReason());
        return lines;
    }

    /** "Label: old → new" for every field of the support that differs (the child aside). */
    public static List<String> between(Support before, Support after) {
        return fields(before, after, SupportField.values(), SupportField.CHILD);
    }

    /** True when nothing an officer entered differs (ids and the child aside). */
    public static boolean same(Membership one, Membership other) {
        return between(one, other).isEmpty();
    }

    private static <R, F extends RecordField<R>> List<String> fields(R before, R after, F[] fields, F child) {
        List<String> lines = new ArrayList<>();
        for (F f : fields) {
            if (f != child) {
                add(lines, f.label(), text(f.valueIn(before)), text(f.valueIn(after)));
            }
        }
        return lines;
    }

    private static void add(List<String> lines, String label, String old, String now) {
        String o = old == null ? "" : old;
        String n = now == null ? "" : now;
        if (!Objects.equals(o, n)) {
            lines.add(label + ": " + (o.isEmpty() ? "(trống)" : o) + " → " + (n.isEmpty() ? "(trống)" : n));
        }
    }

    /** A field's value as the audit log writes it: dates dd/MM/yyyy, codes as their code. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DateText.format(d);
        }
        if (value instanceof Coded c) {
            return c.code();
        }
        return value.toString().trim();
    }

    /** How the audit log names a membership: "nhóm d (d.2) từ 01/03/2020 đến 31/12/2025". */
    public static String describe(Membership m) {
        return "nhóm " + m.group().code() + (m.subCase() == null ? "" : " (" + m.subCase().code() + ")")
                + " từ " + DateText.format(m.fromDate()) + (m.toDate() == null ? "" : " đến " + DateText.format(m.toDate()));
    }

    /** How the audit log names a support: "Tiền mặt ngày 20/01/2026, 500000 đồng". */
    public static String describe(Support s) {
        return s.type().label() + " ngày " + DateText.format(s.date()) + (s.amount() == null ? "" : ", " + s.amount() + " đồng");
    }
}
