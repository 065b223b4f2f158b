package vn.sotreem.domain.common;

/** A validation result on one field, with a Vietnamese message for the officer. */
public record Problem(String field, Severity severity, String message) {

    public static Problem error(String field, String message) {
        return new Problem(field, Severity.ERROR, message);
    }

    public static Problem warning(String field, String message) {
        return new Problem(field, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
