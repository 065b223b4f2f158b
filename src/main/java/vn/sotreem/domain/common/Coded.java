package vn.sotreem.domain.common;

import java.util.Optional;

/** A value of a code list: a stable code for storage and a Vietnamese label for people. */
public interface Coded {

    /** A code and its label; enums hold one of these instead of two fields and two accessors. */
    record CodeLabel(String code, String label) {
    }

    CodeLabel codeLabel();

    default String code() {
        return codeLabel().code();
    }

    default String label() {
        return codeLabel().label();
    }

    /**
     * Finds a value by its code (exact, case-sensitive: {@code đ} is not {@code d}) or else by its
     * label compared after folding. This is the one rule every importer and form uses.
     */
    static <T extends Coded> Optional<T> lookup(T[] values, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (T value : values) {
            if (value.code().equals(trimmed)) {
                return Optional.of(value);
            }
        }
        String folded = VietnameseText.foldKey(trimmed);
        for (T value : values) {
            if (VietnameseText.foldKey(value.label()).equals(folded)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Finds a value by its code only. */
    static <T extends Coded> Optional<T> byCode(T[] values, String code) {
        for (T value : values) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
