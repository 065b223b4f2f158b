package vn.sotreem.ui.settings;

import java.time.LocalDate;
import java.util.Optional;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.common.DateText;

/**
 * Turns the audit screen's filter inputs into an {@link AuditFilter}: empty inputs mean "no
 * restriction", dates are typed dd/mm/yyyy, and a wrong date or an inverted range is explained.
 */
final class AuditFilterModel {

    /** Either a filter or the message saying what to fix. */
    public record Result(AuditFilter filter, String message) {
        public boolean ok() {
            return filter != null;
        }
    }

    private AuditFilterModel() {
    }

    public static Result build(String user, AuditAction action, String from, String to, String text) {
        Optional<LocalDate> fromDate = date(from);
        if (fromDate == null) {
            return new Result(null, "Ngày \"từ\" không hợp lệ, hãy gõ dạng ngày/tháng/năm, ví dụ 01/03/2026.");
        }
        Optional<LocalDate> toDate = date(to);
        if (toDate == null) {
            return new Result(null, "Ngày \"đến\" không hợp lệ, hãy gõ dạng ngày/tháng/năm, ví dụ 31/03/2026.");
        }
        if (fromDate.isPresent() && toDate.isPresent() && toDate.get().isBefore(fromDate.get())) {
            return new Result(null, "Ngày \"đến\" đang trước ngày \"từ\".");
        }
        return new Result(new AuditFilter(blankToNull(user), action, fromDate.orElse(null), toDate.orElse(null),
                blankToNull(text)), "");
    }

    /** Empty for a blank input, null for one that is not a date. */
    private static Optional<LocalDate> date(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> parsed = DateText.parse(typed.trim());
        return parsed.isPresent() ? parsed : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A short description of the filter, for the export's audit entry. */
    public static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder();
        if (f.userName() != null) {
            s.append("người dùng ").append(f.userName()).append("; ");
        }
        if (f.action() != null) {
            s.append("thao tác ").append(f.action().label()).append("; ");
        }
        if (f.from() != null) {
            s.append("từ ").append(DateText.format(f.from())).append("; ");
        }
        if (f.to() != null) {
            s.append("đến ").append(DateText.format(f.to())).append("; ");
        }
        if (f.text() != null) {
            s.append("có chữ \"").append(f.text()).append("\"; ");
        }
        return s.length() == 0 ? "tất cả" : s.substring(0, s.length() - 2);
    }
}
