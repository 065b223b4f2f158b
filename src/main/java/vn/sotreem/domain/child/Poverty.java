package vn.sotreem.domain.child;

import vn.sotreem.domain.common.Coded;

/** List {@code ho_ngheo}: the household's poverty status. */
public enum Poverty implements Coded {
    POOR("ngheo", "Hộ nghèo"),
    NEAR_POOR("can_ngheo", "Hộ cận nghèo");

    private final CodeLabel value;

    Poverty(String code, String label) {
        this.value = new CodeLabel(code, label);
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    @Override
    public String toString() {
        return label();
    }
}
