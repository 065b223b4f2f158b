package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/** List {@code moi_truong_xam_hai}: where the abuse took place (proposed list; no official one exists). */
public enum AbuseSetting implements Coded {
    FAMILY("gia_dinh", "Gia đình"),
    SCHOOL("truong_hoc", "Trường học / cơ sở giáo dục"),
    CARE_FACILITY("co_so_cham_soc", "Cơ sở trợ giúp xã hội / cơ sở chăm sóc trẻ em"),
    COMMUNITY("cong_dong", "Cộng đồng / nơi công cộng"),
    ONLINE("moi_truong_mang", "Môi trường mạng"),
    OTHER("khac", "Khác / không xác định");

    private final CodeLabel value;

    AbuseSetting(String code, String label) {
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
