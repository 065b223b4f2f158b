package vn.sotreem.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.sotreem.storage.RegisterStore;

/** What every sub-command shares: the data folder and password options, output, and today's date. */
abstract class RegisterCommand {

    @ParentCommand
    SoTreEmCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    char[] password() {
        return common.password(parent.environment);
    }

    /** Opens the register with the password from the environment or the password file. */
    RegisterStore openStore() {
        return RegisterStore.open(common.folder(), password());
    }
}
