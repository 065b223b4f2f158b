package vn.sotreem.report;

import java.nio.file.Path;
import java.util.List;
import vn.sotreem.domain.IndicatorReport;
import vn.sotreem.domain.Progress;
import vn.sotreem.domain.ReportHeader;
import vn.sotreem.domain.ReportProblem;

/**
 * The indicator report workbook in the built-in layout of report-spec.md: {@code ThongTin},
 * {@code DuLieu} and the human sheets {@code TongHop}, {@code HCDB}, {@code XamHai}, {@code TNTT}.
 * STUB: being written (issue 7).
 */
public final class IndicatorWorkbook {

    private IndicatorWorkbook() {
    }

    /** {@code BaoCao_<ma_xa>_<ky>.xlsx}. */
    public static String fileName(ReportHeader header) {
        return "BaoCao_" + header.register().communeCode() + "_" + header.period().ky() + ".xlsx";
    }

    /**
     * The self-check of report-spec "Checks before export": the workbook is built in memory and every
     * number of the human sheets is compared with {@code DuLieu}; each mismatch is an error naming
     * the sheet and cell.
     */
    public static List<ReportProblem> selfCheck(IndicatorReport report, ReportHeader header) {
        return List.of();
    }

    /**
     * Writes the workbook to {@code out} (through a temporary file).
     *
     * @throws vn.sotreem.domain.UserFacingException when the self-check fails or the file cannot be written
     */
    public static void write(IndicatorReport report, ReportHeader header, Path out, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
