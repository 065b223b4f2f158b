package vn.sotreem.domain.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.common.SoftwareVersion;

/**
 * The header of an indicator report: sheet {@code ThongTin}, the official heading and signature
 * blocks of the human sheets, and the header placeholders of a province template ({@code {{ten_xa}}}).
 *
 * @param register the commune and province (codes and names)
 * @param period   the report's period
 * @param madeOn   {@code ngay_lap}
 * @param settings recipient, preparer, chairman and confidentiality mark
 * @param catalogueVersion {@code phien_ban_mau}
 */
public record ReportHeader(RegisterInfo register, ReportPeriod period, LocalDate madeOn, ReportSettings settings,
                           String catalogueVersion) {

    /** The keys of {@code ThongTin} in the order of report-spec, also the header placeholders of templates. */
    public static final java.util.List<String> KEYS = java.util.List.of("ma_tinh", "ten_tinh", "ma_xa", "ten_xa",
            "loai_ky", "ky", "quy_tac_ky", "tu_ngay", "den_ngay", "ngay_lap", "nguoi_lap", "noi_nhan",
            "phien_ban_phan_mem", "phien_ban_mau", "do_mat");

    /**
     * {@code ThongTin} as key → text in {@link #KEYS} order; dates as dd/MM/yyyy. Extra keys used by
     * templates and signature blocks ({@code chu_tich}, {@code ten_ky}) follow.
     */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ma_tinh", register.provinceCode());
        f.put("ten_tinh", register.provinceName());
        f.put("ma_xa", register.communeCode());
        f.put("ten_xa", register.communeName());
        f.put("loai_ky", period.kind().code());
        f.put("ky", period.ky());
        f.put("quy_tac_ky", period.rule().code());
        f.put("tu_ngay", DateText.format(period.from()));
        f.put("den_ngay", DateText.format(period.to()));
        f.put("ngay_lap", DateText.format(madeOn));
        f.put("nguoi_lap", settings.preparer());
        f.put("noi_nhan", settings.recipient());
        f.put("phien_ban_phan_mem", SoftwareVersion.current());
        f.put("phien_ban_mau", catalogueVersion);
        f.put("do_mat", settings.confidentialityMark());
        f.put("chu_tich", settings.chairman());
        f.put("ten_ky", period.label());
        return f;
    }
}
