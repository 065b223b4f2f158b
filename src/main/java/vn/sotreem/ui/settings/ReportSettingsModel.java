package vn.sotreem.ui.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.domain.report.ReportTemplateFile;
import vn.sotreem.report.IndicatorReports;
import vn.sotreem.report.ProvinceTemplate;
import vn.sotreem.storage.RegisterStore;

/**
 * The report settings tab without a screen: the header and period rule, the province template,
 * and their texts. The methods that read or write the register run off the FX thread.
 */
public final class ReportSettingsModel {

    public static final String NO_TEMPLATE = "Chưa nạp mẫu của tỉnh: báo cáo được lập theo mẫu có sẵn của phần mềm.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The settings and the template as the register has them. */
    record State(ReportSettings settings, Optional<ReportTemplateFile> template) {
    }

    private final RegisterStore store;
    private final IndicatorReports reports;

    ReportSettingsModel(RegisterStore store) {
        this.store = store;
        this.reports = new IndicatorReports(store);
    }

    Role role() {
        return store.currentAccount().role();
    }

    State read() {
        return new State(store.settings().reportSettings(), reports.templateFile());
    }

    /** Saves, then reads back what is saved. */
    State save(ReportSettings settings) {
        store.settings().setReportSettings(settings);
        return read();
    }

    Optional<ReportTemplateFile> templateFile() {
        return reports.templateFile();
    }

    /** Checks and keeps the province's template from {@code file}. */
    ProvinceTemplate loadTemplate(Path file, LocalDateTime now) {
        return reports.loadTemplate(file, now);
    }

    /** Forgets the province's template; what the register has afterwards (none). */
    Optional<ReportTemplateFile> removeTemplate() {
        store.removeReportTemplate();
        return reports.templateFile();
    }

    /** Writes the example template (no register involved). */
    static void saveExampleTemplate(Path file) {
        IndicatorReports.saveExampleTemplate(file);
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
