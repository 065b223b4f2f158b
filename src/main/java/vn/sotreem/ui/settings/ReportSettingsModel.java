package vn.sotreem.ui.settings;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.report.ReportTemplateFile;

/** The texts of the report settings tab, without the screen. */
public final class ReportSettingsModel {

    public static final String NO_TEMPLATE = "Chưa nạp mẫu của tỉnh: báo cáo được lập theo mẫu có sẵn của phần mềm.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReportSettingsModel() {
    }

    /** "Mẫu đang dùng: mau.xlsx — nạp ngày 05/11/2026 lúc 09:30, người nạp: Nguyễn Thị Lan." */
    public static String templateText(Optional<ReportTemplateFile> template) {
        return template.map(t -> "Mẫu đang dùng: " + t.fileName() + " — nạp ngày " + DateText.format(t.loadedAt().toLocalDate())
                + " lúc " + t.loadedAt().format(TIME) + (t.loadedBy() == null || t.loadedBy().isBlank() ? ""
                : ", người nạp: " + t.loadedBy()) + ".").orElse(NO_TEMPLATE);
    }

    /** The question before forgetting the template. */
    static String removeQuestion(ReportTemplateFile template) {
        return "Bỏ mẫu của tỉnh “" + template.fileName() + "”? Từ nay báo cáo được lập theo mẫu có sẵn của phần mềm "
                + "cho tới khi nạp lại một mẫu.";
    }
}
