package vn.sotreem.domain.hcdb;

import vn.sotreem.domain.common.Coded;

/** List {@code loai_tro_giup}: the kinds of support a child receives (NĐ 56/2017 Điều 18–21, Luật Trẻ em). */
public enum SupportType implements Coded {
    HEALTH_INSURANCE("bhyt", "Hỗ trợ thẻ bảo hiểm y tế"),
    MEDICAL_COSTS("chi_phi_y_te", "Hỗ trợ chi phí khám, chữa bệnh, giám định"),
    SOCIAL_ALLOWANCE("tro_cap_xa_hoi", "Trợ cấp xã hội hằng tháng / kinh phí chăm sóc thay thế"),
    EDUCATION("giao_duc", "Miễn, giảm học phí, hỗ trợ chi phí học tập"),
    LEGAL_AID("tro_giup_phap_ly", "Trợ giúp pháp lý"),
    COUNSELLING("tu_van_tam_ly", "Tư vấn, trị liệu tâm lý"),
    ALTERNATIVE_CARE("cham_soc_thay_the", "Chăm sóc thay thế"),
    GOODS_AND_GIFTS("nhu_yeu_pham", "Hỗ trợ lương thực, nhu yếu phẩm, quà"),
    OTHER("khac", "Hỗ trợ khác");

    private final CodeLabel value;

    SupportType(String code, String label) {
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
