package vn.sotreem.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.sotreem.bench.BenchResults;
import vn.sotreem.bench.Benchmark;
import vn.sotreem.domain.common.UserFacingException;

/** {@code bench}: the performance benchmark of issue 10 on a generated commune (a developer tool). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Đo hiệu năng trên một xã giả lập (dành cho lập trình viên): tìm kiếm, báo cáo, nhập sổ, bộ nhớ, "
                + "dung lượng CSDL, khởi động, thử mất điện; in bảng kết quả và ghi bench-results.json.",
                "Đo khởi động cần màn hình (trên Linux không màn hình: xvfb-run -a java -jar so-tre-em.jar bench) "
                        + "và target/test-classes (mvn test-compile).",
                "Sổ giả lập được tạo mới (mã hóa) với mật khẩu cố định: " + Benchmark.PASSWORD
                        + " — dữ liệu bịa, không phải của trẻ thật."})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    SoTreEmCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--children", paramLabel = "SỐ", defaultValue = "20000", description = "Số trẻ giả lập (mặc định ${DEFAULT-VALUE}).")
    int children;

    @Option(names = "--runs", paramLabel = "SỐ", defaultValue = "5", description = "Số lần đo mỗi phép (mặc định ${DEFAULT-VALUE}); tìm kiếm đo 20 truy vấn mỗi lần, báo cáo 5 lần mỗi lần.")
    int runs;

    @Option(names = "--kills", paramLabel = "SỐ", defaultValue = "50",
            description = "Số lần giết tiến trình ghi trong phép thử mất điện (mặc định ${DEFAULT-VALUE}; 0: bỏ qua).")
    int kills;

    @Option(names = "--out", paramLabel = "THƯ_MỤC",
            description = "Thư mục ghi sổ giả lập, các tệp và bench-results.json (mặc định: một thư mục tạm mới).")
    Path out;

    @Override
    public Integer call() {
        requireAtLeast("--children", children, 10);
        requireAtLeast("--runs", runs, 1);
        requireAtLeast("--kills", kills, 0);
        Path folder = outputFolder();
        BenchResults results;
        try {
            results = new Benchmark(children, runs, folder, parent.today(), spec.commandLine().getOut())
                    .crashKills(kills).run();
        } catch (IOException e) {
            throw new UserFacingException("Phép đo dừng vì không ghi được tệp trong " + folder + " ("
                    + e.getMessage() + "; ổ đĩa đầy?).", e);
        }
        results.print(spec.commandLine().getOut());
        Path json = folder.resolve("bench-results.json");
        try {
            results.writeJson(json);
        } catch (UncheckedIOException e) {
            throw new UserFacingException("Không ghi được " + json + " (" + e.getMessage() + "); bảng kết quả đã in ở trên.", e);
        }
        spec.commandLine().getOut().println("Đã ghi " + json.toAbsolutePath());
        return 0;
    }

    /** --out (made if missing) or a new temporary folder; refused before an hour of measuring when it cannot be written. */
    private Path outputFolder() {
        Path folder = out;
        try {
            if (folder == null) {
                return Files.createTempDirectory("so-tre-em-bench");
            }
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, "thu-ghi", ".tmp"));
            return folder;
        } catch (IOException | UnsupportedOperationException e) {
            String why = folder != null && Files.exists(folder) && !Files.isDirectory(folder)
                    ? ": đó là một tệp, không phải thư mục"
                    : " (không tạo được thư mục, ổ đĩa chỉ đọc, đầy hoặc không có quyền ghi)";
            throw new UserFacingException("Không ghi được vào thư mục " + (folder == null ? "tạm" : folder)
                    + " cho kết quả đo" + why + ". Hãy chọn thư mục khác bằng --out.", e);
        }
    }

    /** A wrong value of an option is a usage error (exit code 2), like a value that is not a number. */
    private void requireAtLeast(String option, int value, int least) {
        if (value < least) {
            throw new ParameterException(spec.commandLine(),
                    "Giá trị " + value + " của " + option + " quá nhỏ: cần ít nhất " + least + ".");
        }
    }
}
