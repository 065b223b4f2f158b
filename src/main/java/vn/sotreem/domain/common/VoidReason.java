package vn.sotreem.domain.common;

import java.util.Optional;

/**
 * Why a record entered in error is voided: required, and at most {@value #MAX_LENGTH} characters
 * (the smallest column that keeps it). One rule for every kind of record; the dialogs check it as
 * the officer types, storage checks it again before anything is written.
 */
public final class VoidReason {

    public static final int MAX_LENGTH = 500;

    private VoidReason() {
    }

    /**
     * The message for a reason that cannot be kept, or empty when it can.
     *
     * @param what     the record in the message ("hồ sơ", "vụ việc"), or "" for any record
     * @param examples examples of reasons for the message, or null for none
     */
    public static Optional<String> problem(String reason, String what, String examples) {
        if (VietnameseText.isBlank(reason)) {
            return Optional.of("Hãy ghi lý do hủy" + (what.isEmpty() ? "" : " " + what)
                    + (examples == null ? "." : " (ví dụ: " + examples + ")."));
        }
        if (reason.trim().length() > MAX_LENGTH) {
            return Optional.of("Lý do hủy dài quá " + MAX_LENGTH + " ký tự.");
        }
        return Optional.empty();
    }

    /** The reason, cleaned, to keep; refused with {@link #problem}'s message when it cannot be kept. */
    public static String require(String reason, String what, String examples) {
        problem(reason, what, examples).ifPresent(message -> {
            throw new UserFacingException(message);
        });
        return VietnameseText.clean(reason);
    }
}
