package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryRules;
import vn.sotreem.domain.injury.InjuryType;

/**
 * Sheet {@code TNTT}: one row per injured child per event. The row's own cells are read here; the
 * checks that need the child run when the import is planned ({@link InjuryImportPlan}), with the
 * same {@link InjuryRules} as the form.
 *
 * <p>{@code loai} accepts the code of list {@code loai_tntt}, also without its leading zero and as
 * a number cell ("08", "8", 8 — Excel turns a typed 08 into the number 8), or the label; the export
 * writes the label, as every code list of the workbook.
 */
final class InjurySheet extends SheetSpec<InjurySheet.Row> {

    static final String NAME = "TNTT";
    static final String DISABLED = "khuyet_tat";
    static final String TREATED_AT = "noi_dieu_tri";
    static final String NOTE = "ghi_chu";

    /** A parsed row: the child's code and the injury (child id unknown yet: 0). */
    record Row(String childCode, Injury injury) {
    }

    static final List<SheetColumn> COLUMNS = List.of(
            SheetColumn.required(InjuryRules.CHILD, "Mã trẻ"),
            SheetColumn.required(InjuryRules.DATE, "Ngày xảy ra"),
            SheetColumn.required(InjuryRules.TYPE, "Loại TNTT"),
            SheetColumn.required(InjuryRules.PLACE, "Địa điểm"),
            SheetColumn.optional(InjuryRules.DIED, "Tử vong"),
            SheetColumn.optional(DISABLED, "Khuyết tật do TNTT"),
            SheetColumn.optional(TREATED_AT, "Nơi điều trị"),
            SheetColumn.optional(NOTE, "Ghi chú"));

    private static final String TYPES = "Hãy ghi mã 01–11 hoặc tên loại: "
            + Arrays.stream(InjuryType.values()).map(InjuryType::toString).collect(Collectors.joining(", ")) + ".";


    InjurySheet() {
        super(NAME, COLUMNS);
    }

    @Override
    public Row parse(SheetRow row) {
        String childCode = row.required(InjuryRules.CHILD, row.text(InjuryRules.CHILD), "Chưa ghi mã trẻ.");
        LocalDate date = row.required(InjuryRules.DATE, row.date(InjuryRules.DATE), "Chưa ghi ngày xảy ra.");
        InjuryType type = row.required(InjuryRules.TYPE, row.code(InjuryRules.TYPE, InjuryType::lookup, TYPES),
                "Chưa ghi loại tai nạn, thương tích (01–11).");
        InjuryPlace place = row.required(InjuryRules.PLACE, row.code(InjuryRules.PLACE, SheetRow.listOf(InjuryPlace.values()),
                SheetRow.oneOf(InjuryPlace.values())), "Chưa ghi địa điểm.");
        boolean died = row.yesNo(InjuryRules.DIED, false);
        boolean disabled = row.yesNo(DISABLED, false);
        return new Row(childCode, new Injury(null, 0, date, type, place, died, disabled, row.text(TREATED_AT),
                row.longText(NOTE)));
    }
}
