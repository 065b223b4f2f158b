package vn.sotreem.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh machine with no fonts installed: fontconfig is pointed at a configuration that lists
 * none, so the windows can only have the bundled font. Without it JavaFX fails at the first scene
 * ("JavaFX detected no fonts!"). Runs the windows in a child JVM, as the setting is per process.
 */
@EnabledOnOs(OS.LINUX)
class NoSystemFontsTest {

    /** Where the windows' snapshots are left for a person to look at. */
    static final Path SHOTS = Path.of("target", "no-system-fonts").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theWindowsOpenInTheBundledFont() throws Exception {
        Path config = dir.resolve("fonts.conf");
        Files.writeString(config, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(dir.resolve("font-cache")));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                NoSystemFontsWindows.class.getName(), dir.resolve("data").toString(), SHOTS.toString());
        builder.environment().put("FONTCONFIG_FILE", config.toString());
        Path out = dir.resolve("out.txt");
        builder.redirectErrorStream(true).redirectOutput(out.toFile());
        Process child = builder.start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the windows did not open and close");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("setup: [" + UiFont.FAMILY + "]"), output);
        // The key itself is in the stylesheet's monospace family: letters and digits only, which
        // JavaFX draws from the bundled font when the machine has no monospaced one.
        assertTrue(output.contains("recovery key: [Monospaced, " + UiFont.FAMILY + "]"), output);
    }
}
