package vn.sotreem.cli;

import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Vietnamese wording of picocli's own errors about the command line typed (its texts are English). */
final class UsageErrors {

    private UsageErrors() {
    }

    static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            // picocli says "missing" both for a required option left out and for an option typed
            // without its value (`bench --out`, `bao-cao --period`); only its text tells them apart
            // when the option is required as well.
            if (missing.getMissing().stream().noneMatch(ArgSpec::required)
                    || String.valueOf(missing.getMessage()).startsWith("Missing required parameter")) {
                return "Thiếu giá trị cho tùy chọn " + missing.getMissing().stream().map(UsageErrors::name)
                        .collect(Collectors.joining(", ")) + ".";
            }
            return "Thiếu tùy chọn bắt buộc: " + missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "Không hiểu tham số: " + String.join(" ", unmatched.getUnmatched()) + ".";
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return "Tùy chọn " + name(overwritten.getOverwritten()) + " được ghi hơn một lần.";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "Giá trị '" + e.getValue() + "' của " + name(e.getArgSpec()) + " không hợp lệ"
                    + (e.getArgSpec().type() == int.class || e.getArgSpec().type() == Integer.class
                    ? " (cần một số nguyên)." : ".");
        }
        return e.getMessage(); // our own ParameterExceptions are already in Vietnamese
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
