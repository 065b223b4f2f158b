package vn.sotreem.domain.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Severity;

/** The merged-commune check on real rows of the bundled GSO lists and the 2025 mapping. */
class OldCommunesTest {

    private final OldCommunes communes = OldCommunes.get();

    @Test
    void bundlesEveryPre2025Commune() {
        OldCommune phuongLau = communes.byCode("07921").orElseThrow();
        assertEquals("Xã Phượng Lâu (Thành phố Việt Trì, Tỉnh Phú Thọ)", phuongLau.display());
        assertEquals(List.of(phuongLau), communes.byName("25", "phuong lau"));
        assertEquals(List.of(phuongLau), communes.byName("25", "XÃ PHƯỢNG LÂU"));
        assertTrue(communes.byName("01", "phuong lau").isEmpty());
    }

    @Test
    void listsTheOldCommunesMergedIntoANewOne() {
        // 07918 Phường Vân Phú took Vân Phú, Phượng Lâu, Kim Đức and Hùng Lô wholly
        assertEquals(List.of("07918", "07921", "08281", "08287"),
                communes.formerCommunesOf("07918").stream().map(OldCommune::code).toList());
    }

    @Test
    void anOldCommuneMergedWhollyIntoTheRegistersCommuneIsFine() {
        assertTrue(communes.checkOrigin("07921", "07918").isEmpty());
        assertTrue(communes.checkOrigin("00001", "00097").isEmpty()); // Phúc Xá → Hồng Hà
    }

    @Test
    void anOldCommuneNowInAnotherCommuneIsAnError() {
        Problem problem = communes.checkOrigin("00001", "00004").orElseThrow();
        assertTrue(problem.isError());
        assertEquals("Xã cũ Phường Phúc Xá (mã 00001) nay thuộc Phường Hồng Hà, không phải xã của sổ này "
                + "(Phường Ba Đình).", problem.message());
    }

    @Test
    void aSplitOldCommuneWarnsNamingTheNewCommunes() {
        // 00007 Phường Cống Vị was split between 00008 Phường Ngọc Hà and 00025 Phường Giảng Võ
        Problem problem = communes.checkOrigin("00007", "00008").orElseThrow();
        assertEquals(Severity.WARNING, problem.severity());
        assertTrue(problem.message().startsWith("Xã cũ Phường Cống Vị (mã 00007) đã được chia cho nhiều xã mới: "
                + "Phường Ngọc Hà, Phường Giảng Võ."), problem.message());
        Problem elsewhere = communes.checkOrigin("00007", "00004").orElseThrow();
        assertTrue(elsewhere.isError());
        assertTrue(elsewhere.message().contains("nay thuộc Phường Ngọc Hà, Phường Giảng Võ, không phải xã của sổ này"),
                elsewhere.message());
    }

    @Test
    void anUnknownCodeIsAnError() {
        Problem problem = communes.checkOrigin("99999", "00004").orElseThrow();
        assertTrue(problem.isError());
        assertTrue(problem.message().contains("Không có xã cũ mã “99999”"), problem.message());
    }
}
