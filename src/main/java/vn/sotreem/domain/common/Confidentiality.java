package vn.sotreem.domain.common;

/**
 * The confidentiality of children's information (NĐ 56/2017 Điều 24 and 33): whatever leaves the
 * register with a child's personal data — an exported workbook, a printed form — carries this mark
 * on every page, stating its confidentiality level and use.
 */
public final class Confidentiality {

    /** The mark for the page header, the same on every export and form. */
    public static final String MARK = "MẬT — Thông tin cá nhân của trẻ em, chỉ dùng cho công tác bảo vệ trẻ em";

    private Confidentiality() {
    }
}
