package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/** A rating of the NĐ 56 assessment forms (Mẫu 02, 03, 06). */
public enum RiskLevel implements Coded {
    HIGH("cao", "Cao"),
    MEDIUM("trung_binh", "Trung bình"),
    LOW("thap", "Thấp");

    private final CodeLabel value;

    RiskLevel(String code, String label) {
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
