package vn.sotreem.domain.child;

/** The fields of a child record: the workbook column key and the Vietnamese label (sheet TreEm). */
public enum ChildField {
    CODE("ma_tre", "Mã trẻ"),
    FULL_NAME("ho_ten", "Họ và tên"),
    BIRTH_DATE("ngay_sinh", "Ngày sinh"),
    ESTIMATED_AGE("tuoi_uoc_luong", "Tuổi ước lượng"),
    SEX("gioi_tinh", "Giới tính"),
    ETHNICITY("dan_toc", "Dân tộc"),
    PERSONAL_ID("so_dinh_danh", "Số định danh cá nhân"),
    VILLAGE("thon", "Thôn/Tổ dân phố"),
    POVERTY("ho_ngheo", "Hộ nghèo/cận nghèo"),
    FATHER_NAME("cha_ho_ten", "Họ tên cha"),
    MOTHER_NAME("me_ho_ten", "Họ tên mẹ"),
    CAREGIVER_NAME("nguoi_cham_soc", "Người chăm sóc"),
    PHONE("dien_thoai", "Điện thoại liên hệ"),
    STATUS("tinh_trang", "Tình trạng"),
    STATUS_DATE("ngay_tinh_trang", "Ngày thay đổi tình trạng"),
    ENTRY_DATE("ngay_nhap", "Ngày vào sổ"),
    NOTE("ghi_chu", "Ghi chú");

    private final String key;
    private final String label;

    ChildField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
