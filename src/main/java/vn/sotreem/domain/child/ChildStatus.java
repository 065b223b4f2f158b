package vn.sotreem.domain.child;

import vn.sotreem.domain.common.Coded;

/** List {@code tinh_trang}: a child who moves away or dies is kept, with the date. */
public enum ChildStatus implements Coded {
    LIVING_HERE("dang_song", "Đang sinh sống tại xã"),
    MOVED_AWAY("chuyen_di", "Đã chuyển đi"),
    DIED("da_mat", "Đã mất");

    private final CodeLabel value;

    ChildStatus(String code, String label) {
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
