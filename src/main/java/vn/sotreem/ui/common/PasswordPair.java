package vn.sotreem.ui.common;

import java.util.Optional;
import vn.sotreem.storage.security.PasswordRules;

/** A new password typed twice: what is wrong with it, in Vietnamese, or nothing. */
public final class PasswordPair {

    private PasswordPair() {
    }

    /** The first problem of the pair, empty when the password may be used. */
    public static Optional<String> problem(String password, String repeat) {
        String pw = password == null ? "" : password;
        String again = repeat == null ? "" : repeat;
        if (pw.isEmpty()) {
            return Optional.of("Hãy nhập mật khẩu mới (ít nhất " + PasswordRules.MIN_LENGTH + " ký tự).");
        }
        if (pw.length() < PasswordRules.MIN_LENGTH) {
            return Optional.of("Mật khẩu cần ít nhất " + PasswordRules.MIN_LENGTH + " ký tự (mới có " + pw.length() + ").");
        }
        if (again.isEmpty()) {
            return Optional.of("Hãy gõ lại mật khẩu mới một lần nữa.");
        }
        if (!again.equals(pw)) {
            return Optional.of("Hai lần gõ mật khẩu chưa giống nhau.");
        }
        return Optional.empty();
    }
}
