package vn.sotreem.domain.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text normalisation for Vietnamese: accent-free folding for search and matching. */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern KEY_SEPARATORS = Pattern.compile("[\\s_\\-'’]+");

    private VietnameseText() {
    }

    /**
     * Folds text for accent-free comparison: NFD, drop combining marks, đ→d, lower case, collapse
     * spaces. Tone-placement variants ("Hòa"/"Hoà") fold to the same string, which NFC does not do.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Folds and removes spaces, underscores, hyphens and apostrophes: for header and alias keys. */
    public static String foldKey(String text) {
        return KEY_SEPARATORS.matcher(fold(text)).replaceAll("");
    }

    /** Stores names as typed but in NFC, with runs of spaces collapsed. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Null for blank text, otherwise the cleaned text. */
    public static String cleanOrNull(String text) {
        return isBlank(text) ? null : clean(text);
    }
}
