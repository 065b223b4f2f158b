package vn.sotreem.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsTonePlacementVariantsToTheSameText() {
        String oldStyle = "Hòa";
        String newStyle = "Hoà";
        assertNotEquals(Normalizer.normalize(oldStyle, Normalizer.Form.NFC),
                Normalizer.normalize(newStyle, Normalizer.Form.NFC), "NFC alone does not unify them");
        assertEquals("hoa", VietnameseText.fold(oldStyle));
        assertEquals("hoa", VietnameseText.fold(newStyle));
        assertEquals(VietnameseText.fold("Thủy"), VietnameseText.fold("Thuỷ"));
    }

    @Test
    void foldsDWithStrokeAndCase() {
        assertEquals("duc", VietnameseText.fold("Đức"));
        assertEquals("dang duc dung", VietnameseText.fold("ĐẶNG  Đức   DŨNG "));
    }

    @Test
    void foldsDecomposedInputLikeComposed() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertEquals("nguyen thi anh", VietnameseText.fold(decomposed));
    }

    @Test
    void foldKeyDropsSeparators() {
        assertEquals("hovaten", VietnameseText.foldKey("Họ và tên"));
        assertEquals("hoten", VietnameseText.foldKey("ho_ten"));
        assertEquals("hmong", VietnameseText.foldKey("H'Mông"));
        assertEquals("khome", VietnameseText.foldKey("Khơ-me"));
    }

    @Test
    void cleanKeepsTheNameButNormalisesToNfc() {
        String decomposed = Normalizer.normalize("Lê  Thị Hoà ", Normalizer.Form.NFD);
        String clean = VietnameseText.clean(decomposed);
        assertEquals("Lê Thị Hoà", clean);
        assertEquals(Normalizer.normalize(clean, Normalizer.Form.NFC), clean);
    }
}
