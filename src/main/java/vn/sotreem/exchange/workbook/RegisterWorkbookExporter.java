package vn.sotreem.exchange.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.Confidentiality;
import vn.sotreem.domain.child.EthnicGroup;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.child.NameOrder;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.SpreadsheetText;
import vn.sotreem.files.ExportFiles;
import vn.sotreem.storage.RegisterStore;

/**
 * Writes the whole register as a register workbook (sheets {@code TreEm}, {@code HCDB},
 * {@code TroGiup}, {@code TNTT} and, for accounts that may see abuse cases, {@code XamHai}), for hand-over, archive
 * and printing; importing it into an empty register gives the same register back. Every child is
 * written, including those who moved away or died: the register is kept whole. Written with SXSSF
 * (a window of rows in memory) into a temporary file next to the target, then moved into place, so
 * a failure or a cancel leaves no half-written file.
 *
 * <p>Cell forms: codes, ID and phone numbers and all user text are text cells (a text beginning
 * with {@code =}, {@code +}, {@code -} or {@code @} also gets Excel's quote prefix, so editing it in
 * Excel does not turn it into a formula); dates are date cells shown {@code dd/mm/yyyy}; code lists
 * are written as their Vietnamese labels, the ethnic group as its name. An estimated birth date is
 * never written as a known one: {@code ngay_sinh} stays empty, {@code tuoi_uoc_luong} holds the age
 * and {@code ngay_uoc_luong} the day it is counted on (near {@code ngay_nhap}, or the export day),
 * chosen so that the importer's "day minus age" is the stored date exactly
 * ({@link ChildSheet#estimateOf}). How abuse cases
 * become rows of {@code XamHai} is described in {@link AbuseCaseSheet}. {@code TNTT} has one row per
 * injury, by date then child code, the type as its label and yes/no as {@code Có}/{@code Không}.
 */
public final class RegisterWorkbookExporter {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterWorkbookExporter.class);
    private static final int ROWS_IN_MEMORY = 200;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final RegisterStore store;
    private final LocalDate today;

    /** With a fixed "today", the day on which estimated ages are counted when there is no entry date. */
    public RegisterWorkbookExporter(RegisterStore store, LocalDate today) {
        this.store = store;
        this.today = today;
    }

    /** Writes the workbook to {@code out} (via a temporary file, so a failure leaves no half file); returns the number of children. */
    public int export(Path out, Progress progress) {
        store.requireRole(r -> r.canExport(), "Tài khoản chỉ xem không được xuất dữ liệu ra tệp.");
        Path target = out.toAbsolutePath();
        List<Child> children = new ArrayList<>(store.allChildren());
        children.sort(NameOrder.childComparator());
        // Abuse cases only for accounts that may see them (NĐ 56/2017 Điều 24); others get no XamHai sheet.
        List<AbuseCase> abuseCases = store.currentAccount().role().canSeeAbuseDetails()
                ? store.read(tx -> tx.abuseCases()) : null;
        ExportFiles.write(target, temp -> {
            write(temp, children, abuseCases, progress);
            progress.checkCancelled();
        });
        store.audit(AuditAction.EXPORT, "so_theo_doi", target.getFileName().toString(), "Xuất toàn bộ sổ ("
                + children.size() + " trẻ" + (abuseCases == null ? "" : ", " + abuseCases.size() + " vụ việc xâm hại")
                + ") ra tệp " + target.getFileName());
        LOG.info("Exported register workbook with {} children", children.size());
        return children.size();
    }

    private void write(Path temp, List<Child> children, List<AbuseCase> abuseCases, Progress progress) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        boolean written = false;
        try {
            Styles styles = new Styles(workbook);
            // The sheet's columns: one per field, then the day of an estimated age (null).
            List<ChildField> fields = ChildSheet.columnList().stream().map(column -> Arrays.stream(ChildField.values())
                    .filter(f -> f.key().equals(column.key())).findFirst().orElse(null)).toList();
            SXSSFSheet sheet = startSheet(workbook, ChildSheet.NAME,
                    ChildSheet.columnList().stream().map(SheetColumn::label).toList(),
                    fields.stream().map(RegisterWorkbookExporter::width).toList(), styles);
            int r = 1;
            for (Child child : children) {
                progress.checkCancelled();
                Row row = sheet.createRow(r++);
                ChildSheet.Estimate estimate = child.isBirthDateEstimated() && child.getBirthDate() != null
                        ? ChildSheet.estimateOf(child.getBirthDate(), child.getEntryDate() != null ? child.getEntryDate() : today)
                        : null;
                for (int i = 0; i < fields.size(); i++) {
                    if (fields.get(i) == null) {
                        date(row, i, estimate == null ? null : estimate.on(), styles);
                    } else {
                        writeCell(row, i, fields.get(i), child, estimate, styles);
                    }
                }
                progress.update(r - 1, children.size());
            }
            writeHcdb(workbook, children, styles, progress);
            if (abuseCases != null) {
                writeAbuseCases(workbook, abuseCases, children, styles, progress);
            }
            writeInjuries(workbook, children, styles, progress);
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            written = true;
        } finally {
            if (!written) {
                // close() cannot dispose rows still in memory (POI logs a stack trace): flush them first.
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    try {
                        workbook.getSheetAt(i).flushRows();
                    } catch (IOException e) {
                        LOG.debug("Flushing rows of a cancelled export failed: {}", e.toString());
                    }
                }
            }
            workbook.close(); // also removes SXSSF's own temporary files, which hold names in clear text
        }
    }

    /**
     * A sheet with its bold, frozen, filtered header row, column widths and print setup. A column
     * is never narrower than its bold header and the filter button, so no header is cut off.
     */
    /** Room for the bold face and the filter button of a header cell, in characters. */
    private static final int HEADER_EXTRA_CHARS = 5;

    private static SXSSFSheet startSheet(SXSSFWorkbook workbook, String name, List<String> labels, List<Integer> widths,
                                         Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.max(widths.get(i), labels.get(i).length() + HEADER_EXTRA_CHARS) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, labels.size() - 1));
        preparePrinting(sheet);
        return sheet;
    }

    /** Sheets HCDB and TroGiup, in the children's order, each child's rows oldest first. */
    private void writeHcdb(SXSSFWorkbook workbook, List<Child> children, Styles styles, Progress progress) {
        Map<Long, Integer> order = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        for (int i = 0; i < children.size(); i++) {
            order.put(children.get(i).getId(), i);
            codes.put(children.get(i).getId(), children.get(i).getCode());
        }
        List<Membership> memberships = new ArrayList<>(store.read(tx -> tx.memberships(null)));
        memberships.sort(Comparator.comparing((Membership m) -> order.getOrDefault(m.childId(), Integer.MAX_VALUE))
                .thenComparing(Membership::fromDate));
        SXSSFSheet hcdb = startSheet(workbook, MembershipSheet.NAME,
                MembershipSheet.COLUMNS.stream().map(SheetColumn::label).toList(), MembershipSheet.widths(), styles);
        int r = 1;
        for (Membership m : memberships) {
            progress.checkCancelled();
            cells(hcdb.createRow(r++), MembershipSheet.cells(m, codes::get), styles);
        }
        List<Support> supports = new ArrayList<>(store.read(tx -> tx.supports(null)));
        supports.sort(Comparator.comparing((Support s) -> order.getOrDefault(s.childId(), Integer.MAX_VALUE))
                .thenComparing(Support::date));
        SXSSFSheet help = startSheet(workbook, SupportSheet.NAME,
                SupportSheet.COLUMNS.stream().map(SheetColumn::label).toList(), SupportSheet.widths(), styles);
        r = 1;
        for (Support s : supports) {
            progress.checkCancelled();
            cells(help.createRow(r++), SupportSheet.cells(s, codes::get), styles);
        }
    }

    /** Sheet XamHai: one row per victim, cases in order of receipt (see {@link AbuseCaseSheet}). */
    private void writeAbuseCases(SXSSFWorkbook workbook, List<AbuseCase> abuseCases, List<Child> children, Styles styles,
                                 Progress progress) {
        Map<Long, String> codes = new HashMap<>();
        children.forEach(c -> codes.put(c.getId(), c.getCode()));
        SXSSFSheet sheet = startSheet(workbook, AbuseCaseSheet.NAME,
                AbuseCaseSheet.COLUMNS.stream().map(SheetColumn::label).toList(),
                List.of(14, 12, 12, 12, 10, 34, 24, 30, 14, 26, 14, 36), styles);
        int r = 1;
        for (AbuseCase c : abuseCases) {
            for (AbuseCaseSheet.Row v : AbuseCaseSheet.rowsOf(c, codes::get)) {
                progress.checkCancelled();
                Row row = sheet.createRow(r++);
                text(row, 0, v.caseCode(), styles);
                text(row, 1, v.childCode(), styles);
                date(row, 2, v.occurredOn(), styles);
                date(row, 3, v.receivedOn(), styles);
                text(row, 4, v.receivedTime() == null ? null : v.receivedTime().format(HOUR), styles);
                text(row, 5, AbuseCaseSheet.formsText(v.forms(), v.subForms()), styles);
                text(row, 6, label(v.setting()), styles);
                text(row, 7, label(v.relation()), styles);
                text(row, 8, v.supported() ? "Có" : "Không", styles);
                text(row, 9, label(v.handling()), styles);
                if (v.fine() != null) {
                    row.createCell(10).setCellValue(v.fine());
                }
                text(row, 11, v.note(), styles);
            }
        }
    }

    /** Sheet TNTT: one row per injury, by date then child code (see {@link InjurySheet}). */
    private void writeInjuries(SXSSFWorkbook workbook, List<Child> children, Styles styles, Progress progress) {
        Map<Long, String> codes = new HashMap<>();
        children.forEach(c -> codes.put(c.getId(), c.getCode()));
        List<Injury> injuries = new ArrayList<>(store.read(tx -> tx.injuries(null)));
        injuries.sort(Comparator.comparing(Injury::date)
                .thenComparing(i -> codes.get(i.childId()), Comparator.nullsLast(Comparator.naturalOrder())));
        SXSSFSheet sheet = startSheet(workbook, InjurySheet.NAME,
                InjurySheet.COLUMNS.stream().map(SheetColumn::label).toList(), InjurySheet.widths(), styles);
        int r = 1;
        for (Injury i : injuries) {
            progress.checkCancelled();
            cells(sheet.createRow(r++), InjurySheet.cells(i, codes::get), styles);
        }
    }

    /**
     * A printed register is personal data of children: landscape, one page wide, the header row on
     * every page, and the confidentiality mark NĐ 56/2017 Điều 24 asks for on every page.
     */
    public static void preparePrinting(SXSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getHeader().setCenter(Confidentiality.MARK);
        sheet.getFooter().setRight("Trang &P / &N");
    }

    /** {@code estimate}: how the child's estimated birth date is written, null for a known date. */
    private void writeCell(Row row, int column, ChildField field, Child child, ChildSheet.Estimate estimate, Styles styles) {
        switch (field) {
            case CODE -> text(row, column, child.getCode(), styles);
            case FULL_NAME -> text(row, column, child.getFullName(), styles);
            case BIRTH_DATE -> date(row, column, estimate == null ? child.getBirthDate() : null, styles);
            case ESTIMATED_AGE -> {
                if (estimate != null) {
                    row.createCell(column).setCellValue(estimate.years());
                }
            }
            case SEX -> text(row, column, label(child.getSex()), styles);
            case ETHNICITY -> text(row, column, child.getEthnicCode() == null ? null
                    : EthnicGroup.byCode(child.getEthnicCode()).map(EthnicGroup::label).orElse(child.getEthnicCode()), styles);
            case PERSONAL_ID -> text(row, column, child.getPersonalId(), styles);
            case VILLAGE -> text(row, column, child.getVillage(), styles);
            case POVERTY -> text(row, column, label(child.getPoverty()), styles);
            case FATHER_NAME -> text(row, column, child.getFatherName(), styles);
            case MOTHER_NAME -> text(row, column, child.getMotherName(), styles);
            case CAREGIVER_NAME -> text(row, column, child.getCaregiverName(), styles);
            case PHONE -> text(row, column, child.getPhone(), styles);
            case STATUS -> text(row, column, label(child.getStatus()), styles);
            case STATUS_DATE -> date(row, column, child.getStatusDate(), styles);
            case ENTRY_DATE -> date(row, column, child.getEntryDate(), styles);
            case NOTE -> text(row, column, child.getNote(), styles);
        }
    }

    private static String label(Coded value) {
        return value == null ? null : value.label();
    }

    /** A row's cells from a sheet's {@code cells}: dates, whole numbers and texts. */
    private static void cells(Row row, List<Object> cells, Styles styles) {
        for (int column = 0; column < cells.size(); column++) {
            Object value = cells.get(column);
            if (value instanceof LocalDate day) {
                date(row, column, day, styles);
            } else if (value instanceof Long number) {
                row.createCell(column).setCellValue(number);
            } else {
                text(row, column, (String) value, styles);
            }
        }
    }

    /** A text cell (never a formula); formula-like text also gets the quote prefix. */
    private static void text(Row row, int column, String value, Styles styles) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(SpreadsheetText.looksLikeFormula(value) ? styles.quotedText : styles.text);
    }

    private static void date(Row row, int column, LocalDate value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
    }

    /** A column's width in characters; {@code null}: the day of an estimated age. */
    private static Integer width(ChildField field) {
        if (field == null) {
            return 14;
        }
        return switch (field) {
            case CODE, BIRTH_DATE, SEX, ENTRY_DATE -> 12;
            case ESTIMATED_AGE, ETHNICITY, PHONE -> 14;
            case PERSONAL_ID, POVERTY, STATUS_DATE -> 18;
            case VILLAGE, STATUS -> 22;
            case FULL_NAME, FATHER_NAME, MOTHER_NAME, CAREGIVER_NAME -> 26;
            case NOTE -> 40;
        };
    }

    /** The few cell styles of the sheet (a workbook allows a limited number, so they are shared). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle quotedText;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            header = ExcelStyles.header(workbook);
            text = ExcelStyles.text(workbook, false, false);
            quotedText = ExcelStyles.text(workbook, true, false);
            date = ExcelStyles.date(workbook, "dd/mm/yyyy");
        }
    }
}
