package vn.sotreem.domain.hcdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.report.AgeOut;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.child.EventDates;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Sex;

class MembershipRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Child child() {
        Child c = new Child();
        c.setId(1L);
        c.setFullName("Lò Thị Mây");
        c.setBirthDate(LocalDate.of(2012, 2, 29));
        c.setSex(Sex.FEMALE);
        c.setVillage("Thôn 1");
        return c;
    }

    private static Membership m(HcdbGroup group, String subCase, LocalDate from, LocalDate to) {
        return Memberships.of(1L, group, from)
                .subCase(subCase == null ? null : HcdbSubCase.byCode(subCase).orElseThrow()).to(to).basis("QĐ 12/UBND")
                .build();
    }

    @Test
    void theFourteenGroupsAndTheirSubCasesComeFromTheLawAndTheDecree() {
        assertEquals(14, HcdbGroup.values().length);
        assertEquals("đ", HcdbGroup.HIV.code());
        assertEquals(12, HcdbSubCase.of(HcdbGroup.WITHOUT_SUPPORT).size());
        assertEquals(List.of("d.1", "d.2", "d.3"), HcdbSubCase.of(HcdbGroup.DISABLED).stream().map(HcdbSubCase::code).toList());
        assertEquals("Cả cha và mẹ không còn khả năng chăm sóc", HcdbSubCase.byCode("c.7").orElseThrow().label());
        assertEquals(HcdbGroup.HIV, HcdbSubCase.byCode("đ.1").orElseThrow().group());
        assertEquals(HcdbGroup.SEXUALLY_ABUSED, Coded.lookup(HcdbGroup.values(), "l").orElseThrow());
        assertEquals(HcdbGroup.HIV, Coded.lookup(HcdbGroup.values(), "Trẻ em nhiễm HIV/AIDS").orElseThrow());
        assertTrue(HcdbSubCase.all().stream().allMatch(s -> HcdbSubCase.of(s.group()).contains(s)));
        assertEquals(48, HcdbSubCase.all().size()); // 4+2+12+3+1+4+2+2+1+5+5+2+2+3 khoản in Điều 3–16
    }

    @Test
    void openOnADateIncludesBothEnds() {
        Membership closed = m(HcdbGroup.ORPHAN, "a.3", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 10, 31));
        assertTrue(closed.isOpenOn(LocalDate.of(2020, 1, 1)));
        assertTrue(closed.isOpenOn(LocalDate.of(2026, 10, 31)));
        assertFalse(closed.isOpenOn(LocalDate.of(2026, 11, 1)));
        assertFalse(closed.isOpenOn(LocalDate.of(2019, 12, 31)));
        assertTrue(m(HcdbGroup.ORPHAN, "a.3", LocalDate.of(2020, 1, 1), null).isOpenOn(TODAY));
    }

    @Test
    void aChildMayBeInSeveralGroupsButNotTwiceInOneAtATime() {
        Membership disabled = m(HcdbGroup.DISABLED, "d.2", LocalDate.of(2020, 1, 1), null);
        Membership ill = m(HcdbGroup.SERIOUS_ILLNESS_POOR, "n.1", LocalDate.of(2021, 1, 1), null);
        Child child = child();
        child.setPoverty(Poverty.POOR);
        assertEquals(List.of(), MembershipRules.validate(ill, child, List.of(disabled), TODAY));

        Membership again = m(HcdbGroup.DISABLED, "d.1", LocalDate.of(2024, 5, 1), null);
        assertEquals(List.of(Problem.warning(MembershipField.CERTIFICATE.key(), "Chưa ghi ngày cấp giấy xác nhận khuyết tật."),
                Problem.error(MembershipField.FROM.key(), "Trẻ đã thuộc nhóm d từ 01/01/2020 (chưa kết thúc); hai thời gian không được chồng nhau.")),
                MembershipRules.validate(again, child, List.of(disabled, ill), TODAY));

        Membership afterClosing = m(HcdbGroup.ORPHAN, "a.1", LocalDate.of(2023, 1, 1), null);
        Membership earlier = m(HcdbGroup.ORPHAN, "a.3", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
        assertEquals(List.of(), MembershipRules.validate(afterClosing, child, List.of(earlier), TODAY));
    }

    @Test
    void groupDNeedsTheLevelAndGroupNAPoorHousehold() {
        Child child = child();
        assertEquals(List.of(Problem.error(MembershipField.SUB_CASE.key(), "Nhóm d cần mức độ khuyết tật: đặc biệt nặng, nặng hoặc nhẹ."),
                Problem.warning(MembershipField.CERTIFICATE.key(), "Chưa ghi ngày cấp giấy xác nhận khuyết tật.")),
                MembershipRules.validate(m(HcdbGroup.DISABLED, null, LocalDate.of(2020, 1, 1), null), child, List.of(), TODAY));
        assertEquals(List.of(Problem.warning(MembershipField.GROUP.key(), "Nhóm n chỉ dành cho trẻ thuộc hộ nghèo hoặc cận nghèo, "
                        + "nhưng hộ của trẻ chưa được ghi là nghèo/cận nghèo.")),
                MembershipRules.validate(m(HcdbGroup.SERIOUS_ILLNESS_POOR, "n.1", LocalDate.of(2020, 1, 1), null), child, List.of(), TODAY));
        child.setPoverty(Poverty.NEAR_POOR);
        assertEquals(List.of(Problem.warning(MembershipField.SUB_CASE.key(), "Trường hợp n.1 không khớp với hộ của trẻ (hộ cận nghèo).")),
                MembershipRules.validate(m(HcdbGroup.SERIOUS_ILLNESS_POOR, "n.1", LocalDate.of(2020, 1, 1), null), child, List.of(), TODAY));
        assertEquals(List.of(Problem.error(MembershipField.SUB_CASE.key(), "Trường hợp c.7 không thuộc nhóm a.")),
                MembershipRules.validate(m(HcdbGroup.ORPHAN, "c.7", LocalDate.of(2020, 1, 1), null), child, List.of(), TODAY));
    }

    @Test
    void datesStayInsideTheChildsChildhood() {
        Child child = child(); // born 29/02/2012: turns 16 on 29/02/2028 (a leap year)
        assertEquals(List.of(Problem.error(MembershipField.FROM.key(), "Ngày bắt đầu 28/02/2012 trước ngày sinh của trẻ (29/02/2012).")),
                MembershipRules.validate(m(HcdbGroup.ORPHAN, "a.1", LocalDate.of(2012, 2, 28), null), child, List.of(), TODAY));
        assertEquals(List.of(Problem.error(MembershipField.FROM.key(), "Ngày bắt đầu 24/11/2026 ở trong tương lai.")),
                MembershipRules.validate(m(HcdbGroup.ORPHAN, "a.1", TODAY.plusDays(1), null), child, List.of(), TODAY));
        assertEquals(List.of(Problem.error(MembershipField.TO.key(), "Ngày kết thúc 01/01/2019 trước ngày bắt đầu 01/01/2020.")),
                MembershipRules.validate(m(HcdbGroup.ORPHAN, "a.1", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)),
                        child, List.of(), TODAY));
        child.setStatus(ChildStatus.DIED);
        child.setStatusDate(LocalDate.of(2025, 3, 1));
        assertEquals(List.of(Problem.error(MembershipField.FROM.key(), "Ngày bắt đầu 02/03/2025 sau ngày trẻ mất (01/03/2025).")),
                MembershipRules.validate(m(HcdbGroup.ORPHAN, "a.1", LocalDate.of(2025, 3, 2), null), child, List.of(), TODAY));
        child.setStatus(ChildStatus.MOVED_AWAY);
        assertEquals(List.of(Problem.warning(MembershipField.FROM.key(), "Ngày bắt đầu 02/03/2025 sau ngày trẻ chuyển đi (01/03/2025).")),
                MembershipRules.validate(m(HcdbGroup.ORPHAN, "a.1", LocalDate.of(2025, 3, 2), null), child, List.of(), TODAY));
    }

    @Test
    void ageOutFollowsTheSixteenthBirthdayIncludingLeapDays() {
        Child leap = child();
        leap.setBirthDate(LocalDate.of(2084, 2, 29)); // 2100 is not a leap year: 16 on 28/02/2100
        Child other = child();
        other.setId(2L);
        other.setBirthDate(LocalDate.of(2084, 3, 1));
        Child moved = child();
        moved.setId(3L);
        moved.setBirthDate(LocalDate.of(2084, 2, 20));
        moved.setStatus(ChildStatus.MOVED_AWAY);
        moved.setStatusDate(LocalDate.of(2099, 1, 1));
        assertEquals(List.of(leap), AgeOut.turningSixteenBetween(List.of(other, leap, moved),
                LocalDate.of(2100, 2, 1), LocalDate.of(2100, 2, 28)));
        assertEquals(List.of(leap, other), AgeOut.turningSixteenBetween(List.of(other, leap, moved),
                LocalDate.of(2100, 2, 1), LocalDate.of(2100, 3, 1)));

        Membership open = Memberships.of(1L, HcdbGroup.ORPHAN, LocalDate.of(2090, 1, 1)).id(9L).build();
        Membership endedBefore = Memberships.of(1L, HcdbGroup.DISABLED, LocalDate.of(2090, 1, 1)).id(10L)
                .to(LocalDate.of(2095, 1, 1)).build();
        List<Membership> closings = AgeOut.closings(leap, List.of(open, endedBefore));
        assertEquals(List.of(open.closed(LocalDate.of(2100, 2, 27), Membership.AGED_OUT)), closings);
        assertFalse(closings.get(0).isOpenOn(LocalDate.of(2100, 2, 28)), "not a member on the 16th birthday");
        assertTrue(closings.get(0).isOpenOn(LocalDate.of(2100, 2, 27)));
    }

    @Test
    void eventsFromTheSixteenthBirthdayOnAreRefused() {
        Child child = child();
        child.setBirthDate(LocalDate.of(2010, 2, 28));
        assertEquals(List.of(Problem.error("ngay", "Ngày hỗ trợ 28/02/2026 từ ngày trẻ đủ 16 tuổi (28/02/2026) trở đi.")),
                EventDates.check(LocalDate.of(2026, 2, 28), child, TODAY, "ngay", "ngày hỗ trợ"));
        assertEquals(List.of(), EventDates.check(LocalDate.of(2026, 2, 27), child, TODAY, "ngay", "ngày hỗ trợ"));
    }
}
