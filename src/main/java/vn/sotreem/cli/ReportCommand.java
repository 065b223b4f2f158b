package vn.sotreem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.report.IndicatorReports;
import vn.sotreem.report.ProvinceTemplate;
import vn.sotreem.storage.RegisterStore;

/**
 * {@code report}: the indicator report of a period, the same file as the window writes. Prints the
 * checks first; blocking errors → no file and a non-zero exit; warnings are printed and do not stop it.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Lập báo cáo chỉ tiêu trẻ em (.xlsx) của một kỳ; có lỗi thì không ghi tệp.")
final class ReportCommand extends CheckCommand {

    @Option(names = "--out", required = true, paramLabel = "TỆP.xlsx",
            description = "Tệp sẽ ghi ra, hoặc một thư mục (tên tệp: BaoCao_<mã xã>_<kỳ>.xlsx).")
    Path out;

    @Option(names = "--template", paramLabel = "MẪU.xlsx",
            description = "Điền vào mẫu báo cáo của tỉnh (tệp .xlsx có các ô {{…}}) thay cho mẫu có sẵn.")
    Path template;

    @Override
    public Integer call() {
        try (RegisterStore store = openStore()) {
            IndicatorReports reports = new IndicatorReports(store);
            ProvinceTemplate provinceTemplate = template == null ? null : reports.readTemplate(template);
            Prepared prepared = prepare(reports);
            if (prepared.hasErrors()) {
                err().println("Chưa lập báo cáo: hãy sửa các lỗi trên rồi chạy lại.");
                return SoTreEmCommand.EXIT_ERROR;
            }
            Path file = Files.isDirectory(out) ? out.resolve(IndicatorReports.fileName(prepared.header())) : out;
            reports.export(prepared.report(), prepared.header(), file, provinceTemplate, Progress.NONE);
            out().println("Đã ghi báo cáo " + prepared.header().period().label() + " ra " + file.toAbsolutePath().normalize());
            return 0;
        }
    }
}
