package vn.sotreem.domain.access;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One line of the audit log: who did what to which record, when. {@code details} holds the
 * changed fields as "field: old → new" lines, or the export's period and file name.
 */
public record AuditEntry(long id, LocalDateTime at, String userName, AuditAction action, String entity,
                         String entityId, String details) {

    private static final Map<String, String> ENTITY_LABELS = Map.ofEntries(
            Map.entry("so", "Sổ"), Map.entry("tre_em", "Trẻ em"), Map.entry("thon", "Thôn/tổ dân phố"),
            Map.entry("hcdb", "Diện HCĐB"), Map.entry("tro_giup", "Trợ giúp"), Map.entry("nghi_trung", "Nghi trùng"),
            Map.entry("tai_khoan", "Tài khoản"), Map.entry("cai_dat", "Cài đặt"), Map.entry("dang_nhap", "Đăng nhập"),
            Map.entry("mo_khoa", "Mở khóa màn hình"), Map.entry("sao_luu", "Sao lưu"),
            Map.entry("so_theo_doi", "Sổ theo dõi (Excel)"), Map.entry("nhat_ky", "Nhật ký hoạt động"),
            Map.entry("danh_sach_tre", "Danh sách trẻ (tệp riêng)"), Map.entry("cach_ghep_cot", "Cách ghép cột khi nhập"),
            Map.entry("tntt", "Tai nạn, thương tích"), Map.entry("xam_hai", "Vụ việc xâm hại"),
            Map.entry("bao_cao", "Báo cáo chỉ tiêu"), Map.entry("mau_bao_cao", "Mẫu báo cáo của tỉnh"));

    /** The kind of record in words ("Trẻ em" for {@code tre_em}); unknown kinds as stored. */
    public String entityLabel() {
        return entity == null ? "" : ENTITY_LABELS.getOrDefault(entity, entity);
    }
}
