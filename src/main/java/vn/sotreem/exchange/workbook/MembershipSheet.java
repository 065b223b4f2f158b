package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import vn.sotreem.domain.hcdb.MembershipField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.sotreem.domain.common.Coded;
import java.util.function.LongFunction;
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

    /** A parsed row: the child's code and the membership (child id unknown yet: 0). */
    record Row(String childCode, Membership membership) {
    }

    static final List<SheetColumn> COLUMNS = SheetColumn.of(MembershipField.values());


    MembershipSheet() {
        super(NAME, COLUMNS);
    }

    @Override
    public Row parse(SheetRow row) {
        String child = MembershipField.CHILD.key();
        String childCode = row.required(child, row.text(child), "Chưa ghi mã trẻ.");
        HcdbGroup group = row.required(MembershipField.GROUP.key(), row.code(MembershipField.GROUP.key(), MembershipSheet::group,
                "Hãy ghi chữ cái của nhóm (a, b, c, d, đ, e, g, h, i, k, l, m, n, o) hoặc tên nhóm."),
                "Chưa ghi nhóm hoàn cảnh đặc biệt.");
        HcdbSubCase subCase = row.code(MembershipField.SUB_CASE.key(), MembershipSheet::subCase,
                "Hãy ghi dạng <chữ cái>.<khoản>, ví dụ c.7 (Nghị định 56/2017 Điều 3–16).");
        LocalDate from = row.required(MembershipField.FROM.key(), row.date(MembershipField.FROM.key()), "Chưa ghi ngày bắt đầu.");
        return new Row(childCode, new Membership(null, 0, group, subCase, from, row.date(MembershipField.TO.key()), row.text(MembershipField.BASIS.key()),
                row.date(MembershipField.CERTIFICATE.key()), null));
    }

    /**
     * A group by its letter, in either case ({@code A} is group a, {@code Đ} group đ, {@code D}
     * group d), or by its name.
     */
    static Optional<HcdbGroup> group(String text) {
        Optional<HcdbGroup> group = Coded.lookup(HcdbGroup.values(), text);
        return group.isPresent() || text == null ? group : Coded.byCode(HcdbGroup.values(), text.trim().toLowerCase(Locale.ROOT));
    }

    /** A sub-case by its code, the group's letter in either case ({@code C.7} is c.7). */
    static Optional<HcdbSubCase> subCase(String text) {
        Optional<HcdbSubCase> subCase = HcdbSubCase.byCode(text);
        return subCase.isPresent() || text == null ? subCase : HcdbSubCase.byCode(text.trim().toLowerCase(Locale.ROOT));
    }

    /** The cells of one exported row, in column order (see {@link SheetCells}). */
    static List<Object> cells(Membership membership, LongFunction<String> childCode) {
        return SheetCells.of(membership, MembershipField.values(), MembershipField.CHILD, childCode);
    }

    /** The width of each column, in characters: wide for the group and the basis. */
    static List<Integer> widths() {
        return Arrays.stream(MembershipField.values()).map(f -> switch (f) {
            case GROUP -> 40;
            case BASIS -> 30;
            case CERTIFICATE -> 14;
            default -> 12;
        }).toList();
    }
}
