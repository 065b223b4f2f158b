package vn.sotreem.domain.access;

import vn.sotreem.domain.common.Coded;

/** What the audit log records. */
public enum AuditAction implements Coded {
    CREATE("tao", "Tạo"),
    UPDATE("sua", "Sửa"),
    DELETE("xoa", "Xóa"),
    MERGE("gop", "Gộp hồ sơ trùng"),
    /** A record entered in error marked void with a reason: it leaves every list, count and export, its row stays. */
    VOID("huy", "Hủy (nhập nhầm)"),
    EXPORT("xuat", "Xuất tệp"),
    IMPORT("nhap", "Nhập tệp"),
    BACKUP("sao_luu", "Sao lưu"),
    RESTORE("khoi_phuc", "Khôi phục"),
    LOGIN("dang_nhap", "Đăng nhập"),
    LOGIN_FAILED("dang_nhap_sai", "Đăng nhập sai"),
    OPEN_ABUSE_CASE("mo_vu_xam_hai", "Mở hồ sơ xâm hại"),
    OPEN_CHILD("mo_ho_so_tre", "Mở hồ sơ trẻ"),
    ACCOUNT("tai_khoan", "Tài khoản");

    private final CodeLabel value;

    AuditAction(String code, String label) {
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
