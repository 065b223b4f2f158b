package vn.sotreem.domain.report;

import java.time.LocalDateTime;

/**
 * A province's report template as kept in the register: the .xlsx bytes as loaded, and who loaded
 * it when. The report package reads and fills it.
 */
public record ReportTemplateFile(String fileName, byte[] content, LocalDateTime loadedAt, String loadedBy) {

    public ReportTemplateFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
