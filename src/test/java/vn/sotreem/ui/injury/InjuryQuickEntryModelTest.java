package vn.sotreem.ui.injury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Column;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Row;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.State;
import vn.sotreem.ui.UiTestSupport;

class InjuryQuickEntryModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Child child(long id, String name, LocalDate birth, String village) {
        Child c = UiTestSupport.child(name, birth, id % 2 == 0 ? Sex.MALE : Sex.FEMALE, village);
        c.setId(id);
        c.setCode(String.format("TE%06d", id));
        return c;
    }

    private final Child hoaDong = child(1, "Nguyễn Thị Hòa", LocalDate.of(2016, 3, 5), "Thôn Đông");
    private final Child hoaTay = child(2, "Trần Văn Hoà", LocalDate.of(2013, 7, 1), "Thôn Tây");
    private final Child hoa = child(3, "Phạm Thị Hoa", LocalDate.of(2011, 6, 1), "Thôn Tây");
    private final Child khoa = child(4, "Đinh Văn Khoa", LocalDate.of(2019, 6, 1), "Thôn Tây");
    private final Child may1 = child(5, "Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn Đông");
    private final Child may2 = child(7, "Lò Thị Mây", LocalDate.of(2018, 1, 9), "Thôn Tây");
    private final List<Child> register = List.of(hoaDong, hoaTay, hoa, khoa, may1, may2);

    private InjuryQuickEntryModel model() {
        return new InjuryQuickEntryModel(TODAY, register, List.of());
    }

    private static Row row(InjuryQuickEntryModel m, int index) {
        return m.rows().get(index);
    }

    /** Types a whole row as the officer would: child fragment, date, type, place, died. */
    private static Row type(InjuryQuickEntryModel m, int index, String child, String date, String type, String place,
                            String died) {
        Row r = row(m, index);
        m.edit(r, Column.CHILD, child);
        m.edit(r, Column.DATE, date);
        m.edit(r, Column.TYPE, type);
        m.edit(r, Column.PLACE, place);
        m.edit(r, Column.DIED, died);
        return r;
    }

    @Test
    void theChildIsFoundByAnAccentFreeFragmentAndPickedWhenOnlyOneMatches() {
        InjuryQuickEntryModel m = model();
        assertEquals(List.of(hoa, hoaDong, hoaTay).stream().map(Child::getFullName).sorted().toList(),
                m.matches("hoa").stream().map(Child::getFullName).sorted().toList(), "hoa finds Hòa, Hoà and Hoa, not Khoa");
        assertEquals(List.of(khoa), m.matches("khoa"));
        assertEquals(List.of(), m.matches("  "));
        assertEquals("Nguyễn Thị Hòa · 05/03/2016 · Thôn Đông", InjuryQuickEntryModel.matchLabel(hoaDong));

        Row r = row(m, 0);
        m.edit(r, Column.CHILD, "dinh van");
        assertSame(khoa, r.child());
        assertEquals("Đinh Văn Khoa", r.text(Column.CHILD));
        assertEquals("01/06/2019 · Thôn Tây", r.childInfoProperty().get());

        m.edit(r, Column.CHILD, "hoa");
        assertNull(r.child());
        assertEquals("hoa", r.text(Column.CHILD), "the fragment stays for correction");
        assertEquals(State.ERROR, r.state());
        assertEquals("Có 3 trẻ khớp “hoa”: chọn một trẻ trong danh sách gợi ý.", r.message());

        m.edit(r, Column.CHILD, "xyz");
        assertEquals("Không có trẻ nào khớp “xyz” trong sổ.", r.message());
        m.edit(r, Column.CHILD, "TE000003");
        assertSame(hoa, r.child(), "the child's code works too");
        m.edit(r, Column.CHILD, "Phạm Thị Hoa");
        assertSame(hoa, r.child());

        // Namesakes: picked from the list, and the same name committed again keeps the one picked.
        m.edit(r, Column.CHILD, "lo thi may");
        assertNull(r.child());
        m.choose(r, may2);
        assertEquals("09/01/2018 · Thôn Tây", r.childInfoProperty().get());
        m.edit(r, Column.CHILD, "Lò Thị Mây");
        assertSame(may2, r.child());

        m.edit(r, Column.CHILD, "");
        assertNull(r.child());
        assertEquals(State.BLANK, r.state());
    }

    @Test
    void datesAreDayMonthYearOrTheLatestPastDayWithoutAYear() {
        InjuryQuickEntryModel m = model();
        Row r = row(m, 0);
        m.edit(r, Column.DATE, "5/11/2026");
        assertEquals("05/11/2026", r.text(Column.DATE));
        m.edit(r, Column.DATE, "5/11");
        assertEquals("05/11/2026", r.text(Column.DATE));
        m.edit(r, Column.DATE, "23.11");
        assertEquals("23/11/2026", r.text(Column.DATE), "today is not in the future");
        m.edit(r, Column.DATE, "5/12");
        assertEquals("05/12/2025", r.text(Column.DATE), "December has not come yet: last year's");
        m.edit(r, Column.DATE, "31/02/2026");
        assertEquals("31/02/2026", r.text(Column.DATE));
        assertEquals("Chưa chọn trẻ. Ngày “31/02/2026” không đọc được: ghi ngày/tháng/năm, ví dụ 05/11/2026.", r.message());
        m.edit(r, Column.DATE, "29/2");
        assertTrue(r.message().contains("Ngày “29/2” không đọc được"), "no 29 February in 2026 nor 2025");
    }

    @Test
    void typeCodesWithOrWithoutTheZeroLabelsAndTheirStart() {
        assertEquals(Optional.of(InjuryType.DROWNING), InjuryCellReader.readType("8"));
        assertEquals(Optional.of(InjuryType.DROWNING), InjuryCellReader.readType("08"));
        assertEquals(Optional.of(InjuryType.DROWNING), InjuryCellReader.readType("08 Đuối nước"), "what the cell shows");
        assertEquals(Optional.of(InjuryType.DROWNING), InjuryCellReader.readType("duoi nuoc"));
        assertEquals(Optional.of(InjuryType.TRAFFIC), InjuryCellReader.readType("giao thong"));
        assertEquals(Optional.of(InjuryType.ELECTRIC_SHOCK), InjuryCellReader.readType("10"));
        assertEquals(Optional.of(InjuryType.FALL), InjuryCellReader.readType("nga"), "a whole label wins");
        assertEquals(Optional.empty(), InjuryCellReader.readType("ng"), "Ngã, Ngộ độc or Ngạt thở");
        assertEquals(Optional.empty(), InjuryCellReader.readType("15"));

        InjuryQuickEntryModel m = model();
        Row r = row(m, 0);
        m.edit(r, Column.TYPE, "8");
        assertEquals("08 Đuối nước", r.text(Column.TYPE));
        m.edit(r, Column.TYPE, r.text(Column.TYPE));
        assertEquals("08 Đuối nước", r.text(Column.TYPE), "committing the shown text again keeps it");
        m.edit(r, Column.TYPE, "15");
        assertTrue(r.message().contains("Loại “15” không có trong danh mục: ghi mã từ 1 đến 11 (ví dụ 8 là Đuối nước)."), r.message());
        m.edit(r, Column.TYPE, "ng");
        assertTrue(r.message().contains("Loại “ng” khớp nhiều loại (01 Ngã, 04 Ngộ độc các loại, 06 Ngạt thở, hóc nghẹn): ghi mã số."),
                r.message());
    }

    @Test
    void placeShortcutsLabelsAndYesNo() {
        assertEquals(Optional.of(InjuryPlace.HOME), InjuryCellReader.readPlace("n"));
        assertEquals(Optional.of(InjuryPlace.SCHOOL), InjuryCellReader.readPlace("T"));
        assertEquals(Optional.of(InjuryPlace.COMMUNITY), InjuryCellReader.readPlace("c"));
        assertEquals(Optional.of(InjuryPlace.HOME), InjuryCellReader.readPlace("Tại nhà"));
        assertEquals(Optional.of(InjuryPlace.SCHOOL), InjuryCellReader.readPlace("truong"));
        assertEquals(Optional.of(InjuryPlace.COMMUNITY), InjuryCellReader.readPlace("cong dong"));
        assertEquals(Optional.of(InjuryPlace.COMMUNITY), InjuryCellReader.readPlace("cong_dong"));
        assertEquals(Optional.empty(), InjuryCellReader.readPlace("ruong"));
        assertEquals(Optional.of(true), InjuryCellReader.readYesNo("c"));
        assertEquals(Optional.of(true), InjuryCellReader.readYesNo("Có"));
        assertEquals(Optional.of(true), InjuryCellReader.readYesNo("x"));
        assertEquals(Optional.of(false), InjuryCellReader.readYesNo("k"));
        assertEquals(Optional.of(false), InjuryCellReader.readYesNo("khong"));
        assertEquals(Optional.empty(), InjuryCellReader.readYesNo("y"));

        InjuryQuickEntryModel m = model();
        Row r = type(m, 0, "khoa", "01/11/2026", "1", "t", "k");
        assertEquals("Trường học", r.text(Column.PLACE));
        assertEquals("Không", r.text(Column.DIED));
        m.edit(r, Column.DISABLED, "c");
        assertEquals("Có", r.text(Column.DISABLED));
        assertEquals(State.VALID, r.state());
        m.edit(r, Column.PLACE, "o dau");
        m.edit(r, Column.DIED, "y");
        assertEquals("Địa điểm “o dau” không đọc được: ghi n (tại nhà), t (trường học) hoặc c (cộng đồng). "
                + "Tử vong: ghi c (có) hoặc k (không), không phải “y”.", r.message(), "the rules' own 'chưa chọn địa điểm' is not repeated");
        m.edit(r, Column.DIED, "");
        assertEquals("", r.text(Column.DIED), "blank means no");
    }

    @Test
    void aRowIsCheckedByTheInjuryRulesOnceTheChildIsKnown() {
        InjuryQuickEntryModel m = model();
        Row r = row(m, 0);
        m.edit(r, Column.TYPE, "3");
        assertEquals("Chưa chọn trẻ.", r.message(), "without the child only the child is asked for");
        m.edit(r, Column.CHILD, "khoa");
        assertEquals("Chưa nhập ngày xảy ra tai nạn. Chưa chọn địa điểm (tại nhà / trường học / cộng đồng).", r.message());
        m.edit(r, Column.DATE, "01/05/2019");
        m.edit(r, Column.PLACE, "c");
        assertEquals(State.ERROR, r.state());
        assertEquals("Ngày xảy ra tai nạn 01/05/2019 trước ngày sinh của trẻ (01/06/2019).", r.message());
        m.edit(r, Column.DATE, "01/11/2026");
        assertEquals(State.VALID, r.state());
        assertEquals("", r.message());
        m.edit(r, Column.DIED, "c");
        assertEquals(State.WARNING, r.state(), "a death not yet in the register is amber, still savable");
        assertEquals("Trẻ tử vong do tai nạn nhưng trong sổ trẻ chưa được ghi là đã mất.", r.message());
        assertEquals(List.of(r), m.savableRows());
    }

    @Test
    void theSameChildDateAndTypeTwiceIsAnErrorOnBothRowsAndAgainstTheRegister() {
        InjuryQuickEntryModel m = model();
        Row first = type(m, 0, "khoa", "01/11/2026", "8", "c", "");
        Row second = type(m, 1, "dinh", "1/11", "08", "n", "");
        assertEquals(State.ERROR, first.state());
        assertEquals("Trùng với dòng 2: cùng trẻ, cùng ngày, cùng loại — xoá một dòng.", first.message());
        assertEquals("Trùng với dòng 1: cùng trẻ, cùng ngày, cùng loại — xoá một dòng.", second.message());
        m.edit(second, Column.TYPE, "1");
        assertEquals(State.VALID, first.state());
        assertEquals(State.VALID, second.state());

        Injury stored = Injuries.of(khoa.getId(), LocalDate.of(2026, 11, 1)).id(9L).type(InjuryType.DROWNING)
                .place(InjuryPlace.HOME).build();
        InjuryQuickEntryModel again = new InjuryQuickEntryModel(TODAY, register, List.of(stored));
        Row typedTwice = type(again, 0, "khoa", "01/11/2026", "8", "c", "");
        assertEquals("Sổ đã có tai nạn này (cùng trẻ, cùng ngày, cùng loại): có thể đã nhập lần trước.", typedTwice.message());
    }

    @Test
    void noInjuryAfterADeathTypedInAnotherRow() {
        InjuryQuickEntryModel m = model();
        Row died = type(m, 0, "khoa", "05/11/2026", "8", "c", "c");
        Row later = type(m, 1, "khoa", "10/11/2026", "1", "n", "");
        Row earlier = type(m, 2, "khoa", "01/10/2026", "1", "n", "");
        assertEquals(State.WARNING, died.state());
        assertEquals("Sau ngày trẻ tử vong ghi ở dòng 1 (05/11/2026).", later.message());
        assertEquals(State.VALID, earlier.state());
    }

    @Test
    void theStatusLineCountsValidWrongAndBlankRowsAndANewRowFollowsTheLast() {
        InjuryQuickEntryModel m = model();
        assertEquals(10, m.rows().size());
        assertEquals("0 dòng hợp lệ, 0 dòng lỗi, 10 dòng trống", m.statusProperty().get());
        String[] names = {"dinh van khoa", "nguyen thi hoa", "tran van hoa", "pham thi hoa"};
        for (int i = 0; i < 8; i++) {
            type(m, i, names[i % 4], (i + 1) + "/11", String.valueOf(i / 4 + 1), "c", "");
        }
        assertEquals(10, m.rows().size());
        type(m, 8, "khoa", "01/01/2019", "2", "n", "");
        assertEquals(10, m.rows().size());
        assertEquals("8 dòng hợp lệ, 1 dòng lỗi, 1 dòng trống", m.statusProperty().get());
        assertEquals(8, m.savableCountProperty().get());

        m.edit(row(m, 9), Column.TREATED_AT, "Trạm y tế xã");
        assertEquals(11, m.rows().size(), "typing in the last row adds an empty one after it");
        assertEquals(11, row(m, 10).numberProperty().get());
        m.edit(row(m, 9), Column.DIED, "c");
        assertEquals("8 dòng hợp lệ, 2 dòng lỗi, 1 dòng trống", m.statusProperty().get());
        m.edit(row(m, 7), Column.DIED, "c");
        assertEquals("8 dòng hợp lệ (1 dòng có cảnh báo), 2 dòng lỗi, 1 dòng trống", m.statusProperty().get());

        m.clear(row(m, 9));
        assertEquals(State.BLANK, row(m, 9).state());
        assertEquals("", row(m, 9).text(Column.TREATED_AT));
        assertEquals("8 dòng hợp lệ (1 dòng có cảnh báo), 1 dòng lỗi, 2 dòng trống", m.statusProperty().get());
    }

    @Test
    void onlyValidRowsAreSavedAndDeathsAreOfferedOncePerChild() {
        Child alreadyDead = child(9, "Vi Văn Sơn", LocalDate.of(2012, 2, 2), "Thôn Đông");
        alreadyDead.setStatus(ChildStatus.DIED);
        alreadyDead.setStatusDate(LocalDate.of(2026, 11, 3));
        List<Child> children = new java.util.ArrayList<>(register);
        children.add(alreadyDead);
        InjuryQuickEntryModel m = new InjuryQuickEntryModel(TODAY, children, List.of());
        Row fall = type(m, 0, "khoa", "01/11/2026", "1", "n", "");
        m.edit(fall, Column.DISABLED, "c");
        m.edit(fall, Column.TREATED_AT, "  Bệnh viện  huyện ");
        Row drowned = type(m, 1, "nguyen thi hoa", "02/11/2026", "8", "c", "c");
        Row burnSameDeath = type(m, 2, "nguyen thi hoa", "02/11/2026", "2", "c", "c");
        Row wrong = type(m, 3, "pham thi hoa", "01/01/2010", "3", "c", "");
        Row son = type(m, 4, "vi van son", "03/11/2026", "3", "c", "c");

        assertEquals(List.of(fall, drowned, burnSameDeath, son), m.savableRows(), "grid order, the error row left out");
        assertEquals(Injuries.of(khoa.getId(), LocalDate.of(2026, 11, 1)).type(InjuryType.FALL).place(InjuryPlace.HOME)
                .disabled().treatedAt("Bệnh viện huyện").build(), fall.toInjury());

        List<Row> offers = InjuryQuickEntryModel.deathOffers(m.savableRows());
        assertEquals(List.of(drowned, burnSameDeath), offers, "Sơn's death is already in the register");
        assertEquals("Ghi nhận các trẻ sau đã mất vào ngày bị tai nạn?\n"
                + "• Nguyễn Thị Hòa (sinh 05/03/2016, Thôn Đông): mất ngày 02/11/2026, Đuối nước\n\n"
                + "Chọn “Không” thì chỉ lưu các tai nạn; tình trạng của trẻ trong sổ giữ nguyên.",
                InjuryQuickEntryModel.deathQuestion(offers));
        assertFalse(wrong.state().savable());
    }

    @Test
    void savedRowsLeaveTheGridAndTheRestIsCheckedAgainstTheRegisterAsItIsNow() {
        InjuryQuickEntryModel m = model();
        Row fall = type(m, 0, "khoa", "01/11/2026", "1", "n", "");
        Row wrong = type(m, 1, "pham thi hoa", "01/01/2010", "3", "c", "");
        Row drowned = type(m, 2, "nguyen thi hoa", "02/11/2026", "8", "c", "c");
        List<Row> toSave = m.savableRows();
        assertEquals(List.of(fall, drowned), toSave);

        Child hoaDied = hoaDong.copy();
        hoaDied.setStatus(ChildStatus.DIED);
        hoaDied.setStatusDate(LocalDate.of(2026, 11, 2));
        List<Child> now = register.stream().map(c -> c == hoaDong ? hoaDied : c).toList();
        List<Injury> stored = List.of(fall.toInjury().withId(1L), drowned.toInjury().withId(2L));
        m.saved(toSave, now, stored);

        assertSame(wrong, row(m, 0), "the row with an error stays for correction");
        assertEquals(10, m.rows().size(), "padded with empty rows again");
        assertEquals("0 dòng hợp lệ, 1 dòng lỗi, 9 dòng trống", m.statusProperty().get());
        Row retyped = type(m, 1, "khoa", "1/11", "1", "t", "");
        assertEquals("Sổ đã có tai nạn này (cùng trẻ, cùng ngày, cùng loại): có thể đã nhập lần trước.", retyped.message());
        Row afterDeath = type(m, 2, "nguyen thi hoa", "10/11/2026", "1", "t", "");
        assertEquals("Ngày xảy ra tai nạn 10/11/2026 sau ngày trẻ mất (02/11/2026).", afterDeath.message());
        assertEquals("05/03/2016 · Thôn Đông · đã mất 02/11/2026", afterDeath.childInfoProperty().get());
    }
}
