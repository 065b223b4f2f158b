package vn.sotreem.storage.security;

import java.security.SecureRandom;

/**
 * The recovery key: 25 random letters and digits (about 125 bits) shown once, in groups of five,
 * to be printed and kept apart from the PC. Typing is forgiving: case, spaces and dashes are
 * ignored, and letters that look alike are not used.
 */
public final class RecoveryKey {

    // No 0/O, 1/I/L, 5/S, 2/Z: the key is read from paper.
    private static final String ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789";
    private static final int LENGTH = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryKey() {
    }

    /** A new key in its printed form, e.g. {@code K7MXQ-9RTAB-…}. */
    public static String generate() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                key.append('-');
            }
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    /** The key as it is wrapped: upper case, without spaces or dashes. */
    static char[] normalise(char[] typed) {
        StringBuilder clean = new StringBuilder();
        for (char c : typed) {
            if (Character.isLetterOrDigit(c)) {
                clean.append(Character.toUpperCase(c));
            }
        }
        char[] out = new char[clean.length()];
        clean.getChars(0, clean.length(), out, 0);
        return out;
    }
}
