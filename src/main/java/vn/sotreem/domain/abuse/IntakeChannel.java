package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/** How the information reached the receiving body (Mẫu 01, mục A.1). */
public enum IntakeChannel implements Coded {
    PHONE("dien_thoai", "Qua điện thoại"),
    IN_PERSON("gap_truc_tiep", "Gặp trực tiếp"),
    REPORTED_BY_OTHER("nguoi_khac_bao", "Người khác báo");

    private final CodeLabel value;

    IntakeChannel(String code, String label) {
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
