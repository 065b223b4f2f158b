package vn.sotreem.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.sotreem.domain.common.UserFacingException;

/** The top-level command: {@code so-tre-em <sub-command> [options]}. */
@Command(name = "so-tre-em", mixinStandardHelpOptions = true, versionProvider = SoTreEmCommand.Version.class,
        description = "Sổ Trẻ Em — sổ theo dõi trẻ em của xã. Không có lệnh con: mở cửa sổ chương trình.",
        subcommands = {InitCommand.class, ImportCommand.class, ExportRegisterCommand.class, BackupCommand.class,
                RestoreCommand.class, VerifyBackupCommand.class, ExportAuditCommand.class,
                ReportCommand.class, CheckCommand.class, BenchCommand.class},
        usageHelpAutoWidth = true)
public final class SoTreEmCommand implements Runnable {

    static final int EXIT_ERROR = 1;
    /** A command line that cannot be understood (picocli's usual code). */
    static final int EXIT_USAGE = 2;

    /** {@code --version}: the version Maven built, the same as the report's {@code phien_ban_phan_mem}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sổ Trẻ Em " + vn.sotreem.domain.common.SoftwareVersion.current()};
        }
    }

    final Map<String, String> environment;
    final Clock clock;

    SoTreEmCommand(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run() {
        // Reached only with no sub-command inside the CLI (the launcher opens the window then).
        throw new CommandLine.ParameterException(new CommandLine(this), "Thiếu lệnh con. Xem --help.");
    }

    /** "report " for a sub-command, "" for the top level. */
    private static String commandPath(CommandLine command) {
        return command.getParent() == null ? "" : command.getCommandName() + " ";
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Runs the command line and returns the exit code. Vietnamese messages for every failure the
     * officer can act on; a stack trace only in the log for the unexpected.
     */
    public static int run(String[] args, Map<String, String> environment, Clock clock, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SoTreEmCommand(environment, clock));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UserFacingException) {
                err.println("Lỗi: " + ex.getMessage());
            } else {
                org.slf4j.LoggerFactory.getLogger(SoTreEmCommand.class).error("Unexpected failure", ex);
                err.println("Lỗi không mong muốn: " + ex.getClass().getSimpleName()
                        + ". Dữ liệu chưa bị thay đổi. Xem nhật ký để biết chi tiết.");
            }
            err.flush();
            return EXIT_ERROR;
        });
        commandLine.setParameterExceptionHandler((ex, params) -> {
            err.println("Lỗi: " + UsageErrors.message(ex));
            err.println("Xem hướng dẫn: so-tre-em " + commandPath(ex.getCommandLine()) + "--help");
            err.flush();
            return EXIT_USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
