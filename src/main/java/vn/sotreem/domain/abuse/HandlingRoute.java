package vn.sotreem.domain.abuse;

import vn.sotreem.domain.common.Coded;

/** List {@code xu_ly}: how the alleged perpetrator is being dealt with. */
public enum HandlingRoute implements Coded {
    CRIMINAL("hinh_su", "Chuyển xử lý hình sự"),
    ADMINISTRATIVE("hanh_chinh", "Xử lý vi phạm hành chính"),
    VERIFYING("dang_xac_minh", "Đang xác minh"),
    NONE("chua_xu_ly", "Chưa xử lý / không xử lý");

    private final CodeLabel value;

    HandlingRoute(String code, String label) {
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
