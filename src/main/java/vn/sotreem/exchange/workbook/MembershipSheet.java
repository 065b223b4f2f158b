package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import java.util.List;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.MembershipRules;

/**
 * Sheet {@code HCDB}: one row per membership. The row's own cells are read here; the checks that
 * need the child (dates inside the child's life, overlaps with other memberships) run when the
 * import is planned, with the same {@link MembershipRules} as the form.
 */
final class MembershipSheet extends SheetSpec<MembershipSheet.Row> {

    static final String NAME = "HCDB";
    static final String CHILD_CODE = "ma_tre";
    static final String BASIS = "can_cu";

    /** A parsed row: the child's code and the membership (child id unknown yet: 0). */
    record Row(String childCode, Membership membership) {
    }

    static final List<SheetColumn> COLUMNS = List.of(
            SheetColumn.required(CHILD_CODE, "Mã trẻ"),
            SheetColumn.required(MembershipRules.GROUP, "Nhóm HCĐB"),
            SheetColumn.optional(MembershipRules.SUB_CASE, "Trường hợp"),
            SheetColumn.required(MembershipRules.FROM, "Từ ngày"),
            SheetColumn.optional(MembershipRules.TO, "Đến ngày"),
            SheetColumn.optional(BASIS, "Căn cứ xác định"),
            SheetColumn.optional(MembershipRules.CERTIFICATE, "Ngày giấy xác nhận khuyết tật"));


    MembershipSheet() {
        super(NAME, COLUMNS);
    }

    @Override
    public Row parse(SheetRow row) {
        String childCode = row.required(CHILD_CODE, row.text(CHILD_CODE), "Chưa ghi mã trẻ.");
        HcdbGroup group = row.required(MembershipRules.GROUP, row.code(MembershipRules.GROUP, SheetRow.listOf(HcdbGroup.values()),
                "Hãy ghi chữ cái của nhóm (a, b, c, d, đ, e, g, h, i, k, l, m, n, o) hoặc tên nhóm."),
                "Chưa ghi nhóm hoàn cảnh đặc biệt.");
        HcdbSubCase subCase = row.code(MembershipRules.SUB_CASE, HcdbSubCase::byCode,
                "Hãy ghi dạng <chữ cái>.<khoản>, ví dụ c.7 (Nghị định 56/2017 Điều 3–16).");
        LocalDate from = row.required(MembershipRules.FROM, row.date(MembershipRules.FROM), "Chưa ghi ngày bắt đầu.");
        return new Row(childCode, new Membership(null, 0, group, subCase, from, row.date(MembershipRules.TO), row.text(BASIS),
                row.date(MembershipRules.CERTIFICATE), null));
    }
}
