package vn.sotreem.domain.child;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import vn.sotreem.domain.common.VietnameseText;

/**
 * Vietnamese name order as used in official lists: by given name (the last word), then family and
 * middle names, then date of birth, compared with the JDK's Vietnamese collation (letters before
 * tones: a ă â … d đ …; tones: none, huyền, hỏi, ngã, sắc, nặng).
 */
public final class NameOrder {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** Combining grave (huyền), hook above (hỏi), tilde (ngã), acute (sắc), dot below (nặng). */
    private static final String TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323";

    private NameOrder() {
    }

    /** The given name (tên): the last word of the full name. */
    public static String givenName(String fullName) {
        String clean = VietnameseText.clean(fullName);
        int space = clean.lastIndexOf(' ');
        return space < 0 ? clean : clean.substring(space + 1);
    }

    /** Family and middle names (họ và tên đệm): everything before the given name. */
    public static String familyAndMiddle(String fullName) {
        String clean = VietnameseText.clean(fullName);
        int space = clean.lastIndexOf(' ');
        return space < 0 ? "" : clean.substring(0, space);
    }

    /** A new collator for Vietnamese; collators are not thread-safe, so each user takes its own. */
    public static Collator newCollator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }

    /** A precomputable sort key of a full name: given name first, then family and middle names. */
    public record NameKey(CollationKey given, CollationKey familyAndMiddle) implements Comparable<NameKey> {
        @Override
        public int compareTo(NameKey other) {
            int byGiven = given.compareTo(other.given);
            return byGiven != 0 ? byGiven : familyAndMiddle.compareTo(other.familyAndMiddle);
        }
    }

    /**
     * The sort key of a full name. Keys made by the same collator compare in Vietnamese order;
     * precompute them once for big lists.
     */
    public static NameKey sortKey(Collator collator, String fullName) {
        return new NameKey(collator.getCollationKey(canonicalTones(givenName(fullName))),
                collator.getCollationKey(canonicalTones(familyAndMiddle(fullName))));
    }

    /**
     * Moves each word's tone mark to the end of the word, so that old- and new-style placements
     * ("Hòa"/"Hoà", "Thủy"/"Thuỷ") collate as the same name. Letters still compare before tones.
     */
    static String canonicalTones(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        StringBuilder word = new StringBuilder();
        char tone = 0;
        for (int i = 0; i <= decomposed.length(); i++) {
            char ch = i < decomposed.length() ? decomposed.charAt(i) : ' ';
            if (TONE_MARKS.indexOf(ch) >= 0) {
                tone = ch;
            } else if (Character.isWhitespace(ch)) {
                out.append(word);
                if (tone != 0) {
                    out.append(tone);
                }
                if (i < decomposed.length()) {
                    out.append(ch);
                }
                word.setLength(0);
                tone = 0;
            } else {
                word.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * Compares children by name in Vietnamese order, then by birth date (unknown last). Keys are
     * computed once per child, so sorting 20 000 children stays fast; use one comparator per sort.
     */
    public static Comparator<Child> childComparator() {
        Collator collator = newCollator();
        Map<Child, NameKey> keys = new IdentityHashMap<>();
        Comparator<Child> byName = Comparator.comparing(
                child -> keys.computeIfAbsent(child, c -> sortKey(collator, c.getFullName())));
        return byName.thenComparing(Child::getBirthDate, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** Compares plain names (e.g. villages, given-name-first is not wanted) in Vietnamese order. */
    public static Comparator<String> textComparator() {
        Collator collator = newCollator();
        return collator::compare;
    }
}
