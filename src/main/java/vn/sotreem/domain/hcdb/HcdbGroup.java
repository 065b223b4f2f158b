package vn.sotreem.domain.hcdb;

import vn.sotreem.domain.common.Coded;

/**
 * The 14 groups of children in special circumstances (Luật Trẻ em Điều 10 khoản 1, list
 * {@code hcdb_nhom}); the code is the letter, in Vietnamese order (a, b, c, d, đ, e, g …).
 */
public enum HcdbGroup implements Coded {
    ORPHAN("a", "Trẻ em mồ côi cả cha và mẹ"),
    ABANDONED("b", "Trẻ em bị bỏ rơi"),
    WITHOUT_SUPPORT("c", "Trẻ em không nơi nương tựa"),
    DISABLED("d", "Trẻ em khuyết tật"),
    HIV("đ", "Trẻ em nhiễm HIV/AIDS"),
    LAW_VIOLATION("e", "Trẻ em vi phạm pháp luật"),
    DRUG_ADDICTION("g", "Trẻ em nghiện ma túy"),
    SCHOOL_DROPOUT_WORKING("h", "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở"),
    HARMED_BY_VIOLENCE("i", "Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực"),
    EXPLOITED("k", "Trẻ em bị bóc lột"),
    SEXUALLY_ABUSED("l", "Trẻ em bị xâm hại tình dục"),
    TRAFFICKED("m", "Trẻ em bị mua bán"),
    SERIOUS_ILLNESS_POOR("n", "Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo"),
    MIGRANT_REFUGEE("o", "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc");

    private final CodeLabel value;

    HcdbGroup(String code, String label) {
        this.value = new CodeLabel(code, label);
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    @Override
    public String toString() {
        return code() + ". " + label();
    }
}
