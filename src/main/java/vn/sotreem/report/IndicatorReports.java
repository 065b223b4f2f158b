package vn.sotreem.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.domain.report.ReportCalculator;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.domain.report.ReportTemplateFile;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.RegisterStore;

/**
 * The indicator report of a register, as the window and the command line both make it: read the
 * register once, compute, check, and write either the built-in workbook or the province template.
 * One path for both, so that they write the same file.
 */
public final class IndicatorReports {

    private final RegisterStore store;
    private final ReportCalculator calculator;

    public IndicatorReports(RegisterStore store) {
        this(store, ReportCalculator.bundled());
    }

    IndicatorReports(RegisterStore store, ReportCalculator calculator) {
        this.store = store;
        this.calculator = calculator;
    }

    public ReportSettings settings() {
        return store.settings().reportSettings();
    }

    /** The report of a period from a fresh read of the register. */
    public IndicatorReport compute(ReportPeriod period, LocalDateTime now) {
        return compute(store.reportSnapshot(), period, now);
    }

    /** The report of a period from a snapshot already read (the window computes several periods from one). */
    public IndicatorReport compute(RegisterSnapshot snapshot, ReportPeriod period, LocalDateTime now) {
        return calculator.compute(snapshot, period, store.workingDays(), now, settings().countOpenAbuseCases());
    }

    public ReportHeader header(ReportPeriod period, LocalDate madeOn) {
        return new ReportHeader(store.info(), period, madeOn, settings(), calculator.catalogue().version());
    }

    /** The checks of report-spec: the register's (errors first) and the workbook's self-check. */
    public List<ReportProblem> checks(IndicatorReport report, ReportHeader header) {
        List<ReportProblem> all = new ArrayList<>(IndicatorWorkbook.selfCheck(report, header));
        all.addAll(report.problems());
        all.sort((a, b) -> Boolean.compare(b.isError(), a.isError()));
        return all;
    }

    /** The province template kept in the register, read and checked; empty when none was loaded. */
    public Optional<ProvinceTemplate> template() {
        return store.reportTemplate().map(t -> ProvinceTemplate.read(t.fileName(), t.content(), calculator.catalogue()));
    }

    public Optional<ReportTemplateFile> templateFile() {
        return store.reportTemplate();
    }

    /** Reads and checks a template file without keeping it (the command line's {@code --template}). */
    public ProvinceTemplate readTemplate(Path file) {
        return ProvinceTemplate.read(file.getFileName().toString(), readBytes(file), calculator.catalogue());
    }

    /** Checks a template file and keeps it in the register; returns it read. */
    public ProvinceTemplate loadTemplate(Path file, LocalDateTime now) {
        byte[] bytes = readBytes(file);
        String name = file.getFileName().toString();
        ProvinceTemplate template = ProvinceTemplate.read(name, bytes, calculator.catalogue());
        store.saveReportTemplate(name, bytes, now);
        return template;
    }

    private static byte[] readBytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("Không tìm thấy tệp mẫu “" + file + "”.");
        }
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new UserFacingException("Không đọc được tệp mẫu “" + file.getFileName() + "”.", e);
        }
    }

    /** Writes the example province template shipped with the application, for an officer or a province to adapt. */
    public static void saveExampleTemplate(Path out) {
        byte[] example = ProvinceTemplate.example();
        vn.sotreem.files.ExportFiles.write(out, temp -> Files.write(temp, example));
    }

    /** {@code BaoCao_<ma_xa>_<ky>.xlsx}. */
    public static String fileName(ReportHeader header) {
        return IndicatorWorkbook.fileName(header);
    }

    /** Writes the report into the province template kept in the register when {@code useTemplate} and one is kept. */
    public void export(IndicatorReport report, ReportHeader header, Path out, boolean useTemplate, Progress progress) {
        export(report, header, out, useTemplate ? template().orElse(null) : null, progress);
    }

    /**
     * Writes the report to {@code out}: into {@code template} when given, else the built-in workbook.
     * Refused while the checks hold an error; audited as an export.
     */
    public void export(IndicatorReport report, ReportHeader header, Path out, ProvinceTemplate template,
                       Progress progress) {
        // The built-in writer runs the self-check on what it writes; a template is checked here.
        List<ReportProblem> errors = new ArrayList<>(report.problems().stream().filter(ReportProblem::isError).toList());
        if (template != null) {
            errors.addAll(IndicatorWorkbook.selfCheck(report, header));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("Chưa xuất được báo cáo: còn " + errors.size() + " lỗi phải sửa trước. "
                    + errors.get(0).message());
        }
        if (template != null) {
            template.fill(report, header, out, progress);
        } else {
            IndicatorWorkbook.write(report, header, out, progress);
        }
        store.audit(AuditAction.EXPORT, "bao_cao", header.period().ky(), "Xuất báo cáo chỉ tiêu "
                + header.period().labelWithDates() + (template != null ? " theo mẫu của tỉnh" : "")
                + " ra " + out.getFileName());
    }
}
