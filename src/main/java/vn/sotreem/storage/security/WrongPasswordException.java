package vn.sotreem.storage.security;

import java.time.Duration;
import vn.sotreem.domain.common.UserFacingException;

/** The password (or recovery key) opens no entry of the key ring. */
public class WrongPasswordException extends UserFacingException {

    private final transient Duration waitTime;

    private static final String MESSAGE = "Mật khẩu không đúng. Hãy gõ lại (chú ý phím Caps Lock và bộ gõ tiếng Việt).";

    public WrongPasswordException() {
        super(MESSAGE);
        this.waitTime = Duration.ZERO;
    }

    /** After {@code failures} wrong passwords in a row, the next attempt must wait {@code wait}. */
    public WrongPasswordException(int failures, Duration wait) {
        super(wait.isZero() ? MESSAGE : MESSAGE + " Đã gõ sai " + failures + " lần liền: hãy đợi "
                + LoginDelayException.describe(wait) + " rồi thử lại.");
        this.waitTime = wait;
    }

    /** How long the next attempt must wait (zero when it may go ahead). */
    public Duration waitTime() {
        return waitTime;
    }
}
