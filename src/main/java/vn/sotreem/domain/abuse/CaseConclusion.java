package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/**
 * What the commune concluded when it closed a case ("Đóng hồ sơ"). Only a confirmed case counts in
 * the abuse indicators; a case still open (no conclusion yet) counts as the report settings say.
 * Which TT13/2021 indicator counts which conclusion, and why: {@code docs/abuse-cases.md}.
 */
public enum CaseConclusion implements Coded {
    CONFIRMED("co_xam_hai", "Xác định có xâm hại"),
    NOT_CONFIRMED("khong_xac_dinh", "Không xác định có xâm hại sau xác minh"),
    REFERRED("chuyen_co_quan_khac", "Chuyển cơ quan khác xử lý");

    private final CodeLabel value;

    CaseConclusion(String code, String label) {
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
