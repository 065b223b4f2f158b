package vn.sotreem.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.report.DisaggregationKey;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.ReportHeader;
import vn.sotreem.domain.report.ReportRow;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.report.ReportSheetStyles.Style;

/**
 * The human sheets of the indicator workbook: {@code TongHop} (every indicator's total), {@code HCDB}
 * and {@code XamHai} (their indicators with each breakdown), and {@code TNTT} in the layout of the
 * injury report form (QĐ 234/QĐ-TTg phụ lục 1). Rows and labels come from the report and the code
 * lists, so a new indicator of the catalogue appears without a change here.
 */
final class ReportSheetLayouts {

    static final String SUMMARY = "TongHop";
    static final String HCDB = "HCDB";
    static final String ABUSE = "XamHai";
    static final String INJURIES = "TNTT";

    static final String INJURED = "tntt.so_tre";
    static final String DIED = "tntt.tu_vong";

    /**
     * STT | Chỉ tiêu (two columns merged) | Đơn vị | Giá trị; the heading's halves meet at column C.
     * 71 units fill a portrait A4 page at 100 %: the text prints in 13 pt, as NĐ 30 asks.
     */
    private static final double[] LIST_WIDTHS = {5, 21, 22, 13, 10};
    private static final int LIST_SPLIT = 2;
    /**
     * Mã số | Loại | then a pair of columns, Mắc and Tử vong, for each column of the form: 122 units,
     * printed on one landscape page at about 85 %.
     */
    private static final double CODE_WIDTH = 4;
    private static final double TYPE_WIDTH = 18;
    private static final double PAIR_WIDTH = 5;
    private static final int INJURY_SPLIT = 6;

    private static final Style HEAD = Style.TEXT.bolded().center().bordered();
    private static final Style CELL = Style.TEXT.middle().bordered();
    private static final Style NUMBER = Style.TEXT.bordered().number(ReportSheetStyles.COUNT_FORMAT);

    private final SXSSFWorkbook workbook;
    private final ReportSheetStyles styles;
    private final IndicatorReport report;
    private final ReportHeader header;
    private final List<IndicatorWorkbook.NumberCell> numbers;

    ReportSheetLayouts(SXSSFWorkbook workbook, ReportSheetStyles styles, IndicatorReport report, ReportHeader header,
                       List<IndicatorWorkbook.NumberCell> numbers) {
        this.workbook = workbook;
        this.styles = styles;
        this.report = report;
        this.header = header;
        this.numbers = numbers;
    }

    /** {@code TongHop}: one row per indicator that has a total, in report order. */
    void summary() {
        ReportSheet s = listSheet(SUMMARY, "BÁO CÁO SỐ LIỆU TRẺ EM");
        int n = 0;
        for (String id : indicatorIds("")) {
            ReportRow total = report.row(id, "").orElse(null);
            if (total == null) {
                continue; // a count by group only (hcdb.theo_nhom): its groups overlap, there is no total
            }
            int r = s.newRow();
            s.text(r, 0, 0, String.valueOf(++n), CELL.center());
            s.text(r, 1, 2, total.indicatorName(), CELL);
            s.text(r, 3, 3, total.unit(), CELL.center());
            s.number(r, 4, report, id, "", NUMBER);
        }
        s.finish(header, List.of("Ghi chú: số trẻ em đang sinh sống trên địa bàn và số trẻ em có hoàn cảnh đặc biệt "
                + "tính tại ngày " + DateText.format(header.period().to()) + "; các chỉ tiêu khác tính theo sự việc "
                + "xảy ra trong kỳ báo cáo. Số liệu chi tiết ở trang tính DuLieu."));
    }

    /** {@code HCDB}: the indicators of children in special circumstances, with their breakdowns. */
    void hcdb() {
        ReportSheet s = listSheet(HCDB, "BÁO CÁO SỐ LIỆU TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT");
        blocks(s, "hcdb.");
        s.finish(header, List.of("Ghi chú: một trẻ em thuộc nhiều nhóm hoàn cảnh đặc biệt được tính ở mỗi nhóm "
                + "(Luật Trẻ em Điều 10)."));
    }

    /** {@code XamHai}: the indicators of abuse, with their breakdowns. */
    void abuse() {
        ReportSheet s = listSheet(ABUSE, "BÁO CÁO SỐ LIỆU TRẺ EM BỊ XÂM HẠI");
        blocks(s, "xam_hai.");
        s.finish(header, List.of("Ghi chú: một trẻ em (một vụ việc) có nhiều hình thức xâm hại được tính một lần ở "
                + "tổng số và một lần ở mỗi hình thức; tuổi tính tại ngày xảy ra vụ việc."));
    }

    private ReportSheet listSheet(String name, String title) {
        ReportSheet s = new ReportSheet(workbook, styles, name, LIST_WIDTHS, LIST_SPLIT, ReportSheet.Paper.PORTRAIT,
                numbers);
        s.heading(header, title);
        int head = s.newRow();
        s.text(head, 0, 0, "STT", HEAD);
        s.text(head, 1, 2, "Chỉ tiêu", HEAD);
        s.text(head, 3, 3, "Đơn vị", HEAD);
        s.text(head, 4, 4, "Giá trị", HEAD);
        s.fitLines(head, 1);
        s.repeatRows(head, head);
        return s;
    }

    /**
     * Each indicator whose id starts with {@code prefix}: a numbered row with its total, then each
     * breakdown by one key under "Chia theo …". Cross breakdowns stay in DuLieu.
     */
    private void blocks(ReportSheet s, String prefix) {
        int n = 0;
        for (String id : indicatorIds(prefix)) {
            List<ReportRow> rows = report.rowsOf(id);
            ReportRow first = rows.get(0);
            boolean hasTotal = report.row(id, "").isPresent();
            int r = s.newRow();
            s.text(r, 0, 0, String.valueOf(++n), CELL.center().bolded());
            s.text(r, 1, 2, first.indicatorName(), CELL.bolded());
            s.text(r, 3, 3, first.unit(), CELL.center());
            if (hasTotal) {
                s.number(r, 4, report, id, "", NUMBER.bolded());
            } else {
                s.blank(r, 4, 4, CELL);
            }
            for (Map.Entry<DisaggregationKey, List<ReportRow>> cut : singleKeyCuts(rows).entrySet()) {
                DisaggregationKey key = cut.getKey();
                if (hasTotal) {
                    int h = s.newRow();
                    s.blank(h, 0, 0, CELL);
                    s.text(h, 1, 2, "Chia theo " + lowerFirst(key.label()) + ":", CELL.italicized());
                    s.blank(h, 3, 3, CELL);
                    s.blank(h, 4, 4, CELL);
                }
                for (ReportRow row : cut.getValue()) {
                    String code = row.breakdown().substring(key.key().length() + 1);
                    int v = s.newRow();
                    s.blank(v, 0, 0, CELL);
                    String label = key == DisaggregationKey.NHOM ? code + ". " + key.valueLabel(code)
                            : "- " + key.valueLabel(code);
                    s.text(v, 1, 2, label, CELL);
                    s.text(v, 3, 3, row.unit(), CELL.center());
                    s.number(v, 4, report, id, row.breakdown(), NUMBER);
                }
            }
        }
    }

    /** The rows of one-key breakdowns ({@code gioi_tinh=nu}), grouped by key in report order. */
    private static Map<DisaggregationKey, List<ReportRow>> singleKeyCuts(List<ReportRow> rows) {
        Map<DisaggregationKey, List<ReportRow>> cuts = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            String b = row.breakdown();
            if (b.isEmpty() || b.contains(";") || !b.contains("=")) {
                continue;
            }
            DisaggregationKey.byKey(b.substring(0, b.indexOf('=')))
                    .ifPresent(key -> cuts.computeIfAbsent(key, k -> new ArrayList<>()).add(row));
        }
        return cuts;
    }

    /** The ids of the report's indicators starting with {@code prefix}, in report order. */
    private List<String> indicatorIds(String prefix) {
        Set<String> ids = new LinkedHashSet<>();
        for (ReportRow row : report.rows()) {
            if (row.indicatorId().startsWith(prefix)) {
                ids.add(row.indicatorId());
            }
        }
        return List.copyOf(ids);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(OfficialNames.VIETNAMESE) + text.substring(1);
    }

    /** A column of the injury form: its label and the breakdown it adds to a type's ("" for the total). */
    private record FormColumn(String label, String breakdown) {
    }

    /** A group of columns under one heading ("Giới tính": Nam, Nữ); a null heading spans both header rows. */
    private record FormGroup(String heading, List<FormColumn> columns) {
    }

    private static List<FormGroup> injuryColumns() {
        List<FormGroup> groups = new ArrayList<>();
        groups.add(new FormGroup(null, List.of(new FormColumn("Tổng số", ""))));
        // The form has only Nam and Nữ; a child of unknown sex counts in the total only.
        groups.add(new FormGroup("Giới tính", List.of(Sex.MALE, Sex.FEMALE).stream()
                .map(sex -> column(DisaggregationKey.GIOI_TINH, sex.code())).toList()));
        groups.add(group("Nhóm tuổi", DisaggregationKey.NHOM_TUOI));
        groups.add(group("Địa điểm xảy ra", DisaggregationKey.DIA_DIEM));
        return groups;
    }

    private static FormGroup group(String heading, DisaggregationKey key) {
        return new FormGroup(heading, key.codes(List.of()).stream().map(code -> column(key, code)).toList());
    }

    private static FormColumn column(DisaggregationKey key, String code) {
        return new FormColumn(key.valueLabel(code), key.key() + "=" + code);
    }

    /**
     * {@code TNTT}: rows 01–11 (one per type) and Tổng số; for the total and each column of the form,
     * "Mắc" ({@code tntt.so_tre}) and "Tử vong" ({@code tntt.tu_vong}). The Tổng số row is the
     * report's own total, not the sum of the rows above: a child injured by two types counts once.
     */
    void injuries() {
        List<FormGroup> groups = injuryColumns();
        List<FormColumn> columns = groups.stream().flatMap(g -> g.columns().stream()).toList();
        double[] widths = new double[2 + 2 * columns.size()];
        widths[0] = CODE_WIDTH;
        widths[1] = TYPE_WIDTH;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = PAIR_WIDTH;
        }
        ReportSheet s = new ReportSheet(workbook, styles, INJURIES, widths, INJURY_SPLIT,
                ReportSheet.Paper.LANDSCAPE_ONE_PAGE, numbers);
        s.heading(header, "BÁO CÁO TÌNH HÌNH TAI NẠN, THƯƠNG TÍCH TRẺ EM");

        int groupRow = s.newRow();
        int labelRow = s.newRow();
        int pairRow = s.newRow();
        s.block(groupRow, pairRow, 0, 0, "Mã số", HEAD);
        s.block(groupRow, pairRow, 1, 1, "Loại tai nạn, thương tích", HEAD);
        int c = 2;
        for (FormGroup g : groups) {
            int width = 2 * g.columns().size();
            if (g.heading() != null) {
                s.block(groupRow, groupRow, c, c + width - 1, g.heading(), HEAD);
            }
            for (FormColumn col : g.columns()) {
                if (g.heading() == null) {
                    s.block(groupRow, labelRow, c, c + 1, col.label(), HEAD);
                } else {
                    s.block(labelRow, labelRow, c, c + 1, col.label(), HEAD);
                }
                s.block(pairRow, pairRow, c, c, "Mắc", HEAD);
                s.block(pairRow, pairRow, c + 1, c + 1, "Tử vong", HEAD);
                c += 2;
            }
        }
        s.fitLines(groupRow, 1);
        s.fitLines(labelRow, 2);
        s.fitLines(pairRow, 2);
        s.repeatRows(groupRow, pairRow);

        DisaggregationKey type = DisaggregationKey.LOAI;
        for (String code : type.codes(List.of())) {
            // loai is the first key of phan_to, so it goes in front of the column's own key.
            injuryRow(s, columns, code, type.valueLabel(code), "loai=" + code, false);
        }
        injuryRow(s, columns, "", "Tổng số", "", true);

        List<String> notes = new ArrayList<>();
        notes.add("Ghi chú: Mắc là số trẻ em bị tai nạn, thương tích trong kỳ (kể cả trẻ tử vong). Mỗi trẻ được tính "
                + "một lần ở dòng Tổng số và một lần ở mỗi loại tai nạn, thương tích trẻ gặp trong kỳ, nên Tổng số "
                + "có thể nhỏ hơn tổng các dòng 01–11; tuổi tính tại ngày xảy ra.");
        if (unknownSex()) {
            notes.add("Có trẻ em không xác định giới tính: các trẻ này tính vào cột Tổng số, không tính vào cột Nam, Nữ.");
        }
        s.finish(header, notes);
    }

    private void injuryRow(ReportSheet s, List<FormColumn> columns, String code, String label, String prefix,
                           boolean total) {
        int r = s.newRow();
        Style text = total ? CELL.bolded() : CELL;
        s.text(r, 0, 0, code, text.center());
        s.text(r, 1, 1, label, total ? text.center() : text);
        int c = 2;
        for (FormColumn col : columns) {
            String breakdown = join(prefix, col.breakdown());
            Style number = (total ? NUMBER.bolded() : NUMBER).aligned(HorizontalAlignment.CENTER);
            s.number(r, c++, report, INJURED, breakdown, number);
            s.number(r, c++, report, DIED, breakdown, number);
        }
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + ";" + second;
    }

    private boolean unknownSex() {
        String unknown = "gioi_tinh=" + Sex.UNKNOWN.code();
        return List.of(INJURED, DIED).stream().anyMatch(id -> report.value(id, unknown)
                .filter(v -> v.compareTo(BigDecimal.ZERO) > 0).isPresent());
    }
}
