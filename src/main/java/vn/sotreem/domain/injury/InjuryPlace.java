package vn.sotreem.domain.injury;

import vn.sotreem.domain.common.Coded;

/** List {@code dia_diem_tntt}: where the injury happened (injury report form). */
public enum InjuryPlace implements Coded {
    HOME("nha", "Tại nhà"),
    SCHOOL("truong_hoc", "Trường học"),
    COMMUNITY("cong_dong", "Cộng đồng");

    private final CodeLabel value;

    InjuryPlace(String code, String label) {
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
