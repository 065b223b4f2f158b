package vn.sotreem.domain.abuse;

import java.util.List;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;

/**
 * List {@code hinh_thuc_xam_hai}: the forms of abuse of Luật Trẻ em Điều 4 khoản 5. Exploitation and
 * sexual abuse have the sub-forms of NĐ 56/2017 Điều 12 and 13, which are the sub-cases of HCĐB
 * groups k and l — one list serves both registers.
 */
public enum AbuseForm implements Coded {
    VIOLENCE("bao_luc", "Bạo lực", null),
    EXPLOITATION("boc_lot", "Bóc lột", HcdbGroup.EXPLOITED),
    SEXUAL_ABUSE("xam_hai_tinh_duc", "Xâm hại tình dục", HcdbGroup.SEXUALLY_ABUSED),
    TRAFFICKING("mua_ban", "Mua bán", null),
    ABANDONMENT("bo_roi_bo_mac", "Bỏ rơi, bỏ mặc", null),
    OTHER("khac", "Hình thức gây tổn hại khác", null);

    private final CodeLabel value;
    private final HcdbGroup subFormGroup;

    AbuseForm(String code, String label, HcdbGroup subFormGroup) {
        this.value = new CodeLabel(code, label);
        this.subFormGroup = subFormGroup;
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    /** The sub-forms of NĐ 56 for this form; empty for forms the decree does not subdivide. */
    public List<HcdbSubCase> subForms() {
        return subFormGroup == null ? List.of() : HcdbSubCase.of(subFormGroup);
    }

    /** The form a sub-form belongs to, if any. */
    public static AbuseForm ofSubForm(HcdbSubCase subForm) {
        for (AbuseForm form : values()) {
            if (form.subFormGroup != null && form.subFormGroup == subForm.group()) {
                return form;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label();
    }
}
