package vn.sotreem.domain.common;

/** List {@code gioi_tinh}. */
public enum Sex implements Coded {
    MALE("nam", "Nam"),
    FEMALE("nu", "Nữ"),
    UNKNOWN("khong_xac_dinh", "Không xác định");

    private final CodeLabel value;

    Sex(String code, String label) {
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
