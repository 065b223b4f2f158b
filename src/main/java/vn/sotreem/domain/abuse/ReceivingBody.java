package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/** The body that received the information first (NĐ 56/2017 Điều 25). */
public enum ReceivingBody implements Coded {
    HOTLINE_111("tong_dai_111", "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111"),
    POLICE("cong_an", "Công an"),
    COMMUNE("ubnd_xa", "Ủy ban nhân dân xã"),
    HEALTH("y_te", "Cơ sở y tế"),
    SCHOOL("truong_hoc", "Trường học"),
    OTHER("khac", "Khác");

    private final CodeLabel value;

    ReceivingBody(String code, String label) {
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
