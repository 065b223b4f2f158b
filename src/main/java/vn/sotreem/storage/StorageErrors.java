package vn.sotreem.storage;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import vn.sotreem.domain.common.UserFacingException;

/** Turns H2's failures into messages an officer can act on. */
final class StorageErrors {

    private StorageErrors() {
    }

    /** True for failures that mean the data file itself is damaged (not busy, not full). */
    static boolean isDamage(SQLException e) {
        if (isDiskFull(e)) {
            return false;
        }
        int code = e.getErrorCode();
        return code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_ENCRYPTION_ERROR_1
                || code == ErrorCode.WRONG_USER_OR_PASSWORD || code == ErrorCode.GENERAL_ERROR_1
                || code == ErrorCode.FILE_VERSION_ERROR_1 || isReadFailure(e);
    }

    /**
     * The file ends before the data it points to (cut short): H2 reports an I/O error whose cause is
     * MVStore's failed read. A compacted file has no dead chunks to lose, so a cut lands on live data.
     */
    static boolean isReadFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException m && m.getErrorCode() == DataUtils.ERROR_READING_FAILED) {
                return true;
            }
        }
        return false;
    }

    /** The statement names a table this register's schema does not have (yet). */
    static boolean isMissingTable(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1 || code == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2
                || code == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1;
    }

    /** H2 reports a full disk as a general error; the operating system's words tell. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space") || message.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    static UserFacingException translate(SQLException e, DataFolder folder) {
        String where = folder.databaseFile().toString();
        if (isDiskFull(e)) {
            return new UserFacingException("Ổ đĩa chứa " + folder.path() + " đã đầy. Thao tác vừa rồi chưa được ghi; "
                    + "hãy giải phóng chỗ trống (xóa bớt tệp không cần) rồi làm lại.", e);
        }
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new UserFacingException("Sổ ở " + folder.path() + " đang được mở bởi một cửa sổ Sổ Trẻ Em khác "
                        + "(hoặc một lệnh đang chạy). Hãy đóng cửa sổ đó rồi thử lại.", e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.WRONG_PASSWORD_FORMAT:
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return new UserFacingException("Mật khẩu đúng nhưng khóa của sổ không mở được tệp dữ liệu " + where
                        + ": tệp bị hỏng hoặc bị thay bằng tệp của sổ khác. Hãy khôi phục từ bản sao lưu.", e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
                return damaged(where, e);
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                if (isReadFailure(e)) {
                    return damaged(where, e);
                }
                return notWritable(folder, e);
            case ErrorCode.DATABASE_IS_READ_ONLY:
            case ErrorCode.FILE_CREATION_FAILED_1:
                return notWritable(folder, e);
            default:
                return new UserFacingException("Lỗi cơ sở dữ liệu ở " + where + " (mã " + e.getErrorCode()
                        + "). Thao tác vừa rồi chưa được ghi.", e);
        }
    }

    private static UserFacingException damaged(String where, SQLException e) {
        return new UserFacingException("Tệp dữ liệu " + where + " bị hỏng và không mở được. "
                + "Hãy khôi phục từ bản sao lưu gần nhất.", e);
    }

    private static UserFacingException notWritable(DataFolder folder, SQLException e) {
        return new UserFacingException("Không ghi được vào thư mục dữ liệu " + folder.path()
                + " (ổ đĩa đầy, chỉ đọc, hoặc không có quyền ghi). Dữ liệu chưa bị thay đổi.", e);
    }
}
