package vn.sotreem.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.exchange.workbook.ImportIssue;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.exchange.ownlist.MappedImport;
import vn.sotreem.exchange.ownlist.MappedImportReport;
import vn.sotreem.exchange.workbook.RegisterWorkbookImporter;
import vn.sotreem.domain.mapping.ImportMapping;
import vn.sotreem.storage.ImportMappingRepository;
import vn.sotreem.storage.RegisterStore;

/**
 * {@code import}: reads a register workbook. Never asks: new villages are created, possible
 * duplicates queued, warnings printed; any error → nothing imported and a non-zero exit.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Nhập sổ theo dõi từ tệp Excel (.xlsx), hoặc danh sách riêng (.xlsx, .xls, .csv) với --mapping. "
                + "Có lỗi thì không nhập gì cả.")
final class ImportCommand extends RegisterCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TỆP", description = "Tệp sổ theo dõi (.xlsx) hoặc danh sách riêng cần nhập.")
    Path file;

    @Option(names = "--dry-run", description = "Chỉ kiểm tra, không ghi gì vào sổ.")
    boolean dryRun;

    @Option(names = "--mapping", paramLabel = "TÊN", description = "Nhập danh sách riêng của xã (Excel hoặc CSV) "
            + "theo cách ghép cột đã lưu với tên này.")
    String mapping;

    @Option(names = "--old-commune", paramLabel = "MÃ", description = "Tệp của một xã cũ (trước 2025) nay thuộc xã "
            + "của sổ: mã xã cũ theo danh mục ngày 01/03/2025, ví dụ 07921. Mỗi trẻ được ghi xã cũ này; "
            + "xã cũ không thuộc xã của sổ thì không nhập.")
    String oldCommune;

    @Option(names = "--all-warnings", description = "In mọi cảnh báo (mặc định chỉ in " + WARNINGS_SHOWN + " cảnh báo đầu).")
    boolean allWarnings;

    /** Errors are always printed in full; warnings are capped so the errors stay in view. */
    static final int WARNINGS_SHOWN = 20;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("Không tìm thấy tệp " + file + ".");
        }
        PrintWriter out = out();
        PrintWriter err = err();
        try (RegisterStore store = openStore()) {
            ImportReport report = mapping != null ? importMapped(store) : importWorkbook(store);
            List<ImportIssue> warnings = report.warnings();
            warnings.stream().limit(allWarnings ? Long.MAX_VALUE : WARNINGS_SHOWN)
                    .forEach(warning -> out.println("Cảnh báo: " + warning.describe()));
            if (warnings.size() > WARNINGS_SHOWN && !allWarnings) {
                out.println("… và " + (warnings.size() - WARNINGS_SHOWN) + " cảnh báo khác (thêm --all-warnings để xem hết).");
            }
            for (String duplicate : report.duplicates()) {
                out.println("Có thể trùng: " + duplicate);
            }
            if (report.hasErrors()) {
                for (ImportIssue error : report.errors()) {
                    err.println("Lỗi: " + error.describe());
                }
                err.println(report.errors().size() + " lỗi. Không có dữ liệu nào được nhập.");
                return SoTreEmCommand.EXIT_ERROR;
            }
            String verb = dryRun ? "Kiểm tra xong (chưa ghi gì): sẽ thêm " : "Đã nhập: thêm ";
            out.println(verb + report.added() + " trẻ, cập nhật " + report.updated() + " trẻ"
                    + (report.memberships() + report.supports() == 0 ? ""
                    : ", " + report.memberships() + " diện HCĐB, " + report.supports() + " lần trợ giúp")
                    + (report.abuseCases() == 0 ? "" : ", " + report.abuseCases() + " vụ việc xâm hại")
                    + (report.injuries() == 0 ? "" : ", " + report.injuries() + " tai nạn, thương tích")
                    + (report.newVillages().isEmpty() ? "" : ", thôn mới: " + String.join(", ", report.newVillages()))
                    + ".");
            return 0;
        }
    }

    private ImportReport importWorkbook(RegisterStore store) {
        RegisterWorkbookImporter importer = new RegisterWorkbookImporter(store, parent.today());
        return dryRun ? importer.dryRun(file, oldCommune, Progress.NONE) : importer.importAll(file, oldCommune, Progress.NONE);
    }

    /** An officer's own list read with a saved column mapping; an unknown name lists the saved ones. */
    private ImportReport importMapped(RegisterStore store) {
        ImportMappingRepository mappings = store.importMappings();
        ImportMapping saved = mappings.load(mapping).orElseThrow(() -> {
            List<String> names = mappings.names();
            return new UserFacingException("Không có cách ghép cột “" + mapping + "”. " + (names.isEmpty()
                    ? "Sổ chưa lưu cách ghép cột nào. Cách ghép cột được tạo và lưu trong cửa sổ chương trình: "
                    + "Trẻ em → Nhập danh sách của xã…, bước 5 “Lưu cách ghép cột này với tên”."
                    : "Các cách ghép cột đã lưu: " + String.join(", ", names) + "."));
        });
        MappedImport importer = new MappedImport(store, parent.today());
        MappedImportReport report = dryRun ? importer.dryRun(file, saved, oldCommune, Progress.NONE)
                : importer.importAll(file, saved, oldCommune, Progress.NONE);
        return report.report();
    }
}
