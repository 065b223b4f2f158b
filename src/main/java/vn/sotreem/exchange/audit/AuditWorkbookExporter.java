package vn.sotreem.exchange.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.common.SpreadsheetText;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.files.ExportFiles;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.exchange.workbook.ExcelStyles;
import vn.sotreem.exchange.workbook.RegisterWorkbookExporter;

/**
 * Writes the audit log (the entries a filter selects, newest first) as a workbook with one sheet
 * {@value #SHEET}: a real date-time, the user, the action's label, the record kind and id, and the
 * details wrapped. Like the register export it carries the confidentiality mark on every printed
 * page, goes through a temporary file (a failure or a cancel leaves nothing), and is itself
 * recorded in the audit log.
 */
public final class AuditWorkbookExporter {

    public static final String SHEET = "NhatKy";
    static final String[] HEADERS = {"Thời gian", "Người dùng", "Thao tác", "Đối tượng", "Mã", "Chi tiết"};
    private static final int[] WIDTHS = {18, 24, 18, 16, 16, 70};
    private static final Logger LOG = LoggerFactory.getLogger(AuditWorkbookExporter.class);
    private static final int ROWS_IN_MEMORY = 200;

    private final RegisterStore store;

    public AuditWorkbookExporter(RegisterStore store) {
        this.store = store;
    }

    /**
     * Writes the entries {@code filter} selects to {@code out}; {@code filterText} describes the
     * filter for the audit entry. Returns the number of entries written.
     */
    public int export(Path out, AuditFilter filter, String filterText, Progress progress) {
        Path target = out.toAbsolutePath();
        List<AuditEntry> entries = store.auditEntries(filter, Integer.MAX_VALUE);
        ExportFiles.write(target, temp -> {
            write(temp, entries, progress);
            progress.checkCancelled();
        });
        store.audit(AuditAction.EXPORT, "nhat_ky", null, "Xuất nhật ký hoạt động: " + entries.size() + " dòng; lọc: "
                + filterText + "; tệp " + target.getFileName());
        LOG.info("Exported audit log workbook with {} entries", entries.size());
        return entries.size();
    }

    private static void write(Path temp, List<AuditEntry> entries, Progress progress) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        SXSSFSheet sheet = workbook.createSheet(SHEET);
        boolean written = false;
        try {
            Styles styles = new Styles(workbook);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            RegisterWorkbookExporter.preparePrinting(sheet);
            int r = 1;
            for (AuditEntry entry : entries) {
                progress.checkCancelled();
                Row row = sheet.createRow(r++);
                Cell at = row.createCell(0);
                at.setCellValue(entry.at());
                at.setCellStyle(styles.dateTime);
                text(row, 1, entry.userName(), styles.text, styles.quotedText);
                text(row, 2, entry.action() == null ? null : entry.action().label(), styles.text, styles.quotedText);
                text(row, 3, entry.entityLabel(), styles.text, styles.quotedText);
                text(row, 4, entry.entityId(), styles.text, styles.quotedText);
                text(row, 5, entry.details(), styles.wrapped, styles.quotedWrapped);
                progress.update(r - 1, entries.size());
            }
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            written = true;
        } finally {
            if (!written) {
                try {
                    sheet.flushRows(); // see RegisterWorkbookExporter: close() cannot dispose rows in memory
                } catch (IOException e) {
                    LOG.debug("Flushing rows of a cancelled export failed: {}", e.toString());
                }
            }
            workbook.close(); // removes SXSSF's temporary files, which hold the text in clear
        }
    }

    /** A text cell, never a formula: text that looks like one gets Excel's quote prefix. */
    private static void text(Row row, int column, String value, CellStyle plain, CellStyle quoted) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(SpreadsheetText.looksLikeFormula(value) ? quoted : plain);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle dateTime;
        final CellStyle text;
        final CellStyle quotedText;
        final CellStyle wrapped;
        final CellStyle quotedWrapped;

        Styles(SXSSFWorkbook workbook) {
            header = ExcelStyles.header(workbook);
            dateTime = ExcelStyles.date(workbook, "dd/mm/yyyy hh:mm");
            dateTime.setVerticalAlignment(VerticalAlignment.TOP);
            text = ExcelStyles.text(workbook, false, false);
            quotedText = ExcelStyles.text(workbook, true, false);
            wrapped = ExcelStyles.text(workbook, false, true);
            quotedWrapped = ExcelStyles.text(workbook, true, true);
        }
    }
}
