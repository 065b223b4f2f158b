package vn.sotreem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.place.RegisterInfo;

class OfficialNamesTest {

    static OfficialNames of(String commune) {
        return new OfficialNames(new RegisterInfo("00001", commune, "01", "Tỉnh X", "Cán bộ"));
    }

    @Test
    void theUnitInTheNameIsKeptAndCapitalised() {
        assertEquals("UBND PHƯỜNG BA ĐÌNH", of("Phường Ba Đình").issuingBody());
        assertEquals("UBND XÃ TÂN LẬP", of("Xã Tân Lập").issuingBody());
        assertEquals("UBND ĐẶC KHU CÔN ĐẢO", of("Đặc khu Côn Đảo").issuingBody());
        assertEquals("CHỦ TỊCH UBND ĐẶC KHU", of("Đặc khu Côn Đảo").chairmanTitle());
        assertEquals("Chủ tịch UBND phường", of("Phường Ba Đình").chairman());
    }

    @Test
    void aNameWithoutUnitIsAXaAndOddSpellingIsTolerated() {
        assertEquals("UBND XÃ TÂN LẬP", of("Tân Lập").issuingBody());
        assertEquals("CHỦ TỊCH UBND XÃ", of("Tân Lập").chairmanTitle());
        assertEquals("UBND PHƯỜNG HÒA BÌNH", of("  phường   Hòa Bình ").issuingBody());
        // "Xã" alone is not a name: kept as the name of a xã rather than dropped.
        assertEquals("UBND XÃ XÃ", of("Xã").issuingBody());
        assertEquals("UBND XÃ …………", of(null).issuingBody());
    }

    @Test
    void theDateLineUsesTheProperNameOrTheFullNameOfANumberedUnit() {
        assertEquals("Ba Đình", of("Phường Ba Đình").placeName());
        assertEquals("Phường 1", of("Phường 1").placeName());
        assertEquals("…………", of("").placeName());
    }

    @Test
    void formalDatesPadDayAndMonth() {
        assertEquals("ngày 05 tháng 01 năm 2027", OfficialDocument.formalDate(LocalDate.of(2027, 1, 5)));
        assertEquals("ngày 25 tháng 11 năm 2026", OfficialDocument.formalDate(LocalDate.of(2026, 11, 25)));
        assertEquals("ngày ………… tháng ………… năm …………", OfficialDocument.formalDate(null));
    }
}
