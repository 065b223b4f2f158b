package vn.sotreem.domain.abuse.procedure;

import java.util.EnumSet;
import java.util.Set;
import vn.sotreem.domain.common.Coded;

/**
 * The steps of the NĐ 56/2017 case procedure (Điều 25–32), as states: a case is in the state of the
 * last step recorded. {@link #next()} lists the steps the decree allows after each one.
 */
public enum CaseStep implements Coded {
    RECEIVED("tiep_nhan", "Tiếp nhận thông tin", "Mẫu 01"),
    INITIAL_ASSESSMENT("danh_gia_ban_dau", "Đánh giá nguy cơ ban đầu", "Mẫu 02"),
    EMERGENCY("khan_cap", "Can thiệp khẩn cấp / tạm thời cách ly", "Mẫu 07"),
    DETAILED_ASSESSMENT("danh_gia_chi_tiet", "Đánh giá chi tiết và họp xác định nhu cầu", "Mẫu 03"),
    PLAN_DRAFTED("ke_hoach", "Xây dựng kế hoạch hỗ trợ, can thiệp", "Mẫu 04"),
    PLAN_APPROVED("phe_duyet", "Phê duyệt kế hoạch", "Mẫu 05"),
    IMPLEMENTING("thuc_hien", "Thực hiện, theo dõi kế hoạch", ""),
    REVIEWED("ra_soat", "Rà soát, đánh giá", "Mẫu 06"),
    CLOSED("dong", "Đóng hồ sơ", "");

    private final CodeLabel value;
    private final String form;

    CaseStep(String code, String label, String form) {
        this.value = new CodeLabel(code, label);
        this.form = form;
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    /** The NĐ 56 form that records this step, or empty. */
    public String form() {
        return form;
    }

    /**
     * The steps allowed after this one. A case may be closed early when verification shows no abuse
     * or risk (after receipt or the initial assessment); a review leads to closing or a new plan.
     */
    public Set<CaseStep> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(INITIAL_ASSESSMENT, CLOSED);
            case INITIAL_ASSESSMENT -> EnumSet.of(EMERGENCY, DETAILED_ASSESSMENT, CLOSED);
            case EMERGENCY -> EnumSet.of(DETAILED_ASSESSMENT);
            case DETAILED_ASSESSMENT -> EnumSet.of(PLAN_DRAFTED);
            case PLAN_DRAFTED -> EnumSet.of(PLAN_APPROVED);
            case PLAN_APPROVED -> EnumSet.of(IMPLEMENTING);
            case IMPLEMENTING -> EnumSet.of(REVIEWED);
            case REVIEWED -> EnumSet.of(PLAN_DRAFTED, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStep.class);
        };
    }

    public boolean allows(CaseStep following) {
        return next().contains(following);
    }

    @Override
    public String toString() {
        return label();
    }
}
