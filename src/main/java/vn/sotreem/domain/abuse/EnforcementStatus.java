package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/** Where the enforcement of an administrative sanction stands. */
public enum EnforcementStatus implements Coded {
    NOT_STARTED("chua_thi_hanh", "Chưa thi hành"),
    IN_PROGRESS("dang_thi_hanh", "Đang thi hành"),
    DONE("da_thi_hanh", "Đã thi hành xong"),
    ENFORCED("cuong_che", "Phải cưỡng chế thi hành");

    private final CodeLabel value;

    EnforcementStatus(String code, String label) {
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
