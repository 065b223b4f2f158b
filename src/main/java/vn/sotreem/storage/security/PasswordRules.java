package vn.sotreem.storage.security;

import java.util.Optional;

/** What a password must be before it may protect a register. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    /** A Vietnamese message when the password is too weak, empty when it is acceptable. */
    public static Optional<String> check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.");
        }
        return Optional.empty();
    }
}
