package vn.sotreem.domain.injury;

import java.util.function.Function;
import vn.sotreem.domain.common.RecordField;

/**
 * The fields of an injury record, in the order of sheet {@code TNTT}: the workbook column key (also
 * the field a {@link vn.sotreem.domain.common.Problem} names), the Vietnamese label (the sheet's
 * header, the name messages use), whether the sheet must have the column, the longest text a
 * free-text field takes (0 when it is not free text) and the value of the field in an injury.
 *
 * <p>The one list of the injury's shape: {@link InjuryRules}, the workbook sheet, the
 * repository's columns, the quick-entry grid and the form all go through it. Adding a field
 * starts here (see {@code docs/adding-a-field.md}).
 */
public enum InjuryField implements RecordField<Injury> {
    CHILD("ma_tre", "Mã trẻ", true, 0, Injury::childId),
    DATE("ngay_xay_ra", "Ngày xảy ra", true, 0, Injury::date),
    TYPE("loai", "Loại TNTT", true, 0, Injury::type),
    PLACE("dia_diem", "Địa điểm", true, 0, Injury::place),
    DIED("tu_vong", "Tử vong", false, 0, Injury::died),
    DISABLED("khuyet_tat", "Khuyết tật do TNTT", false, 0, Injury::disabled),
    TREATED_AT("noi_dieu_tri", "Nơi điều trị", false, 300, Injury::treatedAt),
    CAUSE("nguyen_nhan", "Nguyên nhân", false, 300, Injury::cause),
    NOTE("ghi_chu", "Ghi chú", false, 2000, Injury::note);

    private final Definition<Injury> definition;
    private final int maxLength;

    InjuryField(String key, String label, boolean required, int maxLength, Function<Injury, Object> value) {
        this.definition = new Definition<>(key, label, required, value);
        this.maxLength = maxLength;
    }

    @Override
    public Definition<Injury> definition() {
        return definition;
    }

    /** The longest text the field takes (its database column's size); 0 for a field that is not free text. */
    public int maxLength() {
        return maxLength;
    }

    public boolean isFreeText() {
        return maxLength > 0;
    }
}
