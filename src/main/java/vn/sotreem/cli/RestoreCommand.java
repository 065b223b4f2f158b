package vn.sotreem.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.storage.Backups;

/**
 * {@code restore}: replaces the register by a backup. Works even when the current file is
 * damaged: the current files are kept aside in the backups folder, never deleted.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Khôi phục sổ từ một tệp sao lưu. Mật khẩu phải là mật khẩu (hoặc mã khôi phục) của bản sao lưu. "
                + "Các tệp hiện tại được giữ lại trong thư mục backups.")
final class RestoreCommand extends RegisterCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TỆP", description = "Tệp sao lưu.")
    Path backup;

    @Override
    public Integer call() {
        BackupInfo info = Backups.verify(backup);
        Backups.restore(common.folder(), backup, password(), Progress.NONE);
        out().println("Đã khôi phục sổ " + info.communeName() + " từ bản sao lưu lúc " + BackupText.time(info)
                + " (" + BackupText.counts(info) + ").");
        return 0;
    }
}
