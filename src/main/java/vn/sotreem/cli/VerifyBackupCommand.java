package vn.sotreem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.storage.Backups;

/** {@code verify-backup}: checks a backup's checksums and prints what it holds; needs no password. */
@Command(name = "verify-backup", mixinStandardHelpOptions = true,
        description = "Kiểm tra một tệp sao lưu (mã kiểm tra) và cho biết nội dung; không cần mật khẩu.")
final class VerifyBackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TỆP", description = "Tệp sao lưu.")
    Path backup;

    @Override
    public Integer call() {
        BackupInfo info = Backups.verify(backup);
        spec.commandLine().getOut().println("Bản sao lưu tốt: " + info.communeName() + ", tạo lúc " + BackupText.time(info)
                + ", " + BackupText.counts(info) + ".");
        return 0;
    }
}
