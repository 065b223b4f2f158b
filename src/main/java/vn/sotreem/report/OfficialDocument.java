package vn.sotreem.report;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.sotreem.domain.common.Confidentiality;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.files.ExportFiles;

/**
 * A Word document in the official style of Nghị định 30/2020 Phụ lục I: A4 portrait, margins 20 mm
 * top and bottom, 30 mm left, 15 mm right; Times New Roman 13–14; the issuing body and the national
 * motto side by side in a borderless table; the date line in italics; a centred bold title;
 * justified body; signature blocks. Every page carries the confidentiality mark in its header and
 * the form's name with the page number in its footer. Empty fields print as dotted lines, as on
 * paper, so that they can be filled in by hand.
 */
final class OfficialDocument {

    static final String FONT = "Times New Roman";
    /** Body, title, motto, date line and signatures. */
    static final int TEXT = 14;
    /** Issuing body, document number, tables, page header and footer. */
    static final int SMALL = 13;
    static final String DOTS = "………………………………";
    static final String SHORT_DOTS = "…………";

    /** Twentieths of a point (twips): 1 mm = 56.7. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1134;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 851;
    private static final int HEADER_DISTANCE = 567;
    /** The width between the margins, 16.5 cm; tables are laid out to it. */
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int FIRST_LINE_INDENT = 567;
    private static final int CELL_MARGIN = 57;

    private final XWPFDocument doc = new XWPFDocument();

    /** @param footer what the footer says before the page number, e.g. "Mẫu số 01 — Vụ việc XH-2026-001" */
    OfficialDocument(String footer) {
        defaults();
        page();
        pageHeader();
        pageFooter(footer);
    }

    /** Times New Roman 14, Vietnamese, single spacing, for everything not set otherwise (empty lines too). */
    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf(TEXT * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(TEXT * 2L));
        run.addNewLang().setVal("vi-VN");
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        doc.createStyles().setStyles(styles);
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }

    private void page() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    /** The confidentiality mark of NĐ 56 Điều 24 on every page, its first word ("MẬT") in bold. */
    private void pageHeader() {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        String mark = Confidentiality.MARK;
        int space = mark.indexOf(' ');
        run(p, space < 0 ? mark : mark.substring(0, space), SMALL).setBold(true);
        if (space >= 0) {
            run(p, mark.substring(space), SMALL);
        }
    }

    private void pageFooter(String text) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text + " — Trang ", SMALL).setItalic(true);
        field(p, "PAGE");
        run(p, "/", SMALL).setItalic(true);
        field(p, "NUMPAGES");
    }

    /** A field (page number, page count) as Word writes it: begin, instruction, separate, value, end. */
    private static void field(XWPFParagraph p, String instruction) {
        run(p, "", SMALL).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, "", SMALL).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        run(p, "", SMALL).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", SMALL).setItalic(true);
        run(p, "", SMALL).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * The top of the page: the issuing body over a short rule and the document number on the left;
     * the national name and motto, then the place and date, on the right.
     */
    void nationalHeader(OfficialNames names, String number, LocalDate date) {
        // 5.9 cm on the left: the national name in 13 pt bold needs the other 10.6 cm on one line.
        int left = 3345;
        Table t = new Table(new int[] {left, TEXT_WIDTH - left}, false);
        XWPFTableRow top = t.row();
        XWPFParagraph body = t.paragraph(top, 0, ParagraphAlignment.CENTER);
        run(body, names.issuingBody(), SMALL).setBold(true);
        rule(t.cell(top, 0).addParagraph(), 1000, 1000);
        XWPFParagraph nation = t.paragraph(top, 1, ParagraphAlignment.CENTER);
        run(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", SMALL).setBold(true);
        XWPFParagraph motto = t.cell(top, 1).addParagraph();
        motto.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun m = run(motto, "Độc lập - Tự do - Hạnh phúc", TEXT);
        m.setBold(true);
        m.setUnderline(UnderlinePatterns.SINGLE);
        XWPFTableRow second = t.row();
        XWPFParagraph no = t.paragraph(second, 0, ParagraphAlignment.CENTER);
        no.setSpacingBefore(120);
        run(no, number, SMALL);
        XWPFParagraph when = t.paragraph(second, 1, ParagraphAlignment.CENTER);
        when.setSpacingBefore(120);
        // Non-breaking spaces: a long place name pushes the whole date to the next line, never "2026" alone.
        run(when, names.placeName() + ", " + formalDate(date).replace(' ', '\u00a0'), TEXT).setItalic(true);
    }

    /** A short horizontal rule: an empty, low paragraph with a bottom border between its indents. */
    private static void rule(XWPFParagraph p, int indentLeft, int indentRight) {
        p.setIndentationLeft(indentLeft);
        p.setIndentationRight(indentRight);
        p.setBorderBottom(Borders.SINGLE);
        // Low enough to sit under the name, high enough that the border clears its letters.
        p.setSpacingBetween(5, LineSpacingRule.EXACT);
    }

    /** "ngày 05 tháng 10 năm 2026" — day and month always on two digits, as NĐ 30 allows. */
    static String formalDate(LocalDate date) {
        if (date == null) {
            return "ngày " + SHORT_DOTS + " tháng " + SHORT_DOTS + " năm " + SHORT_DOTS;
        }
        return String.format("ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The centred bold title, one paragraph, its lines broken where given. */
    void title(String... lines) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(360);
        p.setSpacingAfter(120);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], TEXT);
            r.setBold(true);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    /** A centred italic line under the title. */
    void subtitle(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(120);
        run(p, text, TEXT).setItalic(true);
    }

    /** A bold heading of the body ("A. Thông tin chung", "1. Nguồn nhận thông tin"). */
    void heading(String text) {
        XWPFParagraph p = bodyParagraph();
        keepNext(p);
        p.setSpacingAfter(60);
        run(p, text, TEXT).setBold(true);
    }

    /** A body paragraph; a blank text prints as dots. */
    void text(String text) {
        value(bodyParagraph(), text);
    }

    /** "- label: value", the value dotted when blank. */
    void field(String label, String value) {
        line(label, value);
    }

    /** "- label: value; label: value; …" — pairs of label and value, each value dotted when blank. */
    void line(String... labelsAndValues) {
        pairs("- ", labelsAndValues);
    }

    /** "n. label: value; …", for a numbered list. */
    void numbered(int n, String... labelsAndValues) {
        pairs(n + ". ", labelsAndValues);
    }

    private void pairs(String prefix, String... labelsAndValues) {
        XWPFParagraph p = fieldParagraph();
        run(p, prefix, TEXT);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            run(p, (i == 0 ? "" : "; ") + labelsAndValues[i] + ": ", TEXT);
            value(p, labelsAndValues[i + 1]);
        }
    }

    /** "- text", for a line of a list. */
    void item(String text) {
        XWPFParagraph p = fieldParagraph();
        run(p, "- ", TEXT);
        value(p, text);
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingBefore(80);
        return p;
    }

    /** A line of a form: aligned left, since a dotted blank that wraps would stretch a justified line. */
    private XWPFParagraph fieldParagraph() {
        XWPFParagraph p = bodyParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        return p;
    }

    /** Writes {@code text} with its line breaks kept, or dots when it is blank. */
    private static void value(XWPFParagraph p, String text) {
        if (VietnameseText.isBlank(text)) {
            run(p, DOTS, TEXT);
            return;
        }
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], TEXT);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    /** A bordered table over the text width, its header row bold and repeated on every page. */
    Table table(int[] widths, String... headers) {
        Table t = new Table(widths, true);
        XWPFTableRow row = t.row();
        row.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            t.text(row, i, headers[i], ParagraphAlignment.CENTER).forEach(r -> r.setBold(true));
            row.getCell(i).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
        return t;
    }

    /** A signature block: title lines in bold capitals, the note in italics, room to sign, the name in bold. */
    record Signature(List<String> titles, String note, String name) {
    }

    /** Two signature blocks side by side; a null one leaves its half empty (one signer signs on the right). */
    void signatures(Signature left, Signature right) {
        keepEndWithSignatures();
        keepNext(doc.createParagraph());
        Table t = new Table(new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2}, false);
        XWPFTableRow row = t.row();
        row.setCantSplitRow(true);
        signature(t, row, 0, left);
        signature(t, row, 1, right);
    }

    /**
     * Signatures never stand alone on a page: the last two paragraphs (or the last row of a closing
     * table) move with them.
     */
    private void keepEndWithSignatures() {
        List<IBodyElement> body = doc.getBodyElements();
        for (int i = body.size() - 1, kept = 0; i >= 0 && kept < 2; i--, kept++) {
            if (body.get(i) instanceof XWPFParagraph p) {
                keepNext(p);
            } else if (body.get(i) instanceof XWPFTable t) {
                XWPFTableRow last = t.getRow(t.getNumberOfRows() - 1);
                last.getTableCells().forEach(c -> c.getParagraphs().forEach(OfficialDocument::keepNext));
                break;
            }
        }
    }

    private static void keepNext(XWPFParagraph p) {
        // POI's setKeepNext assumes paragraph properties already exist.
        if (p.getCTP().getPPr() == null) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
    }

    private static void signature(Table t, XWPFTableRow row, int column, Signature s) {
        if (s == null) {
            return;
        }
        XWPFTableCell cell = t.cell(row, column);
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < s.titles().size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, s.titles().get(i), TEXT).setBold(true);
        }
        XWPFParagraph note = cell.addParagraph();
        note.setAlignment(ParagraphAlignment.CENTER);
        run(note, s.note(), TEXT).setItalic(true);
        for (int i = 0; i < 4; i++) {
            cell.addParagraph();
        }
        if (!VietnameseText.isBlank(s.name())) {
            XWPFParagraph name = cell.addParagraph();
            name.setAlignment(ParagraphAlignment.CENTER);
            run(name, s.name().strip(), TEXT).setBold(true);
        }
    }

    static XWPFRun run(XWPFParagraph p, String text, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        if (!text.isEmpty()) {
            r.setText(text);
        }
        return r;
    }

    /** Writes the document to {@code out} through a temporary file; a failure leaves no file. */
    void save(Path out) {
        ExportFiles.write(out, temp -> {
            try (XWPFDocument d = doc; OutputStream stream = Files.newOutputStream(temp)) {
                d.write(stream);
            }
        });
    }

    /** A table of fixed column widths (Word and LibreOffice then agree on the layout), built row by row. */
    final class Table {

        private final XWPFTable table;
        private final int[] widths;
        private boolean fresh = true;

        Table(int[] widths, boolean borders) {
            this.widths = widths;
            table = doc.createTable(1, widths.length);
            table.setWidth(String.valueOf(TEXT_WIDTH));
            table.setTableAlignment(TableRowAlign.CENTER);
            CTTblPr pr = table.getCTTbl().getTblPr();
            (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                    : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
            if (borders) {
                table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
                table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
                table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
                table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
                table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
                table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            } else {
                table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
                table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            }
        }

        /** A new row with its cells sized to the grid. */
        XWPFTableRow row() {
            XWPFTableRow row = fresh ? table.getRow(0) : table.createRow();
            fresh = false;
            for (int i = 0; i < widths.length; i++) {
                XWPFTableCell cell = row.getCell(i);
                cell.setWidth(String.valueOf(widths[i]));
            }
            return row;
        }

        XWPFTableCell cell(XWPFTableRow row, int column) {
            return row.getCell(column);
        }

        /** The cell's first paragraph, aligned. */
        XWPFParagraph paragraph(XWPFTableRow row, int column, ParagraphAlignment alignment) {
            XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
            p.setAlignment(alignment);
            return p;
        }

        /** Writes {@code text} (its line breaks kept) into a cell in the table size; returns the runs. */
        List<XWPFRun> text(XWPFTableRow row, int column, String text, ParagraphAlignment alignment) {
            XWPFParagraph p = paragraph(row, column, alignment);
            String[] lines = text == null ? new String[] {""} : text.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                XWPFRun r = run(p, lines[i], SMALL);
                if (i < lines.length - 1) {
                    r.addBreak();
                }
            }
            return p.getRuns();
        }

        /** A row of cells: each text in the table size, alignments per column. */
        XWPFTableRow add(ParagraphAlignment[] alignments, String... cells) {
            XWPFTableRow row = row();
            row.setCantSplitRow(true);
            for (int i = 0; i < cells.length; i++) {
                text(row, i, cells[i], alignments[i]);
            }
            return row;
        }
    }
}
