package vn.sotreem.domain.hcdb;

import java.util.function.Function;
import vn.sotreem.domain.common.RecordField;

/**
 * The fields of an HCĐB membership, in the order of sheet {@code HCDB}: key, label, required
 * column, value. {@link MembershipRules}, the workbook sheet and the membership form name fields
 * through it.
 */
public enum MembershipField implements RecordField<Membership> {
    CHILD("ma_tre", "Mã trẻ", true, Membership::childId),
    GROUP("nhom", "Nhóm HCĐB", true, Membership::group),
    /** Written as its code ("c.7"): the label is a paragraph of the decree. */
    SUB_CASE("nhom_con", "Trường hợp", false, m -> m.subCase() == null ? null : m.subCase().code()),
    FROM("tu_ngay", "Từ ngày", true, Membership::fromDate),
    TO("den_ngay", "Đến ngày", false, Membership::toDate),
    BASIS("can_cu", "Căn cứ xác định", false, Membership::basis),
    CERTIFICATE("ngay_giay_chung_nhan", "Ngày giấy xác nhận khuyết tật", false, Membership::certificateDate);

    private final Definition<Membership> definition;

    MembershipField(String key, String label, boolean required, Function<Membership, Object> value) {
        this.definition = new Definition<>(key, label, required, value);
    }

    @Override
    public Definition<Membership> definition() {
        return definition;
    }
}
