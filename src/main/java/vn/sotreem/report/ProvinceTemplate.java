package vn.sotreem.report;

import java.nio.file.Path;
import vn.sotreem.domain.IndicatorCatalogue;
import vn.sotreem.domain.IndicatorReport;
import vn.sotreem.domain.Progress;
import vn.sotreem.domain.ReportHeader;

/**
 * A province's own report template (.xlsx) with placeholders such as
 * {@code {{tntt.so_tre|loai=08;gioi_tinh=nu}}} and {@code {{ten_xa}}}. STUB: being written (issue 7).
 */
public final class ProvinceTemplate {

    private ProvinceTemplate() {
    }

    /**
     * Reads and checks a template.
     *
     * @throws vn.sotreem.domain.UserFacingException for a file that is not an .xlsx workbook, or naming the
     *                                               cell (sheet and address) of every unknown placeholder
     */
    public static ProvinceTemplate read(String fileName, byte[] xlsx, IndicatorCatalogue catalogue) {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many placeholders the template holds. */
    public int placeholderCount() {
        return 0;
    }

    /** Fills the template with the report and writes it to {@code out} (through a temporary file). */
    public void fill(IndicatorReport report, ReportHeader header, Path out, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
