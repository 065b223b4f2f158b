package vn.sotreem.domain;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese name order as used in official lists: by given name (the last word), then family and
 * middle names, then date of birth, compared with the JDK's Vietnamese collation (letters before
 * tones: a ă â … d đ …; tones: none, huyền, hỏi, ngã, sắc, nặng).
 */
public final class NameOrder {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

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

    /**
     * A sort key of a full name (given name, then family and middle names). Keys made by the same
     * collator compare in Vietnamese order; precompute them once for big lists.
     */
    public static CollationKey sortKey(Collator collator, String fullName) {
        // U+0001 sorts before any letter, so "An" + anything comes before "Anh".
        return collator.getCollationKey(givenName(fullName) + '\u0001' + familyAndMiddle(fullName));
    }

    /** Compares children by name in Vietnamese order, then by birth date (unknown last). */
    public static Comparator<Child> childComparator() {
        Collator collator = newCollator();
        Comparator<Child> byName = (a, b) ->
                sortKey(collator, a.getFullName()).compareTo(sortKey(collator, b.getFullName()));
        return byName.thenComparing(Child::getBirthDate,
                Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** Compares plain names (e.g. villages, given-name-first is not wanted) in Vietnamese order. */
    public static Comparator<String> textComparator() {
        Collator collator = newCollator();
        return collator::compare;
    }
}
