package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/** List {@code quan_he_doi_tuong}: the alleged perpetrator's relationship to the child (hotline 111 statistics). */
public enum PerpetratorRelation implements Coded {
    PARENT("cha_me_de", "Cha/mẹ đẻ"),
    STEP_PARENT("cha_me_ke", "Cha dượng/mẹ kế"),
    RELATIVE("nguoi_than", "Ông bà, anh chị em, người thân thích khác"),
    OTHER_CARER("nguoi_cham_soc", "Người giám hộ / người chăm sóc khác"),
    TEACHER("giao_vien", "Giáo viên / nhân viên cơ sở giáo dục hoặc chăm sóc"),
    PEER("ban_be", "Bạn bè, bạn học, người yêu"),
    ACQUAINTANCE("nguoi_quen", "Hàng xóm, người quen"),
    STRANGER("nguoi_la", "Người lạ"),
    UNKNOWN("khong_xac_dinh", "Không xác định");

    private final CodeLabel value;

    PerpetratorRelation(String code, String label) {
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
