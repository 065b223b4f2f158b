package vn.sotreem.domain.abuse.procedure;

import vn.sotreem.domain.common.Coded;

/** The criteria of Mẫu 06 (rà soát, đánh giá sau khi thực hiện kế hoạch), each rated Cao / Trung bình / Thấp. */
public enum ReviewCriterion implements Coded {
    HARM_SEVERITY("muc_do_ton_hai", "Mức độ tổn hại đối với trẻ em còn nghiêm trọng"),
    PERPETRATOR_ACCESS("kha_nang_tiep_can", "Khả năng tiếp cận trẻ em của đối tượng xâm hại"),
    CARE_OBSTACLES("tro_ngai_cham_soc", "Trở ngại trong môi trường chăm sóc trẻ em"),
    SELF_PROTECTION("tu_bao_ve", "Khả năng tự bảo vệ và phục hồi của trẻ em");

    private final CodeLabel value;

    ReviewCriterion(String code, String label) {
        this.value = new CodeLabel(code, label);
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    /** Part a) of Mẫu 06 rates the harm; part b) the child's own capacity, where "Cao" is good news. */
    public boolean isHarm() {
        return this != SELF_PROTECTION;
    }

    @Override
    public String toString() {
        return label();
    }
}
