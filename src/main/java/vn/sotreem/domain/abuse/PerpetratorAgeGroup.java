package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/** Age group of an alleged perpetrator. */
public enum PerpetratorAgeGroup implements Coded {
    UNDER_16("duoi_16", "Dưới 16 tuổi"),
    FROM_16_TO_18("16_18", "Từ 16 đến dưới 18 tuổi"),
    ADULT("tu_18", "Từ 18 tuổi trở lên"),
    UNKNOWN("khong_ro", "Không rõ");

    private final CodeLabel value;

    PerpetratorAgeGroup(String code, String label) {
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
