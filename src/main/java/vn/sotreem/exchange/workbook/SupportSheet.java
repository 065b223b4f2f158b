package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.SupportField;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import vn.sotreem.domain.hcdb.CareForm;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportRules;
import vn.sotreem.domain.hcdb.SupportType;

/**
 * Sheet {@code TroGiup}: one row per support received. Checks that need the child run when the
 * import is planned, with the same {@link SupportRules} as the form.
 */
final class SupportSheet extends SheetSpec<SupportSheet.Row> {

    static final String NAME = "TroGiup";

    /** A parsed row: the child's code and the support (child id unknown yet: 0). */
    record Row(String childCode, Support support) {
    }

    static final List<SheetColumn> COLUMNS = SheetColumn.of(SupportField.values());


    SupportSheet() {
        super(NAME, COLUMNS);
    }

    @Override
    public Row parse(SheetRow row) {
        String child = SupportField.CHILD.key();
        String childCode = row.required(child, row.text(child), "Chưa ghi mã trẻ.");
        SupportType type = row.required(SupportField.TYPE.key(), row.code(SupportField.TYPE.key(), SheetRow.listOf(SupportType.values()),
                SheetRow.oneOf(SupportType.values())), "Chưa ghi loại trợ giúp.");
        LocalDate date = row.required(SupportField.DATE.key(), row.date(SupportField.DATE.key()), "Chưa ghi ngày trợ giúp.");
        return new Row(childCode, new Support(null, 0, date, type, row.text(SupportField.PROVIDER.key()), row.money(SupportField.AMOUNT.key()),
                row.longText(SupportField.NOTE.key()), row.text(SupportField.CARER.key()),
                row.code(SupportField.CARE_FORM.key(), SheetRow.listOf(CareForm.values()), SheetRow.oneOf(CareForm.values()))));
    }

    /** The cells of one exported row, in column order (see {@link SheetCells}). */
    static List<Object> cells(Support support, LongFunction<String> childCode) {
        return SheetCells.of(support, SupportField.values(), SupportField.CHILD, childCode);
    }

    /** The width of each column, in characters: wide for the type and the free texts. */
    static List<Integer> widths() {
        return Arrays.stream(SupportField.values()).map(f -> switch (f) {
            case TYPE -> 34;
            case PROVIDER -> 22;
            case AMOUNT -> 14;
            case NOTE -> 30;
            case CARER, CARE_FORM -> 28;
            default -> 12;
        }).toList();
    }
}
