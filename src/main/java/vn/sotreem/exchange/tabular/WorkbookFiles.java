package vn.sotreem.exchange.tabular;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.office.WorkbookKind;

/**
 * Opens a workbook the officer picked, read-only, and turns every way that can fail (no such
 * file, not Excel, old .xls, password, damaged zip) into a Vietnamese message naming the file, so
 * the screen and the command line never show a stack trace.
 */
public final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /**
     * The register workbook to stream ({@link TabularXlsx}, read-only: it never writes to the officer's
     * file); what is not an .xlsx is refused here, a damaged one when it is read.
     */
    public static TabularXlsx open(Path file) {
        String name = name(file);
        return switch (kind(file)) {
            case XLSX -> new TabularXlsx(file, name);
            case PASSWORD_PROTECTED -> throw passwordProtected(name);
            case OLD_XLS -> throw new UserFacingException("Tệp “" + name + "” là định dạng Excel cũ (.xls). Hãy mở bằng "
                    + "Excel, chọn Lưu thành → Sổ làm việc Excel (.xlsx), rồi nhập tệp mới.");
            case NOT_EXCEL -> throw damaged(name, null);
        };
    }

    static UserFacingException passwordProtected(String name) {
        return new UserFacingException("Tệp “" + name + "” được đặt mật khẩu nên không "
                + "đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc), lưu lại rồi nhập lại.");
    }

    /** The file's name, for messages. */
    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** What the file really is, from its first bytes; a missing or unreadable file is a message naming it. */
    static WorkbookKind kind(Path file) {
        String name = name(file);
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("Không tìm thấy tệp “" + name + "” (" + file.toAbsolutePath() + ").");
        }
        if (!Files.isReadable(file)) {
            throw new UserFacingException("Không có quyền đọc tệp “" + name + "”.");
        }
        try {
            return WorkbookKind.of(() -> Files.newInputStream(file));
        } catch (IOException e) {
            throw new UserFacingException("Không đọc được tệp “" + name + "”: " + e.getMessage(), e);
        }
    }

    static UserFacingException damaged(String name, Throwable cause) {
        return new UserFacingException("Không đọc được tệp “" + name + "”: tệp bị hỏng hoặc không phải tệp Excel "
                + "(.xlsx). Hãy mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại.", cause);
    }
}
