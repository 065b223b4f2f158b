package vn.sotreem.domain.report;

import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;

/**
 * What the officer sets once for every indicator report: who receives it, who prepares and signs it,
 * the confidentiality mark it states (NĐ 56/2017 Điều 24: periodic reports state their
 * confidentiality level and distribution scope) and the period rule.
 *
 * @param recipient          {@code noi_nhan}, e.g. "Sở Y tế tỉnh Lào Cai"
 * @param preparer           {@code nguoi_lap}, the officer who signs as preparer
 * @param chairman           the commune chairman's name for the second signature block
 * @param confidentialityMark {@code do_mat}
 * @param periodRule         calendar months or the NĐ 09/2019 cut-off
 * @param countOpenAbuseCases whether the abuse indicators count cases without a conclusion yet
 *                           (being verified or handled) besides those closed as confirmed; true
 *                           until an administrator changes it (see {@code docs/abuse-cases.md})
 */
public record ReportSettings(String recipient, String preparer, String chairman, String confidentialityMark,
                             PeriodRule periodRule, boolean countOpenAbuseCases) {

    /** The mark of an aggregate report: restricted, no personal data, for child protection work. */
    public static final String DEFAULT_MARK =
            "Hạn chế — Số liệu tổng hợp, không có thông tin cá nhân của trẻ em; chỉ gửi nơi nhận ghi trên báo cáo";
    static final int MAX_LENGTH = 200;

    /** Settings that count open abuse cases, as the report always did. */
    public ReportSettings(String recipient, String preparer, String chairman, String confidentialityMark,
                          PeriodRule periodRule) {
        this(recipient, preparer, chairman, confidentialityMark, periodRule, true);
    }

    public ReportSettings {
        recipient = VietnameseText.clean(recipient);
        preparer = VietnameseText.clean(preparer);
        chairman = VietnameseText.clean(chairman);
        confidentialityMark = VietnameseText.clean(confidentialityMark);
        if (periodRule == null) {
            periodRule = PeriodRule.CALENDAR;
        }
    }

    /** Before the officer changes anything: the province's health department, the registering officer. */
    public static ReportSettings defaults(RegisterInfo register) {
        return new ReportSettings(defaultRecipient(register == null ? null : register.provinceName()),
                register == null ? "" : register.officerName(), "", DEFAULT_MARK, PeriodRule.CALENDAR);
    }

    /**
     * "Sở Y tế tỉnh Lào Cai" for "Tỉnh Lào Cai", "Sở Y tế thành phố Hà Nội" for "Thành phố Hà Nội"
     * (since 01/07/2025 communes report to the province).
     */
    public static String defaultRecipient(String provinceName) {
        String name = VietnameseText.clean(provinceName);
        if (name.isEmpty()) {
            return "Sở Y tế tỉnh";
        }
        String folded = VietnameseText.fold(name);
        if (folded.startsWith("tinh ")) {
            return "Sở Y tế tỉnh " + name.substring("tỉnh ".length());
        }
        if (folded.startsWith("thanh pho ")) {
            return "Sở Y tế thành phố " + name.substring("thành phố ".length());
        }
        return "Sở Y tế tỉnh " + name;
    }

    /** Refuses what cannot be printed: an empty recipient or mark, texts too long for a header cell. */
    public void validate() {
        if (recipient.isEmpty()) {
            throw new UserFacingException("Hãy nhập nơi nhận báo cáo (ví dụ: Sở Y tế tỉnh …).");
        }
        if (confidentialityMark.isEmpty()) {
            throw new UserFacingException("Hãy nhập độ mật của báo cáo (Nghị định 56/2017 Điều 24: báo cáo phải ghi "
                    + "độ mật và phạm vi gửi).");
        }
        for (String[] field : new String[][] {{"Nơi nhận", recipient}, {"Người lập", preparer},
                {"Chủ tịch UBND", chairman}, {"Độ mật", confidentialityMark}}) {
            if (field[1].length() > MAX_LENGTH) {
                throw new UserFacingException(field[0] + " dài quá " + MAX_LENGTH + " ký tự.");
            }
        }
    }
}
