package vn.sotreem.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;
import vn.sotreem.domain.report.IndicatorCatalogue;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportRow;
import vn.sotreem.domain.common.SpreadsheetText;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.files.ExportFiles;
import vn.sotreem.office.WorkbookKind;
import vn.sotreem.report.TemplatePlaces.CellPlace;
import vn.sotreem.report.TemplatePlaces.PagePlace;
import vn.sotreem.report.TemplatePlaces.Place;

/**
 * A province's own report template (.xlsx) with placeholders such as
 * {@code {{tntt.so_tre|loai=08;gioi_tinh=nu}}} and {@code {{ten_xa}}} (syntax: {@link TemplateSyntax},
 * docs/report-templates.md). Filling replaces the placeholders cell by cell and touches nothing else:
 * styles, merged cells, formulas, print setup and the other sheets stay as the province made them.
 * Placeholders are looked for in the text cells of every sheet and in page headers and footers.
 */
public final class ProvinceTemplate {

    /** The example template shipped with the application, for officers to start from. */
    public static final String EXAMPLE_FILE_NAME = "mau-bao-cao-tinh-vi-du.xlsx";
    /** Problems listed in one message; the rest are counted. */
    private static final int LISTED = 10;
    private static final String ADVICE = " Hãy sửa mẫu theo hướng dẫn cú pháp {{…}} rồi tải lại.";

    private final String fileName;
    private final byte[] content;
    private final TemplateSyntax syntax;
    private final List<TemplatePlaceholder> placeholders;

    private ProvinceTemplate(String fileName, byte[] content, TemplateSyntax syntax, List<TemplatePlaceholder> placeholders) {
        this.fileName = fileName;
        this.content = content;
        this.syntax = syntax;
        this.placeholders = placeholders;
    }

    /**
     * Reads and checks a template.
     *
     * @throws vn.sotreem.domain.common.UserFacingException for a file that is not an .xlsx workbook, or naming the
     *                                               cell (sheet and address) of every unknown placeholder
     */
    public static ProvinceTemplate read(String fileName, byte[] xlsx, IndicatorCatalogue catalogue) {
        TemplateSyntax syntax = new TemplateSyntax(catalogue);
        List<TemplatePlaceholder> found = new ArrayList<>();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        try (XSSFWorkbook wb = open(fileName, xlsx)) {
            for (Place place : TemplatePlaces.in(wb)) {
                TemplateSyntax.Scan scan = syntax.scan(place.location(), place.text());
                scan.spans().forEach(s -> found.add(s.placeholder()));
                if (!scan.problems().isEmpty()) {
                    problems.put(place.location(), scan.problems());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a workbook read from memory
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException(message(fileName, problems));
        }
        if (found.isEmpty()) {
            throw new UserFacingException("Mẫu “" + fileName + "” không có ô nào chứa {{…}}, nên không có gì để điền. "
                    + "Hãy ghi vào các ô cần điền, ví dụ {{ten_xa}} hoặc {{tre_em.so_luong|gioi_tinh=nu}}, theo "
                    + "hướng dẫn cú pháp, rồi tải lại.");
        }
        return new ProvinceTemplate(fileName, xlsx.clone(), syntax, List.copyOf(found));
    }

    /** The bytes of the example template shipped with the application ({@link #EXAMPLE_FILE_NAME}). */
    public static byte[] example() {
        try (InputStream in = ProvinceTemplate.class.getResourceAsStream(EXAMPLE_FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled example template " + EXAMPLE_FILE_NAME);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String fileName() {
        return fileName;
    }

    /** How many placeholders the template holds. */
    public int placeholderCount() {
        return placeholders.size();
    }

    /** The placeholders in the order of the sheets, rows and cells. */
    public List<TemplatePlaceholder> placeholders() {
        return placeholders;
    }

    /**
     * Fills the template with the report and writes it to {@code out} (through a temporary file).
     *
     * @throws UserFacingException naming the cell of a village the register does not have, or when the
     *                             file cannot be written; nothing is written then
     */
    public void fill(IndicatorReport report, ReportHeader header, Path out, Progress progress) {
        try (XSSFWorkbook wb = open(fileName, content)) {
            Filler filler = new Filler(wb, report, header.fields());
            List<Place> places = TemplatePlaces.in(wb);
            long total = places.size() + 1L;
            long done = 0;
            for (Place place : places) {
                progress.checkCancelled();
                filler.fill(place, syntax.scan(place.location(), place.text()));
                progress.update(++done, total);
            }
            if (!filler.problems.isEmpty()) {
                throw new UserFacingException(message(fileName, filler.problems));
            }
            // The province's own formulas (totals, rates) are computed again by Excel when the file opens.
            wb.setForceFormulaRecalculation(true);
            if (wb.getWorkbookType() != XSSFWorkbookType.XLSX) {
                wb.setWorkbookType(XSSFWorkbookType.XLSX); // an .xltx template gives an .xlsx report
            }
            progress.checkCancelled();
            ExportFiles.write(out, temp -> {
                try (OutputStream stream = Files.newOutputStream(temp)) {
                    wb.write(stream);
                }
            });
            progress.update(total, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a workbook read from memory
        }
    }

    // ---------------------------------------------------------------- reading the file

    private static XSSFWorkbook open(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw unreadable(fileName, "tệp rỗng.", null);
        }
        WorkbookKind kind;
        try {
            kind = WorkbookKind.of(() -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw unreadable(fileName, "tệp bị hỏng.", e);
        }
        switch (kind) {
            case PASSWORD_PROTECTED -> throw unreadable(fileName, "tệp được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu "
                    + "(Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại rồi tải lên.", null);
            case OLD_XLS -> throw unreadable(fileName, "tệp là định dạng Excel cũ (.xls). Hãy mở bằng Excel, chọn Lưu "
                    + "thành → Sổ làm việc Excel (.xlsx), rồi tải tệp mới lên.", null);
            case NOT_EXCEL -> throw unreadable(fileName, "đây không phải tệp Excel (.xlsx). Hãy mở mẫu bằng Excel, chọn "
                    + "Lưu thành → Sổ làm việc Excel (.xlsx), rồi tải tệp đó lên.", null);
            case XLSX -> {
                // read below
            }
        }
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception | LinkageError e) {
            throw unreadable(fileName, "tệp bị hỏng hoặc không phải sổ tính Excel (.xlsx) — ví dụ một tệp Word đổi "
                    + "đuôi. Hãy mở thử bằng Excel, lưu lại dạng .xlsx rồi tải lên.", e);
        }
        if (wb.isMacroEnabled()) {
            closeQuietly(wb);
            throw unreadable(fileName, "tệp có macro (.xlsm); báo cáo không được chứa macro. Hãy lưu mẫu thành "
                    + "Sổ làm việc Excel (.xlsx) rồi tải lên.", null);
        }
        return wb;
    }

    private static UserFacingException unreadable(String fileName, String reason, Throwable cause) {
        return new UserFacingException("Tệp mẫu “" + fileName + "” không đọc được: " + reason, cause);
    }

    private static void closeQuietly(XSSFWorkbook wb) {
        try {
            wb.close();
        } catch (IOException e) {
            // read from memory: nothing to release that matters
        }
    }

    /** "Mẫu “x.xlsx”: ô BaoCao!C7: …", or a list of the first {@value #LISTED} places and a count of the rest. */
    private static String message(String fileName, Map<String, List<String>> problems) {
        if (problems.size() == 1) {
            Map.Entry<String, List<String>> only = problems.entrySet().iterator().next();
            return "Mẫu “" + fileName + "”: " + only.getKey() + ": " + String.join(" ", only.getValue()) + ADVICE;
        }
        StringBuilder text = new StringBuilder("Mẫu “" + fileName + "” có " + problems.size() + " chỗ không dùng được:");
        problems.entrySet().stream().limit(LISTED)
                .forEach(e -> text.append("\n- ").append(e.getKey()).append(": ").append(String.join(" ", e.getValue())));
        if (problems.size() > LISTED) {
            text.append("\n- và ").append(problems.size() - LISTED).append(" ô khác.");
        }
        return text.append('\n').append(ADVICE.strip()).toString();
    }

    // ---------------------------------------------------------------- filling

    /** Fills the places of one workbook, collecting what cannot be filled by location. */
    private static final class Filler {

        private final XSSFWorkbook wb;
        private final IndicatorReport report;
        private final Map<String, String> fields;
        private final Map<String, List<String>> problems = new LinkedHashMap<>();
        /** Quote-prefixed copies of the template's styles, one per style. */
        private final Map<Short, XSSFCellStyle> quoted = new HashMap<>();

        Filler(XSSFWorkbook wb, IndicatorReport report, Map<String, String> fields) {
            this.wb = wb;
            this.report = report;
            this.fields = fields;
        }

        void fill(Place place, TemplateSyntax.Scan scan) {
            if (!scan.problems().isEmpty()) {
                // Read with another catalogue than the one the report was computed with.
                problems.put(place.location(), scan.problems());
                return;
            }
            if (scan.spans().isEmpty()) {
                return;
            }
            if (place instanceof CellPlace c && isSingleValue(c, scan)) {
                number(c, scan.spans().get(0).placeholder());
                return;
            }
            List<String> replacements = new ArrayList<>();
            for (TemplateSyntax.Span span : scan.spans()) {
                Optional<String> text = replacement(place.location(), span.placeholder());
                if (text.isEmpty()) {
                    return;
                }
                replacements.add(text.get());
            }
            if (place instanceof CellPlace c) {
                replaceInCell(c, scan.spans(), replacements);
            } else if (place instanceof PagePlace p) {
                // "&" starts a code in a header or footer ("&P" is the page number); "&&" is a plain "&".
                p.set(replace(p.text(), scan.spans(), replacements.stream().map(r -> r.replace("&", "&&")).toList()));
            }
        }

        /** A cell that is one value placeholder and nothing else becomes a number. */
        private static boolean isSingleValue(CellPlace place, TemplateSyntax.Scan scan) {
            TemplatePlaceholder p = scan.spans().get(0).placeholder();
            return scan.spans().size() == 1 && !p.isHeader() && place.text().strip().equals(p.text());
        }

        private void number(CellPlace place, TemplatePlaceholder p) {
            ReportRow row = row(place.location(), p);
            if (row == null) {
                return;
            }
            if (row.value() == null) {
                place.cell().setBlank(); // a rate with a zero denominator: empty, never 0
            } else {
                place.cell().setCellValue(row.value().doubleValue());
            }
        }

        /** The text a placeholder stands for inside other text; empty (with a problem) when unknown. */
        private Optional<String> replacement(String location, TemplatePlaceholder p) {
            if (p.isHeader()) {
                if (!fields.containsKey(p.headerField())) {
                    problem(location, "trường “" + p.headerField() + "” không có trong thông tin báo cáo.");
                    return Optional.empty();
                }
                String value = fields.get(p.headerField());
                return Optional.of(value == null ? "" : value);
            }
            ReportRow row = row(location, p);
            return row == null ? Optional.empty() : Optional.of(numberText(row.value()));
        }

        /** The report row a value placeholder names; null, with a problem, when there is none. */
        private ReportRow row(String location, TemplatePlaceholder p) {
            String village = p.village();
            if (village == null) {
                Optional<ReportRow> row = report.row(p.indicatorId(), p.breakdown());
                if (row.isEmpty()) {
                    problem(location, p.text() + ": báo cáo không có số liệu này (báo cáo được lập theo danh mục chỉ "
                            + "tiêu khác?).");
                }
                return row.orElse(null);
            }
            // Villages are matched as the report matches them: names that fold equal are one village.
            String prefix = p.breakdownBeforeVillage() + "thon=";
            String folded = VietnameseText.fold(village);
            List<String> names = new ArrayList<>();
            for (ReportRow row : report.rowsOf(p.indicatorId())) {
                if (row.breakdown().startsWith(prefix)) {
                    String name = row.breakdown().substring(prefix.length());
                    if (VietnameseText.fold(name).equals(folded)) {
                        return row;
                    }
                    names.add(name);
                }
            }
            problem(location, "thôn “" + village + "” không có trong sổ"
                    + (names.isEmpty() ? "." : " (các thôn: " + String.join(", ", names) + ")."));
            return null;
        }

        private void problem(String location, String text) {
            problems.computeIfAbsent(location, l -> new ArrayList<>()).add(text);
        }

        /**
         * Replaces placeholders inside the text of a cell. The cell stays text, keeps its style and the
         * formatting of its words; text that would read as a formula gets the quote prefix.
         */
        private void replaceInCell(CellPlace place, List<TemplateSyntax.Span> spans, List<String> replacements) {
            XSSFCell cell = place.cell();
            XSSFRichTextString before = cell.getRichStringCellValue();
            String after = replace(before.getString(), spans, replacements);
            if (after.isEmpty()) {
                cell.setBlank();
                return;
            }
            if (before.numFormattingRuns() > 0) {
                cell.setCellValue(formatted(before, spans, replacements));
            } else {
                cell.setCellValue(after);
            }
            if (SpreadsheetText.looksLikeFormula(after) && !cell.getCellStyle().getQuotePrefixed()) {
                cell.setCellStyle(quoted.computeIfAbsent(cell.getCellStyle().getIndex(), i -> {
                    XSSFCellStyle style = wb.createCellStyle();
                    style.cloneStyleFrom(cell.getCellStyle());
                    style.setQuotePrefixed(true);
                    return style;
                }));
            }
        }
    }

    private static String replace(String text, List<TemplateSyntax.Span> spans, List<String> replacements) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < spans.size(); i++) {
            out.append(text, from, spans.get(i).start()).append(replacements.get(i));
            from = spans.get(i).end();
        }
        return out.append(text.substring(from)).toString();
    }

    /**
     * The same replacement on rich text: each piece of the original keeps the font of its run, and a
     * replacement takes the font of its placeholder's first character ("Kỳ báo cáo:" bold, the period not).
     */
    private static XSSFRichTextString formatted(XSSFRichTextString before, List<TemplateSyntax.Span> spans,
                                                List<String> replacements) {
        String text = before.getString();
        XSSFRichTextString after = new XSSFRichTextString();
        int from = 0;
        for (int i = 0; i <= spans.size(); i++) {
            int to = i < spans.size() ? spans.get(i).start() : text.length();
            // The literal text up to the placeholder, run by run.
            int start = from;
            while (start < to) {
                int run = runAt(before, start);
                int end = start + 1;
                while (end < to && runAt(before, end) == run) {
                    end++;
                }
                append(after, text.substring(start, end), run < 0 ? null : before.getFontOfFormattingRun(run));
                start = end;
            }
            if (i < spans.size()) {
                int run = runAt(before, spans.get(i).start());
                append(after, replacements.get(i), run < 0 ? null : before.getFontOfFormattingRun(run));
                from = spans.get(i).end();
            }
        }
        return after;
    }

    /** The formatting run holding the character at {@code index}, or -1 for unformatted text. */
    private static int runAt(XSSFRichTextString text, int index) {
        for (int run = 0; run < text.numFormattingRuns(); run++) {
            int start = text.getIndexOfFormattingRun(run);
            if (index >= start && index < start + text.getLengthOfFormattingRun(run)) {
                return run;
            }
        }
        return -1;
    }

    private static void append(XSSFRichTextString text, String piece, XSSFFont font) {
        if (piece.isEmpty()) {
            return;
        }
        if (font == null) {
            text.append(piece);
        } else {
            text.append(piece, font);
        }
    }

    /** A value inside text, written the Vietnamese way: "1.234", "12,50"; empty for an undefined rate. */
    static String numberText(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        int scale = Math.max(0, value.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }
}
