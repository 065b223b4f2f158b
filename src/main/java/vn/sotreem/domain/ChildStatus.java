package vn.sotreem.domain;

/** List {@code tinh_trang}: a child who moves away or dies is kept, with the date. */
public enum ChildStatus implements Coded {
    LIVING_HERE("dang_song", "Đang sinh sống tại xã"),
    MOVED_AWAY("chuyen_di", "Đã chuyển đi"),
    DIED("da_mat", "Đã mất");

    private final String code;
    private final String label;

    ChildStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
