package vn.sotreem.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.place.AdminUnits;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.place.CommuneMatch;
import vn.sotreem.domain.child.EthnicGroup;
import vn.sotreem.domain.child.Poverty;

class ReferenceDataTest {

    @Test
    void bundlesThePost2025Units() {
        AdminUnits units = AdminUnits.get();
        assertEquals(34, units.provinces().size());
        assertEquals(3321, units.provinces().stream().mapToInt(p -> units.communesOf(p.code()).size()).sum());
        assertEquals("Phường Ba Đình", units.commune("00004").orElseThrow().fullName());
    }

    @Test
    void findsACommuneByItsPre2025Name() {
        List<CommuneMatch> matches = AdminUnits.get().search("01", "phuc xa");
        assertTrue(matches.stream().anyMatch(m -> m.commune().code().equals("00097")
                && "Phường Phúc Xá".equals(m.formerName())), matches.toString());
        assertEquals("Phường Hồng Hà (trước đây: Phường Phúc Xá)",
                matches.stream().filter(m -> m.commune().code().equals("00097")).findFirst().orElseThrow().display());
    }

    @Test
    void findsACommuneByEitherTonePlacement() {
        assertTrue(AdminUnits.get().search("01", "Yên Hòa").stream()
                .anyMatch(m -> m.commune().code().equals("00175") && m.formerName() == null));
        assertTrue(AdminUnits.get().search("01", "yen hoa").stream()
                .anyMatch(m -> m.commune().code().equals("00175")));
    }

    @Test
    void ethnicGroupsMatchCodesNamesAndSpellingVariants() {
        assertEquals("08", EthnicGroup.lookup("Mông").orElseThrow().code());
        assertEquals("08", EthnicGroup.lookup("H'Mông").orElseThrow().code());
        assertEquals("08", EthnicGroup.lookup("hmong").orElseThrow().code());
        assertEquals("05", EthnicGroup.lookup("Khmer").orElseThrow().code());
        assertEquals("12", EthnicGroup.lookup("Ê Đê").orElseThrow().code());
        assertEquals("01", EthnicGroup.lookup("01").orElseThrow().code());
        assertEquals("01", EthnicGroup.lookup("kinh").orElseThrow().code());
        assertEquals("nuoc_ngoai", EthnicGroup.lookup("Người nước ngoài").orElseThrow().code());
        assertEquals(Optional.empty(), EthnicGroup.lookup("Martian"));
        assertEquals(56, EthnicGroup.all().size());
    }

    @Test
    void codeListsAcceptCodeOrLabelAfterFolding() {
        assertEquals(Optional.of(Sex.FEMALE), Coded.lookup(Sex.values(), "nu"));
        assertEquals(Optional.of(Sex.FEMALE), Coded.lookup(Sex.values(), "Nữ"));
        assertEquals(Optional.of(Sex.FEMALE), Coded.lookup(Sex.values(), "NỮ"));
        assertEquals(Optional.of(ChildStatus.MOVED_AWAY), Coded.lookup(ChildStatus.values(), "đã chuyển đi"));
        assertEquals(Optional.of(Poverty.NEAR_POOR), Coded.lookup(Poverty.values(), "can_ngheo"));
        assertEquals(Optional.empty(), Coded.lookup(Sex.values(), "abc"));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("05/03/2018", DateText.format(java.time.LocalDate.of(2018, 3, 5)));
        assertEquals(Optional.of(java.time.LocalDate.of(2018, 3, 5)), DateText.parse("5/3/2018"));
        assertEquals(Optional.of(java.time.LocalDate.of(2018, 3, 5)), DateText.parse("05/03/2018"));
        assertEquals(Optional.empty(), DateText.parse("31/02/2018"));
        assertEquals(Optional.empty(), DateText.parse("2018-03-05"));
        assertEquals(Optional.empty(), DateText.parse("hôm qua"));
    }
}
