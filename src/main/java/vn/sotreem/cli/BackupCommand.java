package vn.sotreem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.storage.Backups;
import vn.sotreem.storage.RegisterStore;

/** {@code backup}: writes a consistent, encrypted backup of the register to one file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Sao lưu sổ ra một tệp (dữ liệu vẫn được mã hóa; mở lại bằng mật khẩu lúc sao lưu).")
final class BackupCommand extends RegisterCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "TỆP", description = "Tệp sao lưu sẽ ghi ra (đuôi .stebackup).")
    Path out;

    @Override
    public Integer call() {
        try (RegisterStore store = openStore()) {
            BackupInfo info = Backups.create(store, out, Backups.MANUAL, Progress.NONE);
            out().println("Đã sao lưu ra " + info.file().toAbsolutePath() + " (" + BackupText.counts(info) + ").");
        }
        return 0;
    }
}
