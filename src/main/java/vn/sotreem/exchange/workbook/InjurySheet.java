package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryField;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryRules;
import vn.sotreem.domain.injury.InjuryType;

/**
 * Sheet {@code TNTT}: one row per injured child per event, one column per {@link InjuryField}
 * (its key and label; the required fields are required columns). The row's own cells are read
 * here; the checks that need the child run when the import is planned ({@link InjuryImportPlan}),
 * with the same {@link InjuryRules} as the form. An optional column missing from an older file
 * is read as blank.
 *
 * <p>{@code loai} accepts the code of list {@code loai_tntt}, also without its leading zero and as
 * a number cell ("08", "8", 8 — Excel turns a typed 08 into the number 8), or the label; the export
 * writes the label, as every code list of the workbook.
 */
final class InjurySheet extends SheetSpec<InjurySheet.Row> {

    static final String NAME = "TNTT";

    /** A parsed row: the child's code and the injury (child id unknown yet: 0). */
    record Row(String childCode, Injury injury) {
    }

    static final List<SheetColumn> COLUMNS = SheetColumn.of(InjuryField.values());

    private static final String TYPES = "Hãy ghi mã 01–11 hoặc tên loại: "
            + Arrays.stream(InjuryType.values()).map(InjuryType::toString).collect(Collectors.joining(", ")) + ".";

    InjurySheet() {
        super(NAME, COLUMNS);
    }

    @Override
    public Row parse(SheetRow row) {
        String child = InjuryField.CHILD.key();
        String childCode = row.required(child, row.text(child), "Chưa ghi mã trẻ.");
        String dateKey = InjuryField.DATE.key();
        LocalDate date = row.required(dateKey, row.date(dateKey), "Chưa ghi ngày xảy ra.");
        String typeKey = InjuryField.TYPE.key();
        InjuryType type = row.required(typeKey, row.code(typeKey, InjuryType::lookup, TYPES),
                "Chưa ghi loại tai nạn, thương tích (01–11).");
        String placeKey = InjuryField.PLACE.key();
        InjuryPlace place = row.required(placeKey, row.code(placeKey, SheetRow.listOf(InjuryPlace.values()),
                SheetRow.oneOf(InjuryPlace.values())), "Chưa ghi địa điểm.");
        Injury injury = Injury.of(0, date, type, place)
                .withOutcome(row.yesNo(InjuryField.DIED.key(), false), row.yesNo(InjuryField.DISABLED.key(), false));
        for (InjuryField field : InjuryField.values()) {
            if (field.isFreeText()) { // the note keeps its line breaks; a short text is cleaned as a name
                injury = injury.withText(field, field == InjuryField.NOTE ? row.longText(field.key()) : row.text(field.key()));
            }
        }
        return new Row(childCode, injury);
    }

    /** The cells of one exported row, in column order (see {@link SheetCells}). */
    static List<Object> cells(Injury injury, LongFunction<String> childCode) {
        return SheetCells.of(injury, InjuryField.values(), InjuryField.CHILD, childCode);
    }

    /** The width of each column, in characters: wide for the type and the free texts. */
    static List<Integer> widths() {
        return Arrays.stream(InjuryField.values()).map(f -> switch (f) {
            case TYPE -> 26;
            case PLACE -> 14;
            case DIED -> 10;
            case NOTE -> 36;
            default -> f.isFreeText() ? 28 : 12;
        }).toList();
    }
}
