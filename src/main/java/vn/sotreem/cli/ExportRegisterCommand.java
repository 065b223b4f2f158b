package vn.sotreem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.exchange.workbook.RegisterWorkbookExporter;
import vn.sotreem.storage.RegisterStore;

/** {@code export-register}: writes the whole register as a register workbook. */
@Command(name = "export-register", mixinStandardHelpOptions = true,
        description = "Xuất toàn bộ sổ ra tệp Excel (.xlsx) theo mẫu sổ theo dõi.")
final class ExportRegisterCommand extends RegisterCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "TỆP.xlsx", description = "Tệp Excel sẽ ghi ra.")
    Path out;

    @Override
    public Integer call() {
        try (RegisterStore store = openStore()) {
            int count = new RegisterWorkbookExporter(store, parent.today()).export(out, Progress.NONE);
            out().println("Đã xuất " + count + " trẻ ra " + out.toAbsolutePath());
        }
        return 0;
    }
}
