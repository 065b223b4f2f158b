package vn.sotreem.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.domain.report.ReportRow;
import vn.sotreem.domain.common.SpreadsheetText;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.files.ExportFiles;
import vn.sotreem.report.ReportSheetStyles.Style;

/**
 * The indicator report workbook in the built-in layout of report-spec.md: {@code ThongTin} (the
 * header as key/value rows), {@code DuLieu} (one row per value, for machines) and the human sheets
 * for signature and printing, {@code TongHop}, {@code HCDB}, {@code XamHai}, {@code TNTT}
 * ({@link ReportSheetLayouts}). Every number is a number cell written from the report, never a
 * formula; every text is a text cell, quote-prefixed when it starts like a formula. The workbook is
 * aggregate only: the report holds no name, birth date or ID number of a child, so none can reach it.
 */
public final class IndicatorWorkbook {

    static final String INFO_SHEET = "ThongTin";
    static final String DATA_SHEET = "DuLieu";
    static final List<String> DATA_HEADER = List.of("chi_tieu", "ten_chi_tieu", "phan_to", "gia_tri", "don_vi");
    static final int VALUE_COLUMN = DATA_HEADER.indexOf("gia_tri");
    static final int BREAKDOWN_COLUMN = DATA_HEADER.indexOf("phan_to");
    /** ThongTin, DuLieu, four human sheets, the self-check and the file. */
    private static final int STEPS = 8;
    /** SXSSF's row window that never flushes a row to its temporary file before the workbook is written. */
    private static final int KEEP_ALL_ROWS = -1;

    /** A number of a human sheet and the {@code DuLieu} value it stands for ("" = the total). */
    record NumberCell(String sheet, String address, String indicatorId, String breakdown) {
    }

    /**
     * A workbook built in memory with the record of its numbers; closing it frees the workbook and the
     * streaming writer's temporary files.
     */
    record Built(SXSSFWorkbook workbook, List<NumberCell> numbers) implements Closeable {
        @Override
        public void close() throws IOException {
            // Temporary files first: SXSSF's close alone closes the sheets' writers and then tries to
            // flush the kept rows into them, which fails with a logged warning on every report.
            try {
                workbook.dispose();
            } finally {
                workbook.close();
            }
        }
    }

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
        try (Built built = build(report, header, Progress.NONE)) {
            return IndicatorWorkbookCheck.check(built, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the workbook to {@code out} (through a temporary file).
     *
     * @throws vn.sotreem.domain.common.UserFacingException when the self-check fails or the file cannot be written
     */
    public static void write(IndicatorReport report, ReportHeader header, Path out, Progress progress) {
        progress.update(0, STEPS);
        try (Built built = build(report, header, progress)) {
            refuseOnErrors(IndicatorWorkbookCheck.check(built, report));
            progress.checkCancelled();
            progress.update(STEPS - 1L, STEPS);
            ExportFiles.write(out, temp -> {
                try (OutputStream stream = Files.newOutputStream(temp)) {
                    progress.checkCancelled();
                    built.workbook().write(stream);
                }
            });
            progress.update(STEPS, STEPS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses to write a workbook whose numbers do not match, naming the first cells at fault. */
    private static void refuseOnErrors(List<ReportProblem> problems) {
        List<ReportProblem> errors = problems.stream().filter(ReportProblem::isError).toList();
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("Không xuất được báo cáo: tự kiểm tra bảng tính thấy "
                    + errors.size() + " lỗi.");
            errors.stream().limit(3).forEach(p -> message.append('\n').append(p.message()));
            if (errors.size() > 3) {
                message.append("\n…");
            }
            throw new UserFacingException(message.toString());
        }
    }

    /** Builds every sheet in memory, recording each number of the human sheets. */
    static Built build(IndicatorReport report, ReportHeader header, Progress progress) {
        // Streaming cells (plain objects, not XML beans) are several times cheaper to build and write;
        // no row is flushed before the write (window -1), so the self-check and the page-break
        // estimate read every row back from memory. These sheets hold a few hundred rows.
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, KEEP_ALL_ROWS);
        try {
            ReportSheetStyles styles = new ReportSheetStyles(workbook);
            List<NumberCell> numbers = new ArrayList<>();
            info(workbook, styles, header);
            step(progress, 1);
            data(workbook, styles, report);
            step(progress, 2);
            ReportSheetLayouts layouts = new ReportSheetLayouts(workbook, styles, report, header, numbers);
            layouts.summary();
            step(progress, 3);
            layouts.hcdb();
            step(progress, 4);
            layouts.abuse();
            step(progress, 5);
            layouts.injuries();
            step(progress, 6);
            workbook.setActiveSheet(workbook.getSheetIndex(ReportSheetLayouts.SUMMARY));
            return new Built(workbook, List.copyOf(numbers));
        } catch (RuntimeException e) {
            try {
                new Built(workbook, List.of()).close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static void step(Progress progress, int done) {
        progress.checkCancelled();
        progress.update(done, STEPS);
    }

    /** {@code ThongTin}: the header's keys in column A, their values in column B, all as text. */
    private static void info(SXSSFWorkbook workbook, ReportSheetStyles styles, ReportHeader header) {
        Sheet sheet = workbook.createSheet(INFO_SHEET);
        Map<String, String> fields = header.fields();
        int longest = 20;
        for (int i = 0; i < ReportHeader.KEYS.size(); i++) {
            String key = ReportHeader.KEYS.get(i);
            String value = fields.get(key) == null ? "" : fields.get(key);
            Row row = sheet.createRow(i);
            text(row, 0, key, styles);
            text(row, 1, value, styles);
            longest = Math.max(longest, value.length());
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, Math.min(longest + 2, 100) * 256);
        printable(sheet, false);
    }

    /** A machine sheet printed all the same: A4, as wide as the page, its header row on every page. */
    private static void printable(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /**
     * {@code DuLieu}: the header row, then one row per value of the report in its order; the header
     * frozen, a filter on every column.
     */
    private static void data(SXSSFWorkbook workbook, ReportSheetStyles styles, IndicatorReport report) {
        Sheet sheet = workbook.createSheet(DATA_SHEET);
        Row head = sheet.createRow(0);
        int[] longest = new int[DATA_HEADER.size()];
        for (int c = 0; c < DATA_HEADER.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(DATA_HEADER.get(c));
            cell.setCellStyle(styles.get(dataText().bolded()));
            longest[c] = DATA_HEADER.get(c).length() + 3; // room for the filter button
        }
        int r = 1;
        for (ReportRow row : report.rows()) {
            Row line = sheet.createRow(r++);
            String[] texts = {row.indicatorId(), row.indicatorName(), row.breakdown(), null, row.unit()};
            for (int c = 0; c < texts.length; c++) {
                if (c == VALUE_COLUMN) {
                    Cell cell = line.createCell(c);
                    cell.setCellStyle(styles.get(dataText().number(ReportSheet.formatOf(row.value()))));
                    if (row.value() != null) {
                        cell.setCellValue(row.value().doubleValue());
                    }
                } else if (c == BREAKDOWN_COLUMN) {
                    text(line, c, texts[c], styles, breakdownLooksLikeFormula(texts[c]));
                    longest[c] = Math.max(longest[c], texts[c].length());
                } else {
                    text(line, c, texts[c], styles);
                    longest[c] = Math.max(longest[c], texts[c] == null ? 0 : texts[c].length());
                }
            }
        }
        longest[VALUE_COLUMN] = Math.max(longest[VALUE_COLUMN], 12);
        for (int c = 0; c < longest.length; c++) {
            sheet.setColumnWidth(c, Math.min(longest[c] + 2, 80) * 256);
        }
        sheet.createFreezePane(0, 1);
        printable(sheet, true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, DATA_HEADER.size() - 1));
    }

    /** Machine-readable text: one line, no wrapping. */
    private static Style dataText() {
        return Style.TEXT.unwrapped().middle();
    }

    private static void text(Row row, int column, String value, ReportSheetStyles styles) {
        text(row, column, value, styles, false);
    }

    private static void text(Row row, int column, String value, ReportSheetStyles styles, boolean quoted) {
        String text = value == null ? "" : value;
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.get(dataText().quoted(quoted || SpreadsheetText.looksLikeFormula(text))));
        cell.setCellValue(text);
    }

    /**
     * A {@code phan_to} holding a value that starts like a formula: a village name as a user typed it
     * ({@code thon=+84 thôn}). The cell itself starts with the key, but whoever splits it gets the name
     * alone, so the cell is marked as protected text like any other user text that looks like a formula.
     */
    static boolean breakdownLooksLikeFormula(String breakdown) {
        for (String pair : breakdown.split(";")) {
            int eq = pair.indexOf('=');
            if (eq >= 0 && SpreadsheetText.looksLikeFormula(pair.substring(eq + 1))) {
                return true;
            }
        }
        return false;
    }
}
