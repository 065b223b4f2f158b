package vn.sotreem.domain;

/** List {@code gioi_tinh}. */
public enum Sex implements Coded {
    MALE("nam", "Nam"),
    FEMALE("nu", "Nữ"),
    UNKNOWN("khong_xac_dinh", "Không xác định");

    private final String code;
    private final String label;

    Sex(String code, String label) {
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
