package vn.sotreem.ui.common;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.common.UserFacingException;

/**
 * Turns any failure into a Vietnamese message. Officer-facing failures keep their own message;
 * anything else gets a generic message and is logged without its message text, which may carry
 * names or other personal data.
 */
public final class ErrorMessages {

    public static final String UNEXPECTED = "Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi.";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private ErrorMessages() {
    }

    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException) {
                return t.getMessage();
            }
        }
        if (error instanceof UnsupportedOperationException) {
            LOG.warn("Feature not available yet: {}", where(error));
            return "Chức năng này chưa dùng được trong phiên bản này.";
        }
        LOG.error("Unexpected error: {}", where(error));
        return UNEXPECTED;
    }

    /** Exception classes of the cause chain and the top stack frames: no messages, no data. */
    static String where(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            out.append(t.getClass().getName()).append(" at ")
                    .append(Arrays.stream(t.getStackTrace()).limit(8).map(StackTraceElement::toString)
                            .collect(Collectors.joining(" <- ")));
            if (t.getCause() != null) {
                out.append(" | caused by ");
            }
        }
        return out.toString();
    }
}
