package vn.sotreem.domain.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.merge.MembershipOverlaps.Resolution;

/** How merging two records treats their HCĐB memberships: repeats dropped, overlaps resolved as chosen. */
class MembershipOverlapsTest {

    private static Membership orphan(long id, long childId, LocalDate from, LocalDate to, String reason) {
        return new Membership(id, childId, HcdbGroup.ORPHAN, null, from, to, "QĐ " + id, null, reason);
    }

    private final MembershipOverlaps overlaps = new MembershipOverlaps("TE000001", "TE000002");

    @Test
    void anExactRepeatIsDroppedWithoutAsking() {
        Membership kept = orphan(1, 1, LocalDate.of(2020, 1, 1), null, null);
        Membership repeat = orphan(2, 2, LocalDate.of(2020, 1, 1), null, null);
        assertEquals(List.of(), overlaps.conflicts(List.of(kept), List.of(repeat)));
        MembershipOverlaps.Plan plan = overlaps.plan(List.of(kept), List.of(repeat));
        assertEquals(List.of(repeat), plan.removed());
        assertEquals(List.of("Bỏ 1 đợt HCĐB trùng hệt đợt đã có."), plan.notes());
    }

    @Test
    void joiningTakesTheEarliestStartAndTheLatestEndWithItsReason() {
        Membership kept = orphan(1, 1, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), "hết hoàn cảnh");
        Membership moved = orphan(2, 2, LocalDate.of(2019, 6, 1), LocalDate.of(2022, 5, 31), "đủ 16 tuổi");
        MembershipOverlaps.Conflict conflict = overlaps.conflicts(List.of(kept), List.of(moved)).get(0);
        overlaps.resolve(conflict, Resolution.JOIN);
        MembershipOverlaps.Plan plan = overlaps.plan(List.of(kept), List.of(moved));
        Membership joined = plan.changed().get(0);
        assertEquals(1L, joined.id(), "the older record's row is kept");
        assertEquals(LocalDate.of(2019, 6, 1), joined.fromDate());
        assertEquals(LocalDate.of(2022, 5, 31), joined.toDate());
        assertEquals("đủ 16 tuổi", joined.closeReason());
        assertEquals("QĐ 1", joined.basis());
        assertEquals(List.of(moved), plan.removed());
        assertNull(new MembershipOverlaps.Conflict(kept, orphan(3, 2, LocalDate.of(2021, 1, 1), null, null)).joined().toDate());
    }

    @Test
    void everyOverlapMustBeResolvedAndEachIsAppliedInTurn() {
        // The newer record's period overlaps two of the older record's: keeping it and one of them is not enough.
        Membership first = orphan(1, 1, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), null);
        Membership second = orphan(2, 1, LocalDate.of(2021, 1, 1), null, null);
        Membership moved = orphan(3, 2, LocalDate.of(2019, 6, 1), LocalDate.of(2021, 6, 30), null);
        List<MembershipOverlaps.Conflict> conflicts = overlaps.conflicts(List.of(first, second), List.of(moved));
        assertEquals(2, conflicts.size());
        overlaps.resolve(conflicts.get(0), Resolution.KEEP_NEWER);
        UserFacingException unresolved = assertThrows(UserFacingException.class,
                () -> overlaps.plan(List.of(first, second), List.of(moved)));
        assertTrue(unresolved.getMessage().endsWith("trong cửa sổ gộp."), unresolved.getMessage());
        overlaps.resolve(conflicts.get(1), Resolution.KEEP_OLDER);
        MembershipOverlaps.Plan plan = overlaps.plan(List.of(first, second), List.of(moved));
        assertEquals(List.of(first, moved), plan.removed(), "the first dropped for the moved one, then the moved one for the second");
    }

    @Test
    void aJoinThatReachesAnotherPeriodOfTheGroupIsRefused() {
        Membership first = orphan(1, 1, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), null);
        Membership second = orphan(2, 1, LocalDate.of(2021, 1, 1), null, null);
        Membership moved = orphan(3, 2, LocalDate.of(2019, 6, 1), LocalDate.of(2021, 6, 30), null);
        List<MembershipOverlaps.Conflict> conflicts = overlaps.conflicts(List.of(first, second), List.of(moved));
        overlaps.resolve(conflicts.get(0), Resolution.JOIN);
        overlaps.resolve(conflicts.get(1), Resolution.KEEP_OLDER);
        UserFacingException e = assertThrows(UserFacingException.class, () -> overlaps.plan(List.of(first, second), List.of(moved)));
        assertEquals("Không gộp được: sau khi xử lý, nhóm a. Trẻ em mồ côi cả cha và mẹ vẫn có hai đợt chồng nhau "
                + "(từ 01/01/2018 đến 30/06/2021 và từ 01/01/2021 (chưa kết thúc)). Hãy chọn cách khác trong cửa sổ gộp.", e.getMessage());
    }
}
