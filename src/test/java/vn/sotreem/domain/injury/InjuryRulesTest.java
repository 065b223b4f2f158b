package vn.sotreem.domain.injury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;

class InjuryRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Child child(LocalDate birth) {
        Child c = new Child();
        c.setId(1L);
        c.setFullName("Lò Thị Mây");
        c.setBirthDate(birth);
        return c;
    }

    private static List<String> messages(Injury injury, Child child) {
        return InjuryRules.validate(injury, child, TODAY).stream().map(p -> (p.isError() ? "E " : "W ") + p.message()).toList();
    }

    @Test
    void anInjuryMustFallWithinTheChildsLifeAsAChild() {
        Child mây = child(LocalDate.of(2010, 11, 10));
        assertEquals(List.of("E Ngày xảy ra tai nạn 10/11/2026 từ ngày trẻ đủ 16 tuổi (10/11/2026) trở đi."),
                messages(Injuries.of(1, LocalDate.of(2026, 11, 10)).type(InjuryType.FALL)
                        .place(InjuryPlace.HOME).build(), mây));
        assertEquals(List.of(), messages(Injuries.of(1, LocalDate.of(2026, 11, 9)).type(InjuryType.FALL)
                .place(InjuryPlace.HOME).build(), mây), "the day before the 16th birthday");
        assertEquals(List.of("E Ngày xảy ra tai nạn 24/11/2026 ở trong tương lai.", "E Chưa chọn loại tai nạn, thương tích (01–11).",
                        "E Chưa chọn địa điểm (tại nhà / trường học / cộng đồng)."),
                messages(Injuries.of(1, LocalDate.of(2026, 11, 24)).type(null)
                        .place(null).build(), child(LocalDate.of(2015, 1, 1))));
    }

    @Test
    void noInjuryAfterDeathAndADeathByInjuryIsOfferedNotImposed() {
        Child dead = child(LocalDate.of(2015, 1, 1));
        dead.setStatus(ChildStatus.DIED);
        dead.setStatusDate(LocalDate.of(2026, 6, 1));
        assertEquals(List.of("E Ngày xảy ra tai nạn 02/06/2026 sau ngày trẻ mất (01/06/2026)."),
                messages(Injuries.of(1, LocalDate.of(2026, 6, 2)).type(InjuryType.FALL)
                        .place(InjuryPlace.HOME).build(), dead));
        Injury drowned = Injuries.of(1, LocalDate.of(2026, 6, 1)).type(InjuryType.DROWNING).place(InjuryPlace.COMMUNITY)
                .died().build();
        assertFalse(InjuryRules.offersDeath(drowned, dead), "already recorded");
        Child alive = child(LocalDate.of(2015, 1, 1));
        assertTrue(InjuryRules.offersDeath(drowned, alive));
        assertEquals(List.of("W Trẻ tử vong do tai nạn nhưng trong sổ trẻ chưa được ghi là đã mất."), messages(drowned, alive));
    }

    @Test
    void typesAreFoundByCodeWithOrWithoutTheLeadingZeroOrByLabel() {
        assertEquals(InjuryType.DROWNING, InjuryType.lookup("08").orElseThrow());
        assertEquals(InjuryType.DROWNING, InjuryType.lookup("8").orElseThrow());
        assertEquals(InjuryType.DROWNING, InjuryType.lookup("duoi nuoc").orElseThrow());
        assertTrue(InjuryType.lookup("12").isEmpty());
    }

    @Test
    void aFreeTextLongerThanItsFieldTakesIsAnErrorOfThatField() {
        Child mây = child(LocalDate.of(2015, 1, 1));
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertEquals(List.of(), messages(Injuries.of(1, day).treatedAt("x".repeat(300)).note("y".repeat(2000)).build(), mây));
        List<vn.sotreem.domain.common.Problem> problems = InjuryRules.validate(
                Injuries.of(1, day).treatedAt("x".repeat(301)).build(), mây, TODAY);
        assertEquals(List.of("noi_dieu_tri E Nơi điều trị dài quá 300 ký tự (đang có 301)."),
                problems.stream().map(p -> p.field() + (p.isError() ? " E " : " W ") + p.message()).toList());
    }

    @Test
    void theCatalogueKeysAreTheWorkbookColumnKeysInSheetOrder() {
        assertEquals(List.of("ma_tre", "ngay_xay_ra", "loai", "dia_diem", "tu_vong", "khuyet_tat", "noi_dieu_tri", "nguyen_nhan",
                        "ghi_chu"),
                java.util.Arrays.stream(InjuryField.values()).map(InjuryField::key).toList());
        assertEquals(List.of(InjuryField.CHILD, InjuryField.DATE, InjuryField.TYPE, InjuryField.PLACE),
                java.util.Arrays.stream(InjuryField.values()).filter(InjuryField::required).toList());
    }
}
