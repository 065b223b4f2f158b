package vn.sotreem.storage;

import vn.sotreem.domain.UserFacingException;

/** The password (or recovery key) opens no entry of the key ring. */
public class WrongPasswordException extends UserFacingException {

    public WrongPasswordException() {
        super("Mật khẩu không đúng. Hãy gõ lại (chú ý phím Caps Lock và bộ gõ tiếng Việt).");
    }
}
