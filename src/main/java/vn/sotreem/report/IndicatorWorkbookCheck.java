package vn.sotreem.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.sotreem.domain.report.DisaggregationKey;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.domain.report.ReportRow;
import vn.sotreem.domain.common.Severity;

/**
 * The self-check of report-spec "Checks before export", on a workbook as built: {@code DuLieu} holds
 * the report's rows in order with their values; every number of the human sheets equals the
 * {@code DuLieu} value it stands for; and the totals add up where they must — for stock indicators
 * (children counted once on {@code den_ngay}) the sums over sex, age band and village equal the total,
 * and for injuries the sum over sex (one sex per child). Sums over age bands of events, over types,
 * places, groups or forms need not equal the total: a child counts once in each cell an event of his
 * falls in. Each failure is an error naming the sheet and the cell.
 */
final class IndicatorWorkbookCheck {

    private record Sum(String indicatorId, DisaggregationKey key) {
    }

    private static final List<Sum> SUMS = List.of(
            new Sum("tre_em.so_luong", DisaggregationKey.GIOI_TINH),
            new Sum("tre_em.so_luong", DisaggregationKey.NHOM_TUOI),
            new Sum("tre_em.so_luong", DisaggregationKey.THON),
            new Sum("hcdb.so_tre", DisaggregationKey.GIOI_TINH),
            new Sum("hcdb.so_tre", DisaggregationKey.NHOM_TUOI),
            new Sum("tntt.so_tre", DisaggregationKey.GIOI_TINH),
            new Sum("tntt.tu_vong", DisaggregationKey.GIOI_TINH));

    /** A row of {@code DuLieu} as read back; {@code row} is 0-based. */
    private record DataValue(int row, String indicatorId, String name, String breakdown, Shown shown) {

        String address() {
            return new CellReference(IndicatorWorkbook.DATA_SHEET, row, IndicatorWorkbook.VALUE_COLUMN, false, false)
                    .formatAsString();
        }
    }

    /** What a cell shows: its number, or nothing, or something that is not a number. */
    private record Shown(BigDecimal number, boolean blank, String text) {

        static Shown of(Cell cell) {
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return new Shown(null, true, "(trống)");
            }
            return switch (cell.getCellType()) {
                case NUMERIC -> {
                    BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue());
                    yield new Shown(n, false, IndicatorWorkbookCheck.number(n));
                }
                case STRING -> cell.getStringCellValue().isEmpty() ? new Shown(null, true, "(trống)")
                        : new Shown(null, false, "“" + cell.getStringCellValue() + "”");
                case FORMULA -> new Shown(null, false, "công thức =" + cell.getCellFormula());
                default -> new Shown(null, false, cell.toString());
            };
        }

        boolean sameAs(BigDecimal expected) {
            return expected == null ? blank : number != null && number.compareTo(expected) == 0;
        }
    }

    private IndicatorWorkbookCheck() {
    }

    static List<ReportProblem> check(IndicatorWorkbook.Built built, IndicatorReport report) {
        return check(built.workbook(), built.numbers(), report);
    }

    /**
     * Checks a built workbook against the report it was built from.
     *
     * @param numbers the numbers written on the human sheets, with the value each stands for
     */
    static List<ReportProblem> check(Workbook workbook, List<IndicatorWorkbook.NumberCell> numbers,
                                     IndicatorReport report) {
        List<ReportProblem> problems = new ArrayList<>();
        Sheet sheet = workbook.getSheet(IndicatorWorkbook.DATA_SHEET);
        if (sheet == null) {
            problems.add(error("", "Tự kiểm tra: bảng tính không có trang " + IndicatorWorkbook.DATA_SHEET + "."));
            return problems;
        }
        List<DataValue> data = read(sheet);
        compareWithReport(data, report, problems);
        Map<String, DataValue> byKey = new HashMap<>();
        data.forEach(d -> byKey.putIfAbsent(key(d.indicatorId(), d.breakdown()), d));
        compareNumbers(workbook, numbers, byKey, report, problems);
        sums(data, byKey, problems);
        return problems;
    }

    private static List<DataValue> read(Sheet sheet) {
        List<DataValue> data = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            data.add(new DataValue(r, text(row.getCell(0)), text(row.getCell(1)), text(row.getCell(2)),
                    Shown.of(row.getCell(IndicatorWorkbook.VALUE_COLUMN))));
        }
        return data;
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** DuLieu is the report: the same rows, in the same order, with the same values. */
    private static void compareWithReport(List<DataValue> data, IndicatorReport report, List<ReportProblem> problems) {
        List<ReportRow> rows = report.rows();
        if (data.size() != rows.size()) {
            problems.add(error("", "Tự kiểm tra: trang " + IndicatorWorkbook.DATA_SHEET + " có " + data.size()
                    + " dòng số liệu nhưng báo cáo có " + rows.size() + " dòng."));
        }
        for (int i = 0; i < Math.min(data.size(), rows.size()); i++) {
            DataValue d = data.get(i);
            ReportRow row = rows.get(i);
            if (!d.indicatorId().equals(row.indicatorId()) || !d.breakdown().equals(row.breakdown())) {
                problems.add(error(row.indicatorId(), "Tự kiểm tra: dòng " + (d.row() + 1) + " của trang "
                        + IndicatorWorkbook.DATA_SHEET + " là “" + d.indicatorId() + " " + d.breakdown()
                        + "” nhưng báo cáo ghi “" + row.indicatorId() + " " + row.breakdown() + "”."));
            } else if (!d.shown().sameAs(row.value())) {
                problems.add(error(row.indicatorId(), "Tự kiểm tra: ô " + d.address() + " ("
                        + describe(row.indicatorName(), row.breakdown()) + ") = " + d.shown().text()
                        + " nhưng số liệu tính được là " + number(row.value()) + "."));
            }
        }
    }

    /** Each number of a human sheet equals the DuLieu value it stands for. */
    private static void compareNumbers(Workbook workbook, List<IndicatorWorkbook.NumberCell> numbers,
                                       Map<String, DataValue> data, IndicatorReport report,
                                       List<ReportProblem> problems) {
        for (IndicatorWorkbook.NumberCell n : numbers) {
            Sheet sheet = workbook.getSheet(n.sheet());
            CellReference ref = new CellReference(n.address());
            Row row = sheet == null ? null : sheet.getRow(ref.getRow());
            Shown shown = Shown.of(row == null ? null : row.getCell(ref.getCol()));
            DataValue expected = data.get(key(n.indicatorId(), n.breakdown()));
            String name = expected != null ? expected.name()
                    : report.rowsOf(n.indicatorId()).stream().map(ReportRow::indicatorName).findFirst()
                    .orElse(n.indicatorId());
            String cell = "Tự kiểm tra: ô " + n.sheet() + "!" + n.address() + " (" + describe(name, n.breakdown()) + ")";
            if (expected == null) {
                problems.add(error(n.indicatorId(), cell + " = " + shown.text() + " nhưng trang "
                        + IndicatorWorkbook.DATA_SHEET + " không có dòng “" + n.indicatorId() + " " + n.breakdown()
                        + "”."));
            } else if (expected.shown().number() == null && !expected.shown().blank()) {
                problems.add(error(n.indicatorId(), cell + ": ô " + expected.address() + " không phải là số."));
            } else if (!shown.sameAs(expected.shown().number())) {
                problems.add(error(n.indicatorId(), cell + " = " + shown.text() + " nhưng "
                        + IndicatorWorkbook.DATA_SHEET + " ghi " + expected.shown().text() + "."));
            }
        }
    }

    /** The totals that must add up (see the class comment). */
    private static void sums(List<DataValue> data, Map<String, DataValue> byKey, List<ReportProblem> problems) {
        for (Sum sum : SUMS) {
            DataValue total = byKey.get(key(sum.indicatorId(), ""));
            if (total == null || total.shown().number() == null) {
                continue;
            }
            String prefix = sum.key().key() + "=";
            BigDecimal added = BigDecimal.ZERO;
            boolean any = false;
            for (DataValue d : data) {
                if (d.indicatorId().equals(sum.indicatorId()) && d.breakdown().startsWith(prefix)
                        && !d.breakdown().contains(";")) {
                    any = true;
                    added = added.add(Objects.requireNonNullElse(d.shown().number(), BigDecimal.ZERO));
                }
            }
            if (any && added.compareTo(total.shown().number()) != 0) {
                problems.add(error(sum.indicatorId(), "Tự kiểm tra: ô " + total.address() + " ("
                        + describe(total.name(), "") + ") = " + total.shown().text() + " nhưng cộng theo "
                        + sum.key().label().toLowerCase(OfficialNames.VIETNAMESE) + " được " + number(added) + "."));
            }
        }
    }

    private static String key(String indicatorId, String breakdown) {
        return indicatorId + "|" + breakdown;
    }

    /** "Số trẻ em bị tai nạn, thương tích; Loại TNTT: Ngã; Giới tính: Nam", or "…, tổng số". */
    static String describe(String indicatorName, String breakdown) {
        if (breakdown.isEmpty()) {
            return indicatorName + ", tổng số";
        }
        StringBuilder text = new StringBuilder(indicatorName);
        for (String pair : breakdown.split(";")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String code = eq < 0 ? "" : pair.substring(eq + 1);
            text.append("; ").append(DisaggregationKey.byKey(k)
                    .map(key -> key.label() + ": " + key.valueLabel(code)).orElse(pair));
        }
        return text.toString();
    }

    /** 3, 66,67, 3500000: as the officer reads numbers, with a decimal comma. */
    private static String number(BigDecimal value) {
        return value == null ? "(trống)" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static ReportProblem error(String indicatorId, String message) {
        return new ReportProblem(Severity.ERROR, ReportProblem.Subject.INDICATOR, null, indicatorId, message);
    }
}
