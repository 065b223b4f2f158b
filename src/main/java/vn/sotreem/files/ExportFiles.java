package vn.sotreem.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotreem.domain.common.UserFacingException;

/**
 * Writing an exported file (workbook, printed form) the safe way: into a temporary file beside the
 * target, then moved into place. A failure or a cancel leaves no half file and never damages an
 * existing one.
 */
public final class ExportFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ExportFiles.class);

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    private ExportFiles() {
    }

    /** Writes {@code content} to {@code out} via a temporary file; Vietnamese messages name the file or folder. */
    public static void write(Path out, Content content) {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new UserFacingException("“" + target.getFileName() + "” là một thư mục, không phải tệp. "
                    + "Hãy chọn tên tệp khác.");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, ".so-tre-em-", extension(target) + ".tmp");
        } catch (IOException e) {
            throw new UserFacingException("Không ghi được vào thư mục " + folder
                    + " (thư mục không tồn tại, chỉ đọc hoặc không có quyền ghi). Hãy chọn thư mục khác.", e);
        }
        boolean done = false;
        try {
            content.writeTo(temp);
            move(temp, target);
            done = true;
        } catch (IOException e) {
            throw new UserFacingException("Không ghi được tệp “" + target.getFileName() + "” (ổ đĩa đầy hoặc không có "
                    + "quyền ghi). Không có tệp nào được tạo.", e);
        } finally {
            if (!done) {
                deleteQuietly(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            DurableFiles.moveIntoPlace(temp, target);
        } catch (AccessDeniedException e) {
            throw new UserFacingException("Không ghi đè được tệp “" + target.getFileName() + "”: tệp đang mở trong Excel "
                    + "hoặc Word, hoặc không có quyền ghi. Hãy đóng tệp rồi xuất lại.", e);
        } catch (FileSystemException e) {
            throw new UserFacingException("Không ghi được tệp “" + target.getFileName() + "”"
                    + (e.getReason() == null ? "" : ": " + e.getReason()) + ". Hãy đóng tệp nếu đang mở rồi xuất lại.", e);
        }
    }

    /** ".xlsx" for "so.xlsx": the temporary file keeps the kind of the target, for whoever finds it. */
    private static String extension(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary export file {}", file.getFileName());
        }
    }
}
