package vn.sotreem.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.child.AgeBand;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.files.ExportFiles;

/**
 * Builds the example province template shipped as {@code mau-bao-cao-tinh-vi-du.xlsx}: one sheet
 * "BaoCao" in the official style (Times New Roman 13, national heading, bordered tables, signature
 * blocks) using every kind of placeholder. Run {@link #main} to write the resource again after a
 * change; {@code ProvinceTemplateExampleTest} fails while the checked-in file differs from it.
 */
final class TemplateExampleGenerator {

    static final Path RESOURCE = Path.of("src/main/resources/vn/sotreem/report", ProvinceTemplate.EXAMPLE_FILE_NAME);

    private static final String FONT = "Times New Roman";
    /** Columns A–I: STT, the row's label, then seven numbers. */
    private static final int LAST = 8;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final XSSFSheet sheet = wb.createSheet("BaoCao");
    private final XSSFCellStyle plain = style(false, false, false, HorizontalAlignment.LEFT, false);
    private final XSSFCellStyle centre = style(false, false, false, HorizontalAlignment.CENTER, false);
    private final XSSFCellStyle bold = style(true, false, false, HorizontalAlignment.CENTER, false);
    private final XSSFCellStyle boldLeft = style(true, false, false, HorizontalAlignment.LEFT, false);
    private final XSSFCellStyle motto = style(true, false, true, HorizontalAlignment.CENTER, false);
    private final XSSFCellStyle italic = style(false, true, false, HorizontalAlignment.CENTER, false);
    private final XSSFCellStyle italicLeft = style(false, true, false, HorizontalAlignment.LEFT, false);
    private final XSSFCellStyle head = style(true, false, false, HorizontalAlignment.CENTER, true);
    private final XSSFCellStyle label = style(false, false, false, HorizontalAlignment.LEFT, true);
    private final XSSFCellStyle labelBold = style(true, false, false, HorizontalAlignment.LEFT, true);
    private final XSSFCellStyle number = number(false, "#,##0");
    private final XSSFCellStyle numberBold = number(true, "#,##0");
    private final XSSFCellStyle rate = number(false, "0.00");
    private final XSSFCellStyle empty = style(false, false, false, HorizontalAlignment.CENTER, true);
    private int row;

    public static void main(String[] args) {
        byte[] bytes = build();
        ExportFiles.write(RESOURCE, temp -> Files.write(temp, bytes));
        System.out.println("Wrote " + RESOURCE.toAbsolutePath());
    }

    /** The example template's bytes. */
    static byte[] build() {
        TemplateExampleGenerator g = new TemplateExampleGenerator();
        g.layout();
        try (XSSFWorkbook wb = g.wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void layout() {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        for (int c = 2; c <= LAST; c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        heading();
        children();
        abuse();
        injuries();
        signatures();
        page();
    }

    /** Issuing body and national motto side by side, the date line, the title, period and recipient. */
    private void heading() {
        XSSFRow r = next();
        merged(r, 0, 2, "UBND {{ten_xa}}", bold);
        merged(r, 4, LAST, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold);
        r = next();
        merged(r, 0, 2, "Số: ……/BC-UBND", centre);
        merged(r, 4, LAST, "Độc lập - Tự do - Hạnh phúc", motto);
        r = next();
        merged(r, 4, LAST, "Ngày lập báo cáo: {{ngay_lap}}", italic);
        next();
        r = next();
        r.setHeightInPoints(20);
        merged(r, 0, LAST, "BÁO CÁO SỐ LIỆU VỀ TRẺ EM", bold);
        merged(next(), 0, LAST, "Kỳ báo cáo: {{ten_ky}}", bold);
        merged(next(), 0, LAST, "(Từ ngày {{tu_ngay}} đến ngày {{den_ngay}})", italic);
        merged(next(), 0, LAST, "Kính gửi: {{noi_nhan}}", centre);
        r = next();
        r.setHeightInPoints(36);
        merged(r, 0, LAST, "Độ mật: {{do_mat}}", style(false, true, false, HorizontalAlignment.CENTER, false, true));
        next();
    }

    /** Table I: children, HCĐB, victims and injuries by sex and age band. */
    private void children() {
        section("I. TRẺ EM, TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT, BỊ XÂM HẠI, BỊ TAI NẠN THƯƠNG TÍCH");
        XSSFRow top = next();
        XSSFRow sub = next();
        head(top, sub, 0, "STT");
        head(top, sub, 1, "Chỉ tiêu");
        head(top, sub, 2, "Tổng số");
        group(top, sub, 3, "Giới tính", List.of("Nam", "Nữ"));
        group(top, sub, 5, "Nhóm tuổi", List.of(AgeBand.values()).stream().map(AgeBand::label).toList());
        sub.setHeightInPoints(36);
        String[][] rows = {
            {"Số trẻ em dưới 16 tuổi đang sống trên địa bàn (cuối kỳ)", "tre_em.so_luong"},
            {"Số trẻ em có hoàn cảnh đặc biệt (cuối kỳ)", "hcdb.so_tre"},
            {"Số trẻ em bị xâm hại trong kỳ", "xam_hai.so_tre"},
            {"Số trẻ em bị tai nạn, thương tích trong kỳ", "tntt.so_tre"},
        };
        int n = 0;
        for (String[] line : rows) {
            XSSFRow r = next();
            text(r, 0, String.valueOf(++n), empty);
            text(r, 1, line[0], label);
            value(r, 2, line[1], "", number);
            value(r, 3, line[1], "gioi_tinh=nam", number);
            value(r, 4, line[1], "gioi_tinh=nu", number);
            for (AgeBand band : AgeBand.values()) {
                value(r, 5 + band.ordinal(), line[1], "nhom_tuoi=" + band.code(), number);
            }
        }
        XSSFRow r = next();
        text(r, 0, String.valueOf(++n), empty);
        text(r, 1, "Tỷ lệ trẻ em có hoàn cảnh đặc biệt (%)", label);
        value(r, 2, "hcdb.ty_le", "", rate);
        blanks(r, 3, LAST);
        r = next();
        text(r, 0, String.valueOf(++n), empty);
        text(r, 1, "Số trẻ em có hoàn cảnh đặc biệt được trợ giúp trong kỳ", label);
        value(r, 2, "hcdb.duoc_tro_giup", "", number);
        value(r, 3, "hcdb.duoc_tro_giup", "gioi_tinh=nam", number);
        value(r, 4, "hcdb.duoc_tro_giup", "gioi_tinh=nu", number);
        blanks(r, 5, LAST);
        next();
    }

    /** Table II: cases and victims by form of abuse. */
    private void abuse() {
        section("II. XÂM HẠI TRẺ EM THEO HÌNH THỨC");
        XSSFRow h = next();
        h.setHeightInPoints(20);
        text(h, 0, "STT", head);
        text(h, 1, "Hình thức xâm hại", head);
        text(h, 2, "Số vụ", head);
        text(h, 3, "Số trẻ em", head);
        int n = 0;
        for (AbuseForm form : AbuseForm.values()) {
            XSSFRow r = next();
            text(r, 0, String.valueOf(++n), empty);
            text(r, 1, form.label(), label);
            value(r, 2, "xam_hai.so_vu", "hinh_thuc=" + form.code(), number);
            value(r, 3, "xam_hai.so_tre", "hinh_thuc=" + form.code(), number);
        }
        XSSFRow total = next();
        text(total, 0, "", empty);
        text(total, 1, "Tổng số", labelBold);
        value(total, 2, "xam_hai.so_vu", "", numberBold);
        value(total, 3, "xam_hai.so_tre", "", numberBold);
        merged(next(), 0, LAST, "Ghi chú: một vụ, một trẻ em có thể có nhiều hình thức nên tổng số có thể nhỏ hơn "
                + "cộng các dòng.", italicLeft);
        next();
    }

    /** Table III: injured and dead children by type of injury and sex, in the order of the injury form. */
    private void injuries() {
        section("III. TAI NẠN, THƯƠNG TÍCH TRẺ EM THEO LOẠI");
        XSSFRow top = next();
        XSSFRow sub = next();
        head(top, sub, 0, "STT");
        head(top, sub, 1, "Loại tai nạn, thương tích");
        group(top, sub, 2, "Số trẻ em bị TNTT (mắc)", List.of("Tổng", "Nam", "Nữ"));
        group(top, sub, 5, "Số trẻ em tử vong", List.of("Tổng", "Nam", "Nữ"));
        for (InjuryType type : InjuryType.values()) {
            XSSFRow r = next();
            text(r, 0, type.code(), empty);
            text(r, 1, type.label(), label);
            injuryRow(r, "loai=" + type.code(), number);
        }
        XSSFRow total = next();
        text(total, 0, "", empty);
        text(total, 1, "Tổng số", labelBold);
        injuryRow(total, "", numberBold);
        next();
    }

    private void injuryRow(XSSFRow r, String cut, XSSFCellStyle style) {
        String[] ids = {"tntt.so_tre", "tntt.tu_vong"};
        for (int i = 0; i < ids.length; i++) {
            int c = 2 + 3 * i;
            value(r, c, ids[i], cut, style);
            value(r, c + 1, ids[i], join(cut, "gioi_tinh=nam"), style);
            value(r, c + 2, ids[i], join(cut, "gioi_tinh=nu"), style);
        }
    }

    private static String join(String cut, String more) {
        return cut.isEmpty() ? more : cut + ";" + more;
    }

    /** The preparer on the left, the chairman on the right, room to sign between title and name. */
    private void signatures() {
        XSSFRow r = next();
        merged(r, 0, 2, "NGƯỜI LẬP BIỂU", bold);
        merged(r, 4, LAST, "TM. ỦY BAN NHÂN DÂN", bold);
        r = next();
        merged(r, 0, 2, "(Ký, ghi rõ họ tên)", italic);
        merged(r, 4, LAST, "CHỦ TỊCH", bold);
        r = next();
        merged(r, 4, LAST, "(Ký tên, đóng dấu)", italic);
        next();
        next();
        next();
        r = next();
        merged(r, 0, 2, "{{nguoi_lap}}", bold);
        merged(r, 4, LAST, "{{chu_tich}}", bold);
    }

    /** A4 landscape, one page wide, the catalogue version and page number in the footer. */
    private void page() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(XSSFSheet.LeftMargin, 0.6);
        sheet.setMargin(XSSFSheet.RightMargin, 0.4);
        sheet.setMargin(XSSFSheet.TopMargin, 0.6);
        sheet.setMargin(XSSFSheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("&\"Times New Roman,Italic\"&10Mẫu chỉ tiêu {{phien_ban_mau}} — Trang &P/&N");
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }

    private void section(String title) {
        XSSFRow r = next();
        merged(r, 0, LAST, title, boldLeft);
    }

    private void head(XSSFRow top, XSSFRow sub, int column, String text) {
        text(top, column, text, head);
        text(sub, column, "", head);
        sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), sub.getRowNum(), column, column));
    }

    private void group(XSSFRow top, XSSFRow sub, int first, String title, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            text(top, first + i, i == 0 ? title : "", head);
            text(sub, first + i, columns.get(i), head);
        }
        sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), top.getRowNum(), first, first + columns.size() - 1));
    }

    private void value(XSSFRow r, int column, String id, String cut, XSSFCellStyle style) {
        text(r, column, "{{" + id + (cut.isEmpty() ? "" : "|" + cut) + "}}", style);
    }

    private void blanks(XSSFRow r, int from, int to) {
        for (int c = from; c <= to; c++) {
            text(r, c, "", empty);
        }
    }

    private static void text(XSSFRow r, int column, String text, XSSFCellStyle style) {
        XSSFCell cell = r.createCell(column);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private void merged(XSSFRow r, int first, int last, String text, XSSFCellStyle style) {
        for (int c = first; c <= last; c++) {
            text(r, c, c == first ? text : "", style);
        }
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), first, last));
        }
    }

    private XSSFRow next() {
        XSSFRow r = sheet.createRow(row++);
        r.setHeightInPoints(18);
        return r;
    }

    private XSSFCellStyle style(boolean isBold, boolean isItalic, boolean underline, HorizontalAlignment align,
                                boolean border) {
        return style(isBold, isItalic, underline, align, border, false);
    }

    private XSSFCellStyle style(boolean isBold, boolean isItalic, boolean underline, HorizontalAlignment align,
                                boolean border, boolean wrap) {
        XSSFFont font = wb.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) 13);
        font.setBold(isBold);
        font.setItalic(isItalic);
        if (underline) {
            font.setUnderline(XSSFFont.U_SINGLE);
        }
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(border || wrap);
        if (border && align == HorizontalAlignment.LEFT) {
            s.setIndention((short) 1);
        }
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    private XSSFCellStyle number(boolean isBold, String format) {
        XSSFCellStyle s = style(isBold, false, false, HorizontalAlignment.CENTER, true);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }
}
