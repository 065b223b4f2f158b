package vn.sotreem.domain.hcdb;

import vn.sotreem.domain.common.Coded;

/** The form of alternative care (chăm sóc thay thế, Luật Trẻ em Điều 62). */
public enum CareForm implements Coded {
    RELATIVE("nguoi_than_thich", "Người thân thích"),
    OTHER_FAMILY("gia_dinh_khac", "Cá nhân, gia đình không phải người thân thích"),
    SOCIAL_FACILITY("co_so_tro_giup_xa_hoi", "Cơ sở trợ giúp xã hội");

    private final CodeLabel value;

    CareForm(String code, String label) {
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
