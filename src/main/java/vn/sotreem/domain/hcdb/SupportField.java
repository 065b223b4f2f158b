package vn.sotreem.domain.hcdb;

import java.util.function.Function;
import vn.sotreem.domain.common.RecordField;

/**
 * The fields of a support received, in the order of sheet {@code TroGiup}: key, label, required
 * column, value. {@link SupportRules}, the workbook sheet and the support form name fields
 * through it.
 */
public enum SupportField implements RecordField<Support> {
    CHILD("ma_tre", "Mã trẻ", true, Support::childId),
    DATE("ngay", "Ngày trợ giúp", true, Support::date),
    TYPE("loai", "Loại trợ giúp", true, Support::type),
    PROVIDER("don_vi", "Đơn vị thực hiện", false, Support::provider),
    AMOUNT("kinh_phi", "Kinh phí (đồng)", false, Support::amount),
    NOTE("ghi_chu", "Ghi chú", false, Support::note),
    CARER("nguoi_cham_soc_thay_the", "Người/cơ sở nhận chăm sóc thay thế", false, Support::carerName),
    CARE_FORM("hinh_thuc_cham_soc", "Hình thức chăm sóc thay thế", false, Support::careForm);

    private final Definition<Support> definition;

    SupportField(String key, String label, boolean required, Function<Support, Object> value) {
        this.definition = new Definition<>(key, label, required, value);
    }

    @Override
    public Definition<Support> definition() {
        return definition;
    }
}
