package vn.sotreem.domain.common;

/**
 * A failure the officer must read: the message is Vietnamese, names where the problem is and
 * what to do. Nothing that throws it has left data half-written.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
