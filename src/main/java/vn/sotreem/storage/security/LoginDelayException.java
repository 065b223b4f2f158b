package vn.sotreem.storage.security;

import java.time.Duration;
import vn.sotreem.domain.common.UserFacingException;

/** Too many wrong passwords in a row: the next attempt must wait. */
public class LoginDelayException extends UserFacingException {

    private final Duration wait;

    public LoginDelayException(Duration wait) {
        super("Đã gõ sai mật khẩu nhiều lần. Hãy đợi " + describe(wait) + " rồi thử lại.");
        this.wait = wait;
    }

    /** How long until the next attempt is allowed. */
    public Duration waitTime() {
        return wait;
    }

    static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 60 ? seconds + " giây" : (seconds + 59) / 60 + " phút";
    }
}
