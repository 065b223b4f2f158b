package vn.sotreem.domain.hcdb;

import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.ReferenceCsv;

/**
 * A sub-case of a group (Nghị định 56/2017 Điều 3–16), coded {@code <letter>.<khoản>} e.g. {@code c.7}.
 * The list is data (a bundled CSV), so a change of the decree is a change of a file.
 */
public record HcdbSubCase(String code, HcdbGroup group, String label) implements Coded {

    private static final List<HcdbSubCase> ALL = ReferenceCsv.read("hcdb-sub-cases.csv").stream()
            .map(row -> new HcdbSubCase(row.get("code"),
                    Coded.byCode(HcdbGroup.values(), row.get("group")).orElseThrow(), row.get("label")))
            .toList();

    public static List<HcdbSubCase> all() {
        return ALL;
    }

    /** The sub-cases offered for a group, in the decree's order. */
    public static List<HcdbSubCase> of(HcdbGroup group) {
        return ALL.stream().filter(s -> s.group == group).toList();
    }

    public static Optional<HcdbSubCase> byCode(String code) {
        return ALL.stream().filter(s -> s.code.equals(code == null ? null : code.trim())).findFirst();
    }

    @Override
    public CodeLabel codeLabel() {
        return new CodeLabel(code, label);
    }

    @Override
    public String toString() {
        return code + " — " + label;
    }
}
