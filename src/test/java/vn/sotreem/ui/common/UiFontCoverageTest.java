package vn.sotreem.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.io.InputStream;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled font files have a glyph for every letter of Vietnamese, precomposed or typed with combining marks. */
class UiFontCoverageTest {

    private static final String VOWELS = "aăâeêioôơuưy";
    /** Huyền, sắc, hỏi, ngã, nặng. */
    private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";

    @ParameterizedTest
    @ValueSource(strings = {"fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Bold.ttf"})
    void everyVietnameseLetterHasAGlyph(String file) throws Exception {
        Font font = bundled(file);
        assertEquals(UiFont.FAMILY, font.getFamily());
        String text = allLetters();
        assertEquals(-1, font.canDisplayUpTo(text), () -> "no glyph for " + text.charAt(font.canDisplayUpTo(text)));
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertEquals(-1, font.canDisplayUpTo(decomposed), "combining marks, as some keyboards type them");
        String sample = "Sổ Trẻ Em — Nguyễn Thị Hường, Đặng Văn Ửng, ỹ ỵ ặ";
        assertEquals(-1, font.canDisplayUpTo(sample));
    }

    @Test
    void theCheckSeesAMissingGlyph() throws Exception {
        Font font = bundled("fonts/NotoSans-Regular.ttf");
        assertEquals(2, font.canDisplayUpTo("ổẻ\u0E01"), "Thai is not in Noto Sans: the check can fail");
    }

    private static Font bundled(String file) throws Exception {
        try (InputStream in = UiFont.class.getResourceAsStream(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    /** Every vowel with every tone in both cases, precomposed (NFC), plus đ and Đ: 146 letters. */
    private static String allLetters() {
        StringBuilder letters = new StringBuilder("đĐ");
        for (char vowel : VOWELS.toCharArray()) {
            String base = Normalizer.normalize(String.valueOf(vowel), Normalizer.Form.NFC);
            letters.append(base).append(base.toUpperCase());
            for (char mark : TONE_MARKS.toCharArray()) {
                String letter = Normalizer.normalize(base + mark, Normalizer.Form.NFC);
                assertEquals(1, letter.length(), "precomposed " + letter);
                letters.append(letter).append(letter.toUpperCase());
            }
        }
        assertEquals(2 + VOWELS.length() * 12, letters.length());
        return letters.toString();
    }
}
