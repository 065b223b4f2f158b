package vn.sotreem.domain;

/** List {@code ho_ngheo}: the household's poverty status. */
public enum Poverty implements Coded {
    POOR("ngheo", "Hộ nghèo"),
    NEAR_POOR("can_ngheo", "Hộ cận nghèo");

    private final String code;
    private final String label;

    Poverty(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
