package vn.sotreem.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.exchange.audit.AuditWorkbookExporter;
import vn.sotreem.storage.RegisterStore;

/** {@code export-audit}: writes the audit log (administrators only) to an .xlsx file; the export is itself audited. */
@Command(name = "export-audit", mixinStandardHelpOptions = true,
        description = "Xuất nhật ký hoạt động ra tệp Excel (chỉ người dùng quản trị).")
final class ExportAuditCommand extends RegisterCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "TỆP.xlsx", description = "Tệp Excel sẽ ghi ra.")
    Path out;

    @Option(names = "--from", paramLabel = "dd/MM/yyyy", description = "Từ ngày (mặc định: từ đầu).")
    String from;

    @Option(names = "--to", paramLabel = "dd/MM/yyyy", description = "Đến ngày (mặc định: đến nay).")
    String to;

    @Override
    public Integer call() {
        LocalDate fromDate = date(from, "--from");
        LocalDate toDate = date(to, "--to");
        try (RegisterStore store = openStore()) {
            String described = (fromDate == null ? "từ đầu" : "từ " + DateText.format(fromDate))
                    + (toDate == null ? " đến nay" : " đến " + DateText.format(toDate));
            int count = new AuditWorkbookExporter(store).export(out, new AuditFilter(null, null, fromDate, toDate, null),
                    described, Progress.NONE);
            out().println("Đã xuất " + count + " dòng nhật ký (" + described + ") ra " + out.toAbsolutePath());
        }
        return 0;
    }

    private static LocalDate date(String text, String option) {
        if (text == null) {
            return null;
        }
        return DateText.parse(text).orElseThrow(() -> new UserFacingException(option + " “" + text
                + "” không phải ngày hợp lệ; hãy ghi dạng ngày/tháng/năm, ví dụ 05/03/2026."));
    }
}
