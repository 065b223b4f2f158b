package vn.sotreem.storage;

import java.time.LocalDateTime;
import java.util.Optional;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.report.ReportTemplateFile;

/** The province's report template kept in the register. */
public interface ReportTemplateOperations extends RegisterAccess {

    /** The province template kept in the register, if one was loaded. */
    default Optional<ReportTemplateFile> reportTemplate() {
        return read(RegisterTransaction::reportTemplate);
    }

    /**
     * Keeps a province template (already checked by the caller) in the register, replacing the one
     * before; audited. Administrators and officers only.
     */
    default void saveReportTemplate(String fileName, byte[] content, LocalDateTime now) {
        requireRole(Role::canEdit, "Tài khoản chỉ xem không được nạp mẫu báo cáo.");
        write(tx -> {
            tx.saveReportTemplate(fileName, content, now);
            return null;
        });
    }

    /** Forgets the province template: reports are written in the built-in layout again. */
    default void removeReportTemplate() {
        requireRole(Role::canEdit, "Tài khoản chỉ xem không được xóa mẫu báo cáo.");
        write(tx -> {
            tx.removeReportTemplate();
            return null;
        });
    }
}
