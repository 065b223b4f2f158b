package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import java.util.List;
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
    static final String CHILD_CODE = "ma_tre";
    static final String PROVIDER = "don_vi";
    static final String NOTE = "ghi_chu";

    /** A parsed row: the child's code and the support (child id unknown yet: 0). */
    record Row(String childCode, Support support) {
    }

    static final List<SheetColumn> COLUMNS = List.of(
            SheetColumn.required(CHILD_CODE, "Mã trẻ"),
            SheetColumn.required(SupportRules.DATE, "Ngày trợ giúp"),
            SheetColumn.required(SupportRules.TYPE, "Loại trợ giúp"),
            SheetColumn.optional(PROVIDER, "Đơn vị thực hiện"),
            SheetColumn.optional(SupportRules.AMOUNT, "Kinh phí (đồng)"),
            SheetColumn.optional(NOTE, "Ghi chú"),
            SheetColumn.optional(SupportRules.CARER, "Người/cơ sở nhận chăm sóc thay thế"),
            SheetColumn.optional(SupportRules.CARE_FORM, "Hình thức chăm sóc thay thế"));


    SupportSheet() {
        super(NAME, COLUMNS);
    }

    @Override
    public Row parse(SheetRow row) {
        String childCode = row.required(CHILD_CODE, row.text(CHILD_CODE), "Chưa ghi mã trẻ.");
        SupportType type = row.required(SupportRules.TYPE, row.code(SupportRules.TYPE, SheetRow.listOf(SupportType.values()),
                SheetRow.oneOf(SupportType.values())), "Chưa ghi loại trợ giúp.");
        LocalDate date = row.required(SupportRules.DATE, row.date(SupportRules.DATE), "Chưa ghi ngày trợ giúp.");
        return new Row(childCode, new Support(null, 0, date, type, row.text(PROVIDER), row.money(SupportRules.AMOUNT),
                row.longText(NOTE), row.text(SupportRules.CARER),
                row.code(SupportRules.CARE_FORM, SheetRow.listOf(CareForm.values()), SheetRow.oneOf(CareForm.values()))));
    }
}
